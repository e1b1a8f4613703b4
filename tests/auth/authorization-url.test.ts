import { describe, expect, it } from 'vitest';

import {
  CHASTER_AUTHORIZE_URL,
  createAuthorizationUrl,
  createCodeChallenge,
  createPkcePair,
} from '../../src/auth/index.js';
import { ChasterUsageError } from '../../src/errors/usage.js';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await createCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('creates a fresh 43-character verifier with its matching challenge', async () => {
    const first = await createPkcePair();
    const second = await createPkcePair();

    expect(first.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.codeChallenge).toBe(await createCodeChallenge(first.codeVerifier));
    expect(first.codeChallengeMethod).toBe('S256');
    expect(second.codeVerifier).not.toBe(first.codeVerifier);
  });
});

describe('createAuthorizationUrl', () => {
  it('points at Chaster\'s authorize endpoint with every parameter of the code flow', async () => {
    const request = await createAuthorizationUrl({
      clientId: 'my-bot',
      redirectUri: 'https://bot.test/callback',
      scopes: ['profile', 'locks', 'keyholder'],
    });

    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe(CHASTER_AUTHORIZE_URL);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'my-bot',
      redirect_uri: 'https://bot.test/callback',
      scope: 'profile locks keyholder',
      state: request.state,
      code_challenge: await createCodeChallenge(request.codeVerifier ?? ''),
      code_challenge_method: 'S256',
    });
    expect(request.state.length).toBeGreaterThanOrEqual(32);
  });

  it('uses the given state and verifier', async () => {
    const request = await createAuthorizationUrl({
      clientId: 'c',
      redirectUri: 'https://bot.test/cb',
      scopes: ['developer', 'future_scope'],
      state: 'st-1',
      codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    });

    const params = new URL(request.url).searchParams;
    expect(request.state).toBe('st-1');
    expect(request.codeVerifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(params.get('code_challenge')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(params.get('scope')).toBe('developer future_scope');
  });

  it('sends a caller-held challenge and returns no verifier', async () => {
    const request = await createAuthorizationUrl({
      clientId: 'c',
      redirectUri: 'https://bot.test/cb',
      scopes: ['profile'],
      codeChallenge: 'held-challenge',
    });

    expect(new URL(request.url).searchParams.get('code_challenge')).toBe('held-challenge');
    expect(request.codeVerifier).toBeUndefined();
  });

  it('creates a different state each time', async () => {
    const options = { clientId: 'c', redirectUri: 'https://bot.test/cb', scopes: ['profile'] };

    const [first, second] = await Promise.all([
      createAuthorizationUrl(options),
      createAuthorizationUrl(options),
    ]);

    expect(first.state).not.toBe(second.state);
  });

  it('refuses an empty client id or redirect URI', async () => {
    await expect(createAuthorizationUrl({ clientId: '', redirectUri: 'x', scopes: [] }))
      .rejects.toThrow(ChasterUsageError);
    await expect(createAuthorizationUrl({ clientId: 'c', redirectUri: '', scopes: [] }))
      .rejects.toThrow(ChasterUsageError);
  });
});
