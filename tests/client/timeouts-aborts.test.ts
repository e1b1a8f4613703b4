import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ChasterAbortError,
  ChasterTimeoutError,
  createChasterClient,
  type ChasterClientOptions,
} from '../../src/index.js';
import { FaultServer } from '../support/fault-server.js';

let server: FaultServer;

beforeAll(async () => {
  server = await FaultServer.start();
});

afterAll(async () => {
  await server.stop();
});

beforeEach(() => {
  server.requests.length = 0;
});

function clientFor(options: ChasterClientOptions = {}) {
  return createChasterClient({
    token: 't',
    baseUrl: server.baseUrl,
    retry: { initialDelayMs: 1, maxDelayMs: 2, jitter: false },
    ...options,
  });
}

const ACTION = '/locks/{lockId}/extensions/{extensionId}/action' as const;
const actionInit = {
  params: { path: { lockId: 'l1', extensionId: 'e1' } },
  body: { action: 'submit', payload: {} },
};

describe('timeouts', () => {
  it('retries a GET whose attempt timed out and returns the next success', async () => {
    server.script({ delayMs: 300 }, { body: [{ _id: 'l1' }] });

    const result = await clientFor({ timeout: 60 }).GET('/locks');

    expect(result.data).toEqual([{ _id: 'l1' }]);
    expect(server.requests).toHaveLength(2);
  });

  it('rejects with ChasterTimeoutError once every attempt timed out', async () => {
    server.script({ delayMs: 300 }, { delayMs: 300 });

    const failure = await clientFor({ timeout: 40, retry: { limit: 1, initialDelayMs: 1 } })
      .GET('/locks')
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChasterTimeoutError);
    expect(failure).toMatchObject({ method: 'GET', path: '/locks', timeout: 40 });
    expect((failure as Error).message).toBe('Timed out after 40 ms: GET /locks');
  });

  it('does not retry a POST action that timed out', async () => {
    server.script({ delayMs: 300 });

    const failure = await clientFor({ timeout: 40 }).POST(ACTION, actionInit).catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('applies a per-call timeout over the client default', async () => {
    server.script({ delayMs: 300 });

    const failure = await clientFor({ timeout: 10_000 })
      .GET('/locks', { timeout: 30, retry: false })
      .catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterTimeoutError);
    expect(failure).toMatchObject({ timeout: 30 });
  });

  it('times out a body that stops arriving and retries the GET', async () => {
    server.script({ body: { results: ['x'.repeat(100)] }, stallBodyAfterBytes: 10 }, { body: [] });

    const result = await clientFor({ timeout: 60 }).GET('/locks');

    expect(result.data).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('rejects a POST action whose body stops arriving with ChasterTimeoutError', async () => {
    server.script({ status: 201, body: { duration: 'x'.repeat(100) }, stallBodyAfterBytes: 10 });

    const failure = await clientFor({ timeout: 60 }).POST(ACTION, actionInit).catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('waits as long as the server needs when the timeout is disabled', async () => {
    server.script({ delayMs: 80, body: ['late'] });

    const result = await clientFor({ timeout: false }).GET('/locks');

    expect(result.data).toEqual(['late']);
  });
});

describe('aborts', () => {
  it('rejects with ChasterAbortError carrying the reason when the caller aborts', async () => {
    server.script({ delayMs: 300 });
    const controller = new AbortController();
    const reason = new Error('user left');

    const pending = clientFor().GET('/locks', { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    const failure = await pending.catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterAbortError);
    expect((failure as Error).cause).toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it('aborts during a backoff wait without sending the retry', async () => {
    server.script({ status: 503, headers: { 'retry-after': '10' } });
    const controller = new AbortController();

    const pending = clientFor({ retry: { maxWaitMs: 60_000 } }).GET('/locks', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const failure = await pending.catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses to start a call whose signal is already aborted', async () => {
    const failure = await clientFor()
      .GET('/locks', { signal: AbortSignal.abort('gone') })
      .catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterAbortError);
    expect((failure as Error).cause).toBe('gone');
    expect(server.requests).toHaveLength(0);
  });

  it('aborts a retry attempt in flight, not only the first', async () => {
    server.script({ status: 503 }, { delayMs: 300 });
    const controller = new AbortController();
    const reason = new Error('gave up');

    const pending = clientFor().GET('/locks', { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 100);
    const failure = await pending.catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterAbortError);
    expect((failure as Error).cause).toBe(reason);
    expect(server.requests).toHaveLength(2);
  });

  it('leaves no abort listener on the caller signal once a retried call is over', async () => {
    server.script({ status: 503 }, { status: 503 }, { body: ['third'] });
    const signal = new AbortController().signal;
    const listeners = { added: 0, removed: 0 };
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = (...args: Parameters<typeof add>) => {
      listeners.added += 1;
      add(...args);
    };
    signal.removeEventListener = (...args: Parameters<typeof remove>) => {
      listeners.removed += 1;
      remove(...args);
    };

    const result = await clientFor().GET('/locks', { signal });

    expect(result.data).toEqual(['third']);
    expect(listeners.added).toBeGreaterThanOrEqual(3);
    expect(listeners.removed).toBe(listeners.added);
  });

  it('aborts with the caller signal also when the timeout is disabled', async () => {
    server.script({ delayMs: 300 });
    const controller = new AbortController();

    const pending = clientFor({ timeout: false }).GET('/locks', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);

    await expect(pending).rejects.toBeInstanceOf(ChasterAbortError);
  });
});
