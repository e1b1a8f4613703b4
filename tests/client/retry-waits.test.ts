import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChasterClient, type RateLimitEvent } from '../../src/index.js';
import {
  API,
  isolateNetwork,
  recordingLogger,
  resetNetwork,
  retryWaits,
  settleWithFakeTime,
} from './helpers.js';

const NOW = Date.parse('2026-01-01T12:00:00.000Z');

function clientWithLog(extra: Parameters<typeof createChasterClient>[0] = {}) {
  const logger = recordingLogger();
  const client = createChasterClient({
    token: 't',
    logger,
    logLevel: 'warn',
    timeout: false,
    ...extra,
  });
  return { client, logger };
}

function tooManyThenOk(headers: Record<string, string>) {
  return nock(API)
    .get('/locks').reply(429, { statusCode: 429, message: 'Too Many Requests' }, headers)
    .get('/locks').reply(200, []);
}

beforeEach(() => {
  isolateNetwork();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NOW });
});

afterEach(() => {
  resetNetwork();
  vi.useRealTimers();
});

describe('waits chosen before a retry', () => {
  it('waits the seconds of Retry-After', async () => {
    const scope = tooManyThenOk({ 'retry-after': '7' });
    const { client, logger } = clientWithLog();

    const result = await settleWithFakeTime(client.GET('/locks'));

    expect(result.response.status).toBe(200);
    expect(retryWaits(logger)).toEqual([7_000]);
    expect(scope.isDone()).toBe(true);
  });

  it('waits until the HTTP date of Retry-After', async () => {
    const date = new Date(NOW + 12_000).toUTCString();
    tooManyThenOk({ 'retry-after': date });
    const { client, logger } = clientWithLog();

    await settleWithFakeTime(client.GET('/locks'));

    expect(retryWaits(logger)).toEqual([12_000]);
  });

  it('waits until an X-RateLimit-Reset given in epoch milliseconds', async () => {
    tooManyThenOk({ 'x-ratelimit-reset': String(NOW + 4_000) });
    const { client, logger } = clientWithLog();

    await settleWithFakeTime(client.GET('/locks'));

    expect(retryWaits(logger)).toEqual([4_000]);
  });

  it('waits until an X-RateLimit-Reset given in epoch seconds', async () => {
    tooManyThenOk({ 'x-ratelimit-reset': String(NOW / 1000 + 9) });
    const { client, logger } = clientWithLog();

    await settleWithFakeTime(client.GET('/locks'));

    expect(retryWaits(logger)).toEqual([9_000]);
  });

  it('waits an X-RateLimit-Reset given as a delta in seconds', async () => {
    tooManyThenOk({ 'x-ratelimit-reset': '3' });
    const { client, logger } = clientWithLog();

    await settleWithFakeTime(client.GET('/locks'));

    expect(retryWaits(logger)).toEqual([3_000]);
  });

  it('prefers Retry-After over X-RateLimit-Reset', async () => {
    tooManyThenOk({ 'retry-after': '2', 'x-ratelimit-reset': '50' });
    const { client, logger } = clientWithLog();

    await settleWithFakeTime(client.GET('/locks'));

    expect(retryWaits(logger)).toEqual([2_000]);
  });

  it('backs off exponentially without jitter when the server names no wait', async () => {
    nock(API).get('/locks').times(3).reply(503, {}).get('/locks').reply(200, []);
    const { client, logger } = clientWithLog({
      retry: { limit: 3, initialDelayMs: 100, maxDelayMs: 250, jitter: false },
    });

    await settleWithFakeTime(client.GET('/locks'));

    expect(retryWaits(logger)).toEqual([100, 200, 250]);
  });

  it('keeps jittered backoff between zero and its ceiling', async () => {
    nock(API).get('/locks').times(2).reply(503, {}).get('/locks').reply(200, []);
    const { client, logger } = clientWithLog({ retry: { initialDelayMs: 1_000 } });

    await settleWithFakeTime(client.GET('/locks'));

    const [first, second] = retryWaits(logger);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThanOrEqual(1_000);
    expect(second).toBeLessThanOrEqual(2_000);
  });

  it('does not retry when the server asks for a wait longer than maxWaitMs', async () => {
    const scope = nock(API).get('/locks').once().reply(429, {}, { 'retry-after': '120' });
    const { client, logger } = clientWithLog({ retry: { maxWaitMs: 60_000 } });

    const result = await settleWithFakeTime(client.GET('/locks'));

    expect(result.response.status).toBe(429);
    expect(retryWaits(logger)).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it('tells onRateLimit about the wait and stops when it answers false', async () => {
    const events: RateLimitEvent[] = [];
    const scope = nock(API).get('/locks').once().reply(429, {}, {
      'retry-after': '5',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '5',
    });
    const { client } = clientWithLog({
      onRateLimit: (event) => {
        events.push(event);
        return false;
      },
    });

    const result = await settleWithFakeTime(client.GET('/locks'));

    expect(result.response.status).toBe(429);
    expect(scope.isDone()).toBe(true);
    expect(events).toEqual([{
      reason: 'rate-limited',
      waitMs: 5_000,
      retryAfterMs: 5_000,
      attempt: 1,
      method: 'GET',
      path: '/locks',
      limit: 100,
      remaining: 0,
      reset: new Date(NOW + 5_000),
    }]);
  });

  it('waits and retries when onRateLimit answers true', async () => {
    const scope = tooManyThenOk({ 'retry-after': '1' });
    const { client, logger } = clientWithLog({ onRateLimit: async () => true });

    const result = await settleWithFakeTime(client.GET('/locks'));

    expect(result.response.status).toBe(200);
    expect(retryWaits(logger)).toEqual([1_000]);
    expect(scope.isDone()).toBe(true);
  });
});

describe('a failing rate-limit callback', () => {
  it('rejects the call with the callback error', async () => {
    nock(API).get('/locks').reply(429, {}, { 'retry-after': '1' });
    const broken = new Error('callback broke');
    const { client } = clientWithLog({
      onRateLimit: () => {
        throw broken;
      },
    });

    await expect(settleWithFakeTime(client.GET('/locks'))).rejects.toBe(broken);
  });
});
