import { afterEach, describe, expect, it, vi } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { ListeningMock } from '../../src/mock/index.js';
import { call } from './support.js';

const servers: ListeningMock[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('forced rate limits', () => {
  it('answers the next requests 429 with the configured headers, then clears', async () => {
    const mock = createMockChaster();
    const now = mock.clock.now();
    mock.faults.forceRateLimit({ count: 2, retryAfter: 7 });

    const first = await call(mock, 'GET', '/settings');
    const second = await call(mock, 'GET', '/settings');
    const third = await call(mock, 'GET', '/settings');

    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(first.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((now + 7000) / 1000)));
    expect(first.body).toMatchObject({ statusCode: 429 });
  });

  it('words Retry-After as an HTTP date and the reset in ms or as a delta', async () => {
    const mock = createMockChaster();
    const now = mock.clock.now();
    mock.faults.forceRateLimit({ retryAfter: 'date', waitSeconds: 30, reset: 'ms' });
    mock.faults.forceRateLimit({ retryAfter: 'none', waitSeconds: 5, reset: 'delta' });

    const dated = await call(mock, 'GET', '/settings');
    const delta = await call(mock, 'GET', '/settings');

    expect(dated.headers.get('retry-after')).toBe(new Date(now + 30_000).toUTCString());
    expect(dated.headers.get('x-ratelimit-reset')).toBe(String(now + 30_000));
    expect(delta.headers.get('retry-after')).toBeNull();
    expect(delta.headers.get('x-ratelimit-reset')).toBe('5');
  });

  it('only hits the operation it is filtered to, and does not run the handler', async () => {
    const mock = createMockChaster();
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;
    const endsAt = mock.locks.wes.endsAt;
    mock.faults.forceRateLimit({ operationId: 'LockController_updateTime' });

    const other = await call(mock, 'GET', '/settings');
    const hit = await call(mock, 'POST', `/locks/${lockId}/update-time`, {
      as: kim,
      body: { duration: 60 },
    });

    expect(other.status).toBe(200);
    expect(hit.status).toBe(429);
    expect(mock.locks.wes.endsAt).toBe(endsAt);
  });
});

describe('random server errors', () => {
  it('answers 500 at an error rate of 1 and never at 0', async () => {
    const mock = createMockChaster();

    mock.faults.errorRate = 1;
    const failed = await call(mock, 'GET', '/settings');
    mock.faults.errorRate = 0;
    const fine = await call(mock, 'GET', '/settings');

    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ statusCode: 500, message: 'Internal server error' });
    expect(fine.status).toBe(200);
  });
});

describe('latency', () => {
  it('holds the answer back for the configured milliseconds', async () => {
    vi.useFakeTimers();
    try {
      const mock = createMockChaster({ latencyMs: 1000 });
      let answered = false;

      const pending = mock.fetch('/settings').then((response) => {
        answered = true;
        return response.status;
      });
      await vi.advanceTimersByTimeAsync(999);
      const early = answered;
      await vi.advanceTimersByTimeAsync(1);

      expect(early).toBe(false);
      expect(await pending).toBe(200);
      expect(answered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects with the abort reason when aborted during the wait', async () => {
    const mock = createMockChaster({ latencyMs: 50 });
    const controller = new AbortController();

    const pending = mock.fetch('/settings', { signal: controller.signal });
    controller.abort(new Error('gave up'));

    await expect(pending).rejects.toThrow('gave up');
  });
});

describe('malformed JSON', () => {
  it('answers 200 with the body cut short, then clears', async () => {
    const mock = createMockChaster();
    mock.faults.malformedJson();

    const broken = await mock.fetch('/settings');
    const text = await broken.text();
    const fine = await mock.fetch('/settings');

    expect(broken.status).toBe(200);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(text.length).toBeGreaterThan(0);
    expect(await fine.json()).toMatchObject({ version: '0.35.0-mock' });
  });
});

describe('dropped connections', () => {
  it('errors the body stream mid-way in fetch mode', async () => {
    const mock = createMockChaster();
    mock.faults.dropConnection({ afterBytes: 10 });

    const response = await mock.fetch('/settings');

    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow('terminated');
  });

  it('destroys the socket mid-body in listen mode', async () => {
    const mock = createMockChaster();
    const server = await mock.listen();
    servers.push(server);
    const operationId = 'SettingsController_getAppSettings';
    mock.faults.dropConnection({ afterBytes: 10, operationId });

    const response = await fetch(`${server.url}/settings`);
    const failure = response.text();

    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(10);
    await expect(failure).rejects.toThrow();
    const after = await fetch(`${server.url}/settings`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ version: '0.35.0-mock' });
  });

  it('drops before any body byte when asked for zero bytes', async () => {
    const mock = createMockChaster();
    const server = await mock.listen();
    servers.push(server);
    mock.faults.dropConnection({ afterBytes: 0 });

    const outcome = fetch(`${server.url}/settings`).then((response) => response.text());

    await expect(outcome).rejects.toThrow();
  });

  it('clears every armed fault', async () => {
    const mock = createMockChaster();
    mock.faults.forceRateLimit({ count: 3 });
    mock.faults.malformedJson({ count: 3 });
    mock.faults.errorRate = 1;

    mock.faults.clear();
    const result = await call(mock, 'GET', '/settings');

    expect(result.status).toBe(200);
  });
});
