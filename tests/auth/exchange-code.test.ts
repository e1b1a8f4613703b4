import nock from 'nock';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';

import { exchangeAuthorizationCode } from '../../src/auth/index.js';
import {
  ChasterAbortError,
  ChasterAuthenticationError,
  ChasterConnectionError,
} from '../../src/errors/index.js';
import { ChasterUsageError } from '../../src/errors/usage.js';

const SSO = 'https://sso.chaster.app';
const TOKEN_PATH = '/auth/realms/app/protocol/openid-connect/token';
const NOW = Date.parse('2025-03-01T12:00:00.000Z');

const baseOptions = {
  clientId: 'my-bot',
  clientSecret: 'client-secret-value',
  code: 'auth-code-value',
  redirectUri: 'https://bot.test/callback',
  codeVerifier: 'verifier-value',
  state: 'state-1',
  expectedState: 'state-1',
  now: () => NOW,
};

beforeAll(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
});

afterAll(() => {
  nock.enableNetConnect();
});

describe('exchangeAuthorizationCode', () => {
  it('posts the form-encoded grant and returns the token set with expiry times', async () => {
    let sentBody = '';
    let sentType = '';
    nock(SSO)
      .post(TOKEN_PATH, (body: unknown) => {
        sentBody = new URLSearchParams(body as Record<string, string>).toString();
        return true;
      })
      .reply(function reply() {
        sentType = String(this.req.headers['content-type']);
        return [200, {
          access_token: 'at-1',
          expires_in: 300,
          refresh_token: 'rt-1',
          refresh_expires_in: 1800,
          token_type: 'Bearer',
          scope: 'profile locks',
        }];
      });

    const tokens = await exchangeAuthorizationCode(baseOptions);

    expect(tokens).toEqual({
      accessToken: 'at-1',
      expiresAt: NOW + 300_000,
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW + 1_800_000,
      scope: 'profile locks',
    });
    expect(sentType).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(sentBody))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'my-bot',
      client_secret: 'client-secret-value',
      code: 'auth-code-value',
      redirect_uri: 'https://bot.test/callback',
      code_verifier: 'verifier-value',
    });
  });

  it('refuses a state mismatch before sending anything', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();

    await expect(
      exchangeAuthorizationCode({ ...baseOptions, state: 'forged', fetch }),
    ).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(
      exchangeAuthorizationCode({ ...baseOptions, state: '', expectedState: '', fetch }),
    ).rejects.toBeInstanceOf(ChasterUsageError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a state of the same length that differs in one character', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();

    await expect(
      exchangeAuthorizationCode({ ...baseOptions, state: 'state-2', fetch }),
    ).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(
      exchangeAuthorizationCode({ ...baseOptions, state: 'stäte-1', fetch }),
    ).rejects.toBeInstanceOf(ChasterUsageError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turns a refusal into an authentication error without any secret', async () => {
    nock(SSO).post(TOKEN_PATH).reply(400, {
      error: 'invalid_grant',
      error_description: 'Code not valid',
    });

    const failure = await exchangeAuthorizationCode(baseOptions).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChasterAuthenticationError);
    const error = failure as ChasterAuthenticationError;
    expect(error.status).toBe(400);
    expect(error.message).toBe(`400 Code not valid: POST ${TOKEN_PATH}`);
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error.toJSON())}`;
    for (const secret of ['client-secret-value', 'auth-code-value', 'verifier-value']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('rejects a success without an access token', async () => {
    nock(SSO).post(TOKEN_PATH).reply(200, { token_type: 'Bearer' });

    await expect(exchangeAuthorizationCode(baseOptions)).rejects.toThrow(
      `200 Token response carries no access token: POST ${TOKEN_PATH}`,
    );
  });

  it('reports a request that got no answer as a connection error with the cause', async () => {
    const cause = new TypeError('fetch failed');

    const failure = await exchangeAuthorizationCode({
      ...baseOptions,
      fetch: () => Promise.reject(cause),
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChasterConnectionError);
    expect((failure as ChasterConnectionError).cause).toBe(cause);
    expect((failure as ChasterConnectionError).path).toBe(TOKEN_PATH);
  });

  it('names the system error code of a refused connection', async () => {
    const cause = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });

    const failure = await exchangeAuthorizationCode({
      ...baseOptions,
      fetch: () => Promise.reject(cause),
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChasterConnectionError);
    expect((failure as Error).message).toBe(
      `Connection failed (ECONNREFUSED): POST ${TOKEN_PATH}`,
    );
  });

  it('reports an aborted request as an abort error', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user left'));

    const failure = await exchangeAuthorizationCode({
      ...baseOptions,
      signal: controller.signal,
      fetch: (_input, init) => Promise.reject(init?.signal?.reason),
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChasterAbortError);
    expect((failure as ChasterAbortError).cause).toBe(controller.signal.reason);
  });
});
