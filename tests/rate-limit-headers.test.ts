import { describe, expect, it } from 'vitest';

import {
  parseRateLimitReset,
  parseRetryAfter,
  readRateLimit,
} from '../src/client/rate-limit-headers.js';

const NOW = Date.parse('2025-03-01T12:00:00.000Z');

describe('parseRetryAfter', () => {
  it('reads a number of seconds as milliseconds', () => {
    expect(parseRetryAfter('2', NOW)).toBe(2000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:01:00 GMT', NOW)).toBe(60_000);
  });

  it('gives zero for an HTTP date in the past', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', NOW)).toBe(0);
  });

  it('gives undefined for a missing, negative or unreadable value', () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter('0x10', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('parseRateLimitReset', () => {
  it('reads a value above 1e12 as epoch milliseconds', () => {
    expect(parseRateLimitReset(String(NOW + 5000), NOW)?.getTime()).toBe(NOW + 5000);
  });

  it('reads a value between 1e9 and 1e12 as epoch seconds', () => {
    expect(parseRateLimitReset('1740830460', NOW)?.toISOString()).toBe('2025-03-01T12:01:00.000Z');
  });

  it('reads a small value as seconds from now', () => {
    expect(parseRateLimitReset('42', NOW)?.getTime()).toBe(NOW + 42_000);
    expect(parseRateLimitReset('0', NOW)?.getTime()).toBe(NOW);
  });

  it('treats the thresholds themselves as the smaller unit', () => {
    expect(parseRateLimitReset('1000000000', 0)?.getTime()).toBe(1e12);
    expect(parseRateLimitReset('1000000000000', 0)?.getTime()).toBe(1e15);
  });

  it('falls back to a date string', () => {
    expect(parseRateLimitReset('2025-03-01T12:00:30Z', NOW)?.getTime()).toBe(NOW + 30_000);
  });

  it('gives undefined for a missing or unreadable value', () => {
    expect(parseRateLimitReset(null, NOW)).toBeUndefined();
    expect(parseRateLimitReset('-1', NOW)).toBeUndefined();
    expect(parseRateLimitReset('later', NOW)).toBeUndefined();
  });
});

describe('readRateLimit', () => {
  it('reads all three headers whatever their case', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '7',
      'X-RateLimit-Reset': '30',
    });

    expect(readRateLimit(headers, NOW)).toEqual({
      limit: 100,
      remaining: 7,
      reset: new Date(NOW + 30_000),
    });
  });

  it('leaves out headers that are missing or unreadable', () => {
    const headers = new Headers({ 'x-ratelimit-remaining': 'n/a', 'x-ratelimit-limit': '100' });

    const info = readRateLimit(headers, NOW);

    expect(info).toEqual({ limit: 100 });
    expect('remaining' in info).toBe(false);
  });

  it('gives an empty object when no header was sent', () => {
    expect(readRateLimit(new Headers(), NOW)).toEqual({});
  });
});
