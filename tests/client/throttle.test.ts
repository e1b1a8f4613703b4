import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChasterClient, type RateLimitEvent } from '../../src/index.js';
import { API, isolateNetwork, recordingLogger, resetNetwork } from './helpers.js';

const NOW = Date.parse('2026-01-01T12:00:00.000Z');

function exhausted(resetSeconds: number) {
  return {
    'x-ratelimit-limit': '100',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(resetSeconds),
  };
}

async function flushIo(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((r) => setImmediate(r));
}

beforeEach(() => {
  isolateNetwork();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: NOW });
});

afterEach(() => {
  resetNetwork();
  vi.useRealTimers();
});

describe('throttling on an exhausted rate limit', () => {
  it('holds the next call until the window resets instead of spending a 429', async () => {
    nock(API).get('/locks').reply(200, [], exhausted(5)).get('/locks').reply(200, ['second']);
    const logger = recordingLogger();
    const client = createChasterClient({ token: 't', timeout: false, logger, logLevel: 'warn' });
    await client.GET('/locks');

    const held = client.GET('/locks');
    await flushIo();
    expect(nock.pendingMocks()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(5_000);
    const result = await held;

    expect(result.data).toEqual(['second']);
    expect(nock.pendingMocks()).toHaveLength(0);
    expect(logger.lines.some((line) => line.fields?.['waitMs'] === 5_000)).toBe(true);
  });

  it('does not hold calls when the reset is further away than maxWaitMs', async () => {
    nock(API).get('/locks').reply(200, [], exhausted(3_600)).get('/locks').reply(200, ['sent']);
    const client = createChasterClient({ token: 't', timeout: false });
    await client.GET('/locks');

    const result = await client.GET('/locks');

    expect(result.data).toEqual(['sent']);
  });

  it('sends a held call at once when onRateLimit answers false', async () => {
    nock(API).get('/locks').reply(200, [], exhausted(30)).get('/locks').reply(200, ['sent']);
    const events: RateLimitEvent[] = [];
    const client = createChasterClient({
      token: 't',
      timeout: false,
      onRateLimit: (event) => events.push(event) < 0,
    });
    await client.GET('/locks');

    const result = await client.GET('/locks');

    expect(result.data).toEqual(['sent']);
    expect(events).toMatchObject([{ reason: 'throttled', waitMs: 30_000, path: '/locks' }]);
  });

  it('stops holding once a later response shows quota again', async () => {
    nock(API)
      .get('/locks').reply(200, [], exhausted(5))
      .get('/locks').reply(200, [], { 'x-ratelimit-remaining': '99' })
      .get('/locks').reply(200, ['third']);
    const client = createChasterClient({ token: 't', timeout: false });
    await client.GET('/locks');
    const held = client.GET('/locks');
    await flushIo();
    await vi.advanceTimersByTimeAsync(5_000);
    await held;

    const result = await client.GET('/locks');

    expect(result.data).toEqual(['third']);
  });
});

describe('the rate-limit state', () => {
  it('is empty before any response', () => {
    const client = createChasterClient({ token: 't' });

    expect(client.rateLimit).toEqual({});
  });

  it('exposes the limit, remaining quota and reset of the latest response', async () => {
    nock(API).get('/locks').reply(200, [], {
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '42',
      'x-ratelimit-reset': String(NOW / 1000 + 60),
    });
    const client = createChasterClient({ token: 't', timeout: false });

    await client.GET('/locks');

    expect(client.rateLimit).toEqual({ limit: 100, remaining: 42, reset: new Date(NOW + 60_000) });
  });
});
