/**
 * The README's Layer 1 sample, run against the fake Chaster, so it compiles and stays true.
 */
import { describe, expect, it } from 'vitest';

import { ChasterNotFoundError, createChasterClient, unwrap } from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';

describe('the README Layer 1 sample', () => {
  it('lists, reads and changes a lock through the typed client', async () => {
    const mock = createMockChaster({ seed: 42 });
    const chaster = createChasterClient({ token: mock.users.wes.token, fetch: mock.fetch });
    const otherAccountToken = mock.users.kim.token;

    const { data: locks, error } = await chaster.GET('/locks', {
      params: { query: { status: 'active' } },
    });
    const lockId = locks?.[0]?._id ?? 'a lock id';
    const lock = unwrap(await chaster.GET('/locks/{lockId}', { params: { path: { lockId } } }));
    const missing = await chaster
      .GET('/locks/{lockId}', { params: { path: { lockId: 'a lock id' } } })
      .then(unwrap)
      .catch((err: unknown) => err);
    const added = await chaster.POST('/locks/{lockId}/update-time', {
      params: { path: { lockId } },
      body: { duration: 3600 },
      signal: AbortSignal.timeout(10_000),
      retry: false,
      token: otherAccountToken,
    });

    expect(error).toBeUndefined();
    expect(lock._id).toBe(mock.locks.wes.id);
    expect(missing).toBeInstanceOf(ChasterNotFoundError);
    expect(added.response.status).toBe(201);
  });
});
