import { describe, expectTypeOf, it } from 'vitest';
import { createChasterClient, unwrap, type components } from '../../src/index.js';

const client = createChasterClient({ token: 't' });

describe('client types', () => {
  it('types data by the operation and accepts the SDK per-call options', async () => {
    const result = await client.GET('/locks/{lockId}', {
      params: { path: { lockId: 'l1' } },
      timeout: 5_000,
      retry: { limit: 1 },
      token: 'other',
      signal: new AbortController().signal,
    });

    const lock = unwrap(result);
    expectTypeOf(lock._id).toEqualTypeOf<string>();
    expectTypeOf<'locked'>().toExtend<typeof lock.status>();
    expectTypeOf<components['schemas']['LockForPublic']>().toHaveProperty('combination');
    expectTypeOf(lock).toHaveProperty('combination');
  });

  it('keeps open enums as their known values plus any string, and types bodies', async () => {
    const { data } = await client.GET('/locks');
    if (data === undefined) return;

    expectTypeOf(data).toEqualTypeOf<components['schemas']['LockForWearer'][]>();
    expectTypeOf<'a status from a newer API'>().toExtend<(typeof data)[number]['status']>();
    expectTypeOf<'locked'>().toExtend<(typeof data)[number]['status']>();

    const search =
      '/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search';
    const path = { lockId: 'l', extensionId: 'e' };
    await client.POST(search, { params: { path }, body: { habitName: 'daily', limit: 10 } });

    // @ts-expect-error the body needs the habit name
    await client.POST(search, { params: { path }, body: { limit: 10 } });
  });

  it('rejects unknown paths, missing path parameters and mistyped options', () => {
    // @ts-expect-error not an operation of the API
    void client.GET('/no-such-path');

    // @ts-expect-error the lockId path parameter is required
    void client.GET('/locks/{lockId}', {});

    // @ts-expect-error timeout is a number of milliseconds or false
    void client.GET('/locks', { timeout: '5s' });
  });

  it('exposes the rate-limit state read-only', () => {
    expectTypeOf(client.rateLimit).toEqualTypeOf<{
      limit?: number;
      remaining?: number;
      reset?: Date;
    }>();
  });
});
