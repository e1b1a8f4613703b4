import { describe, expect, it, vi } from 'vitest';

import { createTokenManager, type OAuthTokens } from '../../src/auth/index.js';
import { ChasterAuthenticationError, ChasterServerError } from '../../src/errors/index.js';

const START = Date.parse('2025-03-01T12:00:00.000Z');

/** A fake token endpoint: each refresh answers `at-<n>` / `rt-<n>`, in order. */
function fakeTokenEndpoint() {
  const state = { calls: 0, forms: [] as Array<Record<string, string>>, failNext: false };
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;

  const fetch = vi.fn<typeof globalThis.fetch>(async (_input, init) => {
    state.calls += 1;
    const call = state.calls;
    state.forms.push(Object.fromEntries(new URLSearchParams(String(init?.body))));
    if (gate !== undefined) await gate;

    if (state.failNext) {
      state.failNext = false;
      return Response.json({ error: 'invalid_grant', error_description: 'Token is not active' }, {
        status: 400,
      });
    }
    return Response.json({
      access_token: `at-${call}`,
      expires_in: 300,
      refresh_token: `rt-${call}`,
      refresh_expires_in: 1800,
    });
  });

  const hold = () => {
    gate = new Promise<void>((resolve) => {
      release = () => {
        gate = undefined;
        resolve();
      };
    });
  };

  return { fetch, state, hold, release: () => release?.() };
}

function setup(overrides: Partial<Parameters<typeof createTokenManager>[0]> = {}) {
  const endpoint = fakeTokenEndpoint();
  const clock = { now: START };
  const saved: OAuthTokens[] = [];
  const manager = createTokenManager({
    clientId: 'my-bot',
    clientSecret: 'secret',
    refreshToken: 'rt-0',
    fetch: endpoint.fetch,
    now: () => clock.now,
    onTokens: (tokens) => {
      saved.push(tokens);
    },
    ...overrides,
  });
  return { endpoint, clock, saved, manager };
}

describe('createTokenManager', () => {
  it('refreshes on first use when it has no access token', async () => {
    const { endpoint, manager, saved } = setup();

    await expect(manager.getAccessToken()).resolves.toBe('at-1');

    expect(endpoint.state.forms).toEqual([
      {
        grant_type: 'refresh_token',
        client_id: 'my-bot',
        client_secret: 'secret',
        refresh_token: 'rt-0',
      },
    ]);
    expect(saved).toEqual([
      {
        accessToken: 'at-1',
        expiresAt: START + 300_000,
        refreshToken: 'rt-1',
        refreshExpiresAt: START + 1_800_000,
        scope: undefined,
      },
    ]);
  });

  it('reuses a fresh token and refreshes within the margin before expiry', async () => {
    const { endpoint, clock, manager } = setup();
    await manager.getAccessToken();

    clock.now = START + 300_000 - 30_001;
    await expect(manager.getAccessToken()).resolves.toBe('at-1');
    expect(endpoint.state.calls).toBe(1);

    clock.now = START + 300_000 - 30_000;
    await expect(manager.getAccessToken()).resolves.toBe('at-2');
    expect(endpoint.state.forms[1]?.['refresh_token']).toBe('rt-1');
  });

  it('uses a given access token until it nears expiry', async () => {
    const { endpoint, manager } = setup({ accessToken: 'given', expiresAt: START + 60_000 });

    await expect(manager.getAccessToken()).resolves.toBe('given');
    expect(endpoint.state.calls).toBe(0);
  });

  it('shares one refresh among concurrent callers', async () => {
    const { endpoint, manager } = setup();
    endpoint.hold();

    const pending = Promise.all([
      manager.getAccessToken(),
      manager.getAccessToken(),
      manager.refreshAfterUnauthorized('stale'),
    ]);
    await Promise.resolve();
    endpoint.release();

    await expect(pending).resolves.toEqual(['at-1', 'at-1', 'at-1']);
    expect(endpoint.state.calls).toBe(1);
  });

  it('refreshes once after a 401 and not again for the same rejected token', async () => {
    const { endpoint, manager } = setup();
    await manager.getAccessToken();

    await expect(manager.refreshAfterUnauthorized('at-1')).resolves.toBe('at-2');
    await expect(manager.refreshAfterUnauthorized('at-1')).resolves.toBe('at-2');

    expect(endpoint.state.calls).toBe(2);
  });

  it('rejects every waiter when a refresh fails and tries again on the next call', async () => {
    const { endpoint, manager } = setup();
    endpoint.state.failNext = true;
    endpoint.hold();

    const first = manager.getAccessToken();
    const second = manager.getAccessToken();
    endpoint.release();

    await expect(first).rejects.toBeInstanceOf(ChasterAuthenticationError);
    await expect(second).rejects.toThrow('400 Token is not active');
    await expect(manager.getAccessToken()).resolves.toBe('at-2');
    expect(endpoint.state.calls).toBe(2);
  });

  it('keeps the old refresh token when the server does not rotate it', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      Response.json({ access_token: 'at-x', expires_in: 300 }),
    );
    const saved: OAuthTokens[] = [];
    const manager = createTokenManager({
      clientId: 'c', clientSecret: 's', refreshToken: 'rt-keep', fetch, now: () => START,
      onTokens: (tokens) => {
        saved.push(tokens);
      },
    });

    await manager.getAccessToken();
    await manager.refreshAfterUnauthorized('at-x');

    expect(saved.map((tokens) => tokens.refreshToken)).toEqual(['rt-keep', 'rt-keep']);
    const lastBody = new URLSearchParams(String(fetch.mock.calls[1]?.[1]?.body));
    expect(lastBody.get('refresh_token')).toBe('rt-keep');
  });

  it('awaits an async onTokens before handing out the token', async () => {
    const order: string[] = [];
    const { manager } = setup({
      onTokens: async () => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        order.push('saved');
      },
    });

    const token = await manager.getAccessToken();
    order.push(token);

    expect(order).toEqual(['saved', 'at-1']);
  });

  it('passes an onTokens failure to the callers but keeps the new tokens', async () => {
    const saveError = new Error('store offline');
    const { endpoint, manager } = setup({
      onTokens: () => {
        throw saveError;
      },
    });

    await expect(manager.getAccessToken()).rejects.toBe(saveError);
    await expect(manager.getAccessToken()).resolves.toBe('at-1');
    expect(endpoint.state.calls).toBe(1);
  });

  it('looks up the global fetch at call time when none is injected', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      Response.json({ access_token: 'at-global', expires_in: 300 }),
    );
    const manager = createTokenManager({ clientId: 'c', clientSecret: 's', refreshToken: 'r' });
    vi.stubGlobal('fetch', fetch);

    try {
      await expect(manager.getAccessToken()).resolves.toBe('at-global');
      expect(String(fetch.mock.calls[0]?.[0])).toBe(
        'https://sso.chaster.app/auth/realms/app/protocol/openid-connect/token',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('token endpoint outages', () => {
  it('reports a 5xx from the SSO as a server error, not as rejected credentials', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      Response.json({ error: 'temporarily_unavailable' }, { status: 502 }),
    );
    const manager = createTokenManager({
      clientId: 'app',
      clientSecret: 'secret-value',
      refreshToken: 'refresh-value',
      fetch,
    });

    const error = await manager.getAccessToken().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChasterServerError);
    expect(error).not.toBeInstanceOf(ChasterAuthenticationError);
  });
});
