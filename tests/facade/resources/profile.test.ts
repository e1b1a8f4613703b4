import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterAuthenticationError, ChasterUsageError } from '../../../src/errors/index.js';
import { ProfileResource } from '../../../src/facade/resources/profile.js';
import type { CurrentUser, PublicUser } from '../../../src/facade/resources/schemas.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { fixture, liveContext } from './support.js';

describe('profile against the stub client', () => {
  it('reads the signed-in user, the refreshed profile and the badge counters', async () => {
    const badges = { keyholdingRequests: 1, pendingMessages: 2, unreadMessages: 3 };
    const stub = createStubClient()
      .reply({ username: 'me' })
      .reply({ username: 'me-again' })
      .reply(badges);
    const profile = new ProfileResource(stub.context);

    const me = await profile.me();
    const refreshed = await profile.refreshed();
    const badgeCount = await profile.badgeCount();

    expect(stub.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /auth/profile', 'GET /auth/profile/update', 'GET /users/badge/count',
    ]);
    expect([me.username, refreshed.username]).toEqual(['me', 'me-again']);
    expect(badgeCount).toEqual(badges);
  });

  it('reads another user by id, by username and their profile details', async () => {
    const stub = createStubClient({ fallback: () => ({ body: { username: 'user_019' } }) });
    const profile = new ProfileResource(stub.context);

    await profile.user('654521aac11d12acc75dff79');
    await profile.byUsername('user_019');
    await profile.details('user_019');

    expect(stub.calls.map((call) => [call.path, call.params?.path])).toEqual([
      ['/users/profile/by-id/{userId}', { userId: '654521aac11d12acc75dff79' }],
      ['/users/profile/{username}', { username: 'user_019' }],
      ['/users/profile/{username}/details', { username: 'user_019' }],
    ]);
  });

  it.each([
    ['user', 'userId', (profile: ProfileResource) => profile.user('')],
    ['byUsername', 'username', (profile: ProfileResource) => profile.byUsername('')],
    ['details', 'username', (profile: ProfileResource) => profile.details('')],
  ])('refuses an empty argument in %s without a request', async (name, parameter, call) => {
    const stub = createStubClient();

    await expect(call(new ProfileResource(stub.context)))
      .rejects.toThrow(`profile.${name} needs ${parameter} to be a non-empty string`);
    expect(stub.calls).toEqual([]);
  });

  it('refuses an id that is not a string from plain JavaScript callers', async () => {
    const stub = createStubClient();
    const userId = undefined as unknown as string;

    await expect(new ProfileResource(stub.context).user(userId))
      .rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('profile end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('reads the captured profile bodies over HTTP', async () => {
    const current = await fixture<CurrentUser>('GET_auth_profile.json');
    const other = await fixture<PublicUser>('GET_users_profile_by-id_userId.json');
    nock(API)
      .get('/auth/profile').reply(200, current)
      .get(`/users/profile/by-id/${other._id}`).reply(200, other);
    const profile = new ProfileResource(liveContext());

    const me = await profile.me();
    const user = await profile.user(other._id);

    expect(me).toEqual(current);
    expect(user.username).toBe(other.username);
    expect(nock.isDone()).toBe(true);
  });

  it('throws the authentication error on a 401', async () => {
    nock(API).get('/auth/profile')
      .reply(401, { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' });

    await expect(new ProfileResource(liveContext()).me())
      .rejects.toBeInstanceOf(ChasterAuthenticationError);
  });
});
