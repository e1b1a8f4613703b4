import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChasterUsageError, createChasterClient, type OAuthTokens } from '../../src/index.js';
import { API, isolateNetwork, resetNetwork } from './helpers.js';

const SSO = 'https://sso.chaster.app';
const TOKEN_PATH = '/auth/realms/app/protocol/openid-connect/token';

function tokenReply(access: string, refresh: string, expiresIn = 300) {
  return {
    access_token: access,
    refresh_token: refresh,
    expires_in: expiresIn,
    refresh_expires_in: 1800,
    token_type: 'Bearer',
  };
}

function oauthClient(onTokens?: (tokens: OAuthTokens) => void) {
  return createChasterClient({
    auth: { clientId: 'app', clientSecret: 'app-secret', refreshToken: 'refresh-0', onTokens },
    retry: { initialDelayMs: 1, jitter: false },
  });
}

beforeEach(isolateNetwork);

afterEach(() => {
  resetNetwork();
  vi.useRealTimers();
});

describe('bearer tokens', () => {
  it('sends a string token as a bearer header', async () => {
    const scope = nock(API, { reqheaders: { authorization: 'Bearer fixed' } })
      .get('/locks').reply(200, []);

    await createChasterClient({ token: 'fixed' }).GET('/locks');

    expect(scope.isDone()).toBe(true);
  });

  it('asks an async token function before every call', async () => {
    let issued = 0;
    const seen: string[] = [];
    nock(API).get('/locks').times(2).reply(function reply() {
      seen.push(String(this.req.headers['authorization']));
      return [200, []];
    });
    const client = createChasterClient({ token: async () => `dynamic-${++issued}` });

    await client.GET('/locks');
    await client.GET('/locks');

    expect(seen).toEqual(['Bearer dynamic-1', 'Bearer dynamic-2']);
  });

  it('lets a per-call token replace the client token', async () => {
    const scope = nock(API, { reqheaders: { authorization: 'Bearer other-account' } })
      .get('/locks').reply(200, []);

    await createChasterClient({ token: 'fixed' }).GET('/locks', { token: 'other-account' });

    expect(scope.isDone()).toBe(true);
  });

  it('rejects the call with the error of a failing token function, sending nothing', async () => {
    const scope = nock(API).get('/locks').reply(200, []);
    const vaultDown = new Error('vault unreachable');
    const client = createChasterClient({ token: async () => Promise.reject(vaultDown) });

    const call = client.GET('/locks');

    await expect(call).rejects.toBe(vaultDown);
    expect(scope.isDone()).toBe(false);
  });

  it('sends no authorization header without a token', async () => {
    const scope = nock(API, { badheaders: ['authorization'] }).get('/locks').reply(200, []);

    await createChasterClient().GET('/locks');

    expect(scope.isDone()).toBe(true);
  });

  it('refuses token and auth together when the client is created', () => {
    const create = () => createChasterClient({
      token: 't',
      auth: { clientId: 'app', clientSecret: 's', refreshToken: 'r' },
    });

    expect(create).toThrow(ChasterUsageError);
  });

  it('refuses auth without any client id', () => {
    const create = () => createChasterClient({ auth: { clientSecret: 's', refreshToken: 'r' } });

    expect(create).toThrow(ChasterUsageError);
  });
});

describe('OAuth2 refresh', () => {
  it('refreshes ahead of expiry and hands the rotated tokens to onTokens', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-01-01T00:00:00Z') });
    const rotated: string[] = [];
    const sso = nock(SSO)
      .post(TOKEN_PATH, (body) => body.refresh_token === 'refresh-0')
      .reply(200, tokenReply('access-1', 'refresh-1', 60))
      .post(TOKEN_PATH, (body) => body.refresh_token === 'refresh-1')
      .reply(200, tokenReply('access-2', 'refresh-2', 60));
    const api = nock(API)
      .get('/locks').matchHeader('authorization', 'Bearer access-1').reply(200, [])
      .get('/locks').matchHeader('authorization', 'Bearer access-2').reply(200, []);
    const client = oauthClient((tokens) => rotated.push(tokens.refreshToken ?? ''));

    await client.GET('/locks');
    vi.setSystemTime(Date.parse('2026-01-01T00:00:45Z'));
    await client.GET('/locks');

    expect(sso.isDone()).toBe(true);
    expect(api.isDone()).toBe(true);
    expect(rotated).toEqual(['refresh-1', 'refresh-2']);
  });

  it('refreshes once after a 401 and repeats the request with the new token', async () => {
    const sso = nock(SSO)
      .post(TOKEN_PATH).reply(200, tokenReply('access-1', 'refresh-1'))
      .post(TOKEN_PATH).reply(200, tokenReply('access-2', 'refresh-2'));
    const api = nock(API)
      .post('/locks/l1/extensions/e1/action').matchHeader('authorization', 'Bearer access-1')
      .reply(401, { statusCode: 401, message: 'Unauthorized' })
      .post('/locks/l1/extensions/e1/action').matchHeader('authorization', 'Bearer access-2')
      .reply(201, { duration: 10 });

    const result = await oauthClient().POST('/locks/{lockId}/extensions/{extensionId}/action', {
      params: { path: { lockId: 'l1', extensionId: 'e1' } },
      body: { action: 'submit', payload: {} },
    });

    expect(result.data).toEqual({ duration: 10 });
    expect(sso.isDone()).toBe(true);
    expect(api.isDone()).toBe(true);
  });

  it('returns a second 401 as the result without refreshing again', async () => {
    let refreshes = 0;
    nock(SSO).post(TOKEN_PATH).times(3).reply(() => {
      refreshes += 1;
      return [200, tokenReply(`access-${refreshes}`, `refresh-${refreshes}`)];
    });
    const api = nock(API).get('/locks').times(2).reply(401, { message: 'Unauthorized' });

    const result = await oauthClient().GET('/locks');

    expect(result.response.status).toBe(401);
    expect(result.error).toEqual({ message: 'Unauthorized' });
    expect(refreshes).toBe(2);
    expect(api.isDone()).toBe(true);
  });

  it('shares one refresh among concurrent calls', async () => {
    let refreshes = 0;
    nock(SSO).post(TOKEN_PATH).times(5).reply(() => {
      refreshes += 1;
      return [200, tokenReply('access-shared', `refresh-${refreshes}`)];
    });
    const api = nock(API).get('/locks').times(5)
      .matchHeader('authorization', 'Bearer access-shared').reply(200, []);
    const client = oauthClient();

    await Promise.all([1, 2, 3, 4, 5].map(() => client.GET('/locks')));

    expect(refreshes).toBe(1);
    expect(api.isDone()).toBe(true);
  });

  it('does not refresh after a 401 for a call that brought its own token', async () => {
    let refreshes = 0;
    nock(SSO).post(TOKEN_PATH).times(2).reply(() => {
      refreshes += 1;
      return [200, tokenReply('access-x', 'refresh-x')];
    });
    nock(API).get('/locks').once().reply(401, {});

    const result = await oauthClient().GET('/locks', { token: 'borrowed' });

    expect(result.response.status).toBe(401);
    expect(refreshes).toBe(0);
  });
});
