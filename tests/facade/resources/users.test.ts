import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterResponseError, ChasterUsageError } from '../../../src/errors/index.js';
import { UsersResource } from '../../../src/facade/resources/users.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { itemsWithIds, liveContext } from './support.js';

const CRITERIA = { role: { keyholder: true, wearer: false } };

function searchBody(prefix: string, count: number, hasMore: boolean, lastAccess?: string) {
  return {
    results: itemsWithIds(prefix, count),
    count: 10,
    hasMore,
    ...(lastAccess === undefined ? {} : { lastAccessForUserList: lastAccess }),
  };
}

describe('users.search paginator', () => {
  it('continues from the last id and the last access time together', async () => {
    const stub = createStubClient()
      .reply(searchBody('a', 2, true, '2024-01-10T18:00:00.000Z'))
      .reply(searchBody('b', 1, false, '2024-01-09T08:00:00.000Z'));

    const users = await new UsersResource(stub.context)
      .search({ criteria: CRITERIA, limit: 2 })
      .collect({ limit: 10 });

    expect(users.map((user) => user._id)).toEqual(['a1', 'a2', 'b1']);
    expect(stub.calls.map((call) => `${call.method} ${call.path}`))
      .toEqual(['POST /users/search', 'POST /users/search']);
    expect(stub.calls.map((call) => call.body)).toEqual([
      { criteria: CRITERIA, limit: 2 },
      {
        criteria: CRITERIA, limit: 2, lastId: 'a2',
        lastAccessForUserList: '2024-01-10T18:00:00.000Z',
      },
    ]);
  });

  it('sends only the last id when the server gave no last access time', async () => {
    const stub = createStubClient()
      .reply(searchBody('a', 1, true))
      .reply(searchBody('b', 1, false));

    await new UsersResource(stub.context).search().collect({ limit: 5 });

    expect(stub.calls[1]?.body).toEqual({ criteria: {}, limit: 15, lastId: 'a1' });
  });

  it('stops on an empty page even when it says hasMore', async () => {
    const stub = createStubClient()
      .reply(searchBody('a', 1, true, 't1'))
      .reply(searchBody('b', 0, true, 't2'));

    const users = await new UsersResource(stub.context).search().collect({ limit: 5 });

    expect(users).toHaveLength(1);
    expect(stub.calls).toHaveLength(2);
  });

  it('reports the count of the first page as its total', async () => {
    const stub = createStubClient().reply(searchBody('a', 1, false));

    const page = await new UsersResource(stub.context).search();

    expect([page.items.length, page.hasMore, page.total]).toEqual([1, false, 10]);
  });

  it('refuses a body without a results list as a response error', async () => {
    const stub = createStubClient().reply({ users: [], hasMore: false });

    const failure = new UsersResource(stub.context).search().collect({ limit: 5 });

    await expect(failure).rejects.toBeInstanceOf(ChasterResponseError);
    await expect(failure).rejects.toMatchObject({ method: 'POST', path: '/users/search' });
  });
});

describe('users lookups against the stub client', () => {
  it('finds a user by Discord id and users by username', async () => {
    const stub = createStubClient().reply({ username: 'found' }).reply([{ username: 'user_0' }]);
    const users = new UsersResource(stub.context);

    const byDiscord = await users.byDiscordId('80351110224678912');
    const byName = await users.byUsername('user_0');

    expect(stub.calls.map((call) => [call.method, call.path])).toEqual([
      ['GET', '/users/search/by-discord-id/{discordId}'],
      ['POST', '/users/search/by-username'],
    ]);
    expect(stub.calls[0]?.params).toEqual({ path: { discordId: '80351110224678912' } });
    expect(stub.calls[1]?.body).toEqual({ search: 'user_0' });
    expect([byDiscord.username, byName[0]?.username]).toEqual(['found', 'user_0']);
  });

  it('refuses an empty Discord id and a bad page size without a request', async () => {
    const stub = createStubClient();
    const users = new UsersResource(stub.context);

    await expect(users.byDiscordId('')).rejects.toBeInstanceOf(ChasterUsageError);
    expect(() => users.search({ limit: 0 })).toThrow('users.search needs limit');
    expect(stub.calls).toEqual([]);
  });
});

describe('users end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('pages the user search over HTTP with the compound cursor', async () => {
    nock(API)
      .post('/users/search', { criteria: {}, limit: 1 })
      .reply(201, searchBody('u', 1, true, '2024-01-10T18:00:00.000Z'))
      .post('/users/search', {
        criteria: {}, limit: 1, lastId: 'u1', lastAccessForUserList: '2024-01-10T18:00:00.000Z',
      })
      .reply(201, searchBody('v', 1, false, '2024-01-01T00:00:00.000Z'));

    const ids: string[] = [];
    for await (const user of new UsersResource(liveContext()).search({ limit: 1 })) {
      ids.push(user._id);
    }

    expect(ids).toEqual(['u1', 'v1']);
    expect(nock.isDone()).toBe(true);
  });
});
