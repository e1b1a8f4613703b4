import { describe, expect, it } from 'vitest';

import { ChasterUsageError, createChasterClient } from '../../src/index.js';

describe('retry and timeout options', () => {
  it.each([
    ['a limit that is not a number', { retry: { limit: Number.NaN } }],
    ['an endless limit', { retry: { limit: Number.POSITIVE_INFINITY } }],
    ['a negative wait cap', { retry: { maxWaitMs: -1 } }],
    ['a timeout of zero', { timeout: 0 }],
    ['a timeout that is not a number', { timeout: Number.NaN }],
  ])('refuses %s when the client is made', (_label, options) => {
    expect(() => createChasterClient({ token: 't', ...options })).toThrow(ChasterUsageError);
  });

  it('refuses a bad per-call retry or timeout before any request', async () => {
    let requests = 0;
    const fetchImpl = (async () => {
      requests += 1;
      return Response.json([]);
    }) as typeof fetch;
    const client = createChasterClient({ token: 't', fetch: fetchImpl });

    const badRetry = await client.GET('/locks', { retry: { limit: -1 } }).catch((e) => e);
    const badTimeout = await client.GET('/locks', { timeout: -5 }).catch((e) => e);

    expect(badRetry).toBeInstanceOf(ChasterUsageError);
    expect(badTimeout).toBeInstanceOf(ChasterUsageError);
    expect(requests).toBe(0);
  });

  it('still accepts false for both', async () => {
    const fetchImpl = (async () => Response.json([])) as typeof fetch;
    const options = { token: 't', fetch: fetchImpl, retry: false, timeout: false } as const;
    const client = createChasterClient(options);

    await expect(client.GET('/locks')).resolves.toHaveProperty('data', []);
  });
});
