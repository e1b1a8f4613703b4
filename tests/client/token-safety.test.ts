import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';

import {
  ChasterAbortError,
  ChasterTimeoutError,
  ChasterUsageError,
  createChasterClient,
} from '../../src/index.js';

const SECRET = 'Secret-7f3a';

/** A fetch that counts requests and answers an empty list. */
function countingFetch(): { fetch: typeof fetch; count: () => number } {
  let requests = 0;
  const fetchImpl = async (): Promise<Response> => {
    requests += 1;
    return Response.json([]);
  };
  return { fetch: fetchImpl as typeof fetch, count: () => requests };
}

function expectRefusedWithoutSecret(error: unknown): void {
  expect(error).toBeInstanceOf(ChasterUsageError);
  expect(inspect(error, { depth: 10 })).not.toContain(SECRET);
}

describe('tokens a header cannot carry', () => {
  it('refuses a client token with a line break when the client is made', () => {
    let thrown: unknown;
    try {
      createChasterClient({ token: `${SECRET}\nX-Evil: 1` });
    } catch (error) {
      thrown = error;
    }

    expectRefusedWithoutSecret(thrown);
  });

  it('refuses an empty client token instead of sending a bare Bearer', () => {
    expect(() => createChasterClient({ token: '' })).toThrow(ChasterUsageError);
    expect(() => createChasterClient({ token: '   ' })).toThrow(ChasterUsageError);
  });

  it('refuses a per-call token with a NUL before any request', async () => {
    const transport = countingFetch();
    const client = createChasterClient({ token: 'fine', fetch: transport.fetch });

    const error = await client.GET('/locks', { token: `${SECRET}\0` }).catch((e: unknown) => e);

    expectRefusedWithoutSecret(error);
    expect(transport.count()).toBe(0);
  });

  it('refuses what a token function returns when a header cannot carry it', async () => {
    const transport = countingFetch();
    const client = createChasterClient({ token: () => ` ${SECRET}`, fetch: transport.fetch });

    const error = await client.GET('/locks').catch((e: unknown) => e);

    expectRefusedWithoutSecret(error);
    expect(transport.count()).toBe(0);
  });
});

describe('a token lookup that hangs', () => {
  const hanging = (): Promise<string> => new Promise<string>(() => undefined);

  it('times out like a stalled request', async () => {
    const client = createChasterClient({ token: hanging, timeout: 20, retry: false });

    await expect(client.GET('/locks')).rejects.toBeInstanceOf(ChasterTimeoutError);
  });

  it('ends when the caller aborts', async () => {
    const client = createChasterClient({ token: hanging, timeout: false });
    const controller = new AbortController();

    const pending = client.GET('/locks', { signal: controller.signal });
    controller.abort();

    await expect(pending).rejects.toBeInstanceOf(ChasterAbortError);
  });
});
