import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import { call } from './support.js';

describe('rate limits', () => {
  it('sends no rate-limit headers when rate limits are off', async () => {
    const mock = createMockChaster();

    const result = await call(mock, 'GET', '/settings');

    expect(result.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('counts 100 requests a minute per user with the reset in epoch seconds', async () => {
    const mock = createMockChaster({ rateLimits: true });
    const { wes } = mock.users;
    const resetSeconds = String(Math.ceil((mock.clock.now() + 60_000) / 1000));

    const first = await call(mock, 'GET', '/auth/profile', { as: wes });
    for (let index = 0; index < 98; index += 1) await call(mock, 'GET', '/settings', { as: wes });
    const hundredth = await call(mock, 'GET', '/auth/profile', { as: wes });
    const over = await call(mock, 'GET', '/auth/profile', { as: wes });

    expect(first.headers.get('x-ratelimit-limit')).toBe('100');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(first.headers.get('x-ratelimit-reset')).toBe(resetSeconds);
    expect(hundredth.status).toBe(200);
    expect(hundredth.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(over.status).toBe(429);
    expect(over.body).toEqual({
      statusCode: 429,
      message: 'ThrottlerException: Too Many Requests',
      error: 'Too Many Requests',
    });
    expect(over.headers.get('retry-after')).toBe('60');
    expect(over.headers.get('x-ratelimit-reset')).toBe(resetSeconds);
  });

  it('opens a new window once the virtual minute is over', async () => {
    const mock = createMockChaster({ rateLimits: true });
    const { kim } = mock.users;
    for (let index = 0; index < 101; index += 1) await call(mock, 'GET', '/settings', { as: kim });

    mock.clock.advance(30_000);
    const stillLimited = await call(mock, 'GET', '/settings', { as: kim });
    mock.clock.advance(30_000);
    const allowed = await call(mock, 'GET', '/settings', { as: kim });

    expect(stillLimited.status).toBe(429);
    expect(stillLimited.headers.get('retry-after')).toBe('30');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('x-ratelimit-remaining')).toBe('99');
  });

  it('counts each user separately', async () => {
    const mock = createMockChaster({ rateLimits: true });
    for (let index = 0; index < 101; index += 1) {
      await call(mock, 'GET', '/settings', { as: mock.users.kim });
    }

    const other = await call(mock, 'GET', '/settings', { as: mock.users.sam });

    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe('99');
  });
});
