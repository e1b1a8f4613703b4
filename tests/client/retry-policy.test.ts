import { describe, expect, it } from 'vitest';
import { isRetrySafe, READ_ONLY_POSTS } from '../../src/client/read-only-posts.js';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  isRetryableStatus,
  resolveRetryPolicy,
} from '../../src/client/retry-policy.js';

describe('retry safety', () => {
  it('treats idempotent methods as safe and other POSTs and PATCHes as unsafe', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].map((m) => isRetrySafe(m, '/x')))
      .toEqual([true, true, true, true, true]);
    expect(isRetrySafe('POST', '/locks/{lockId}/extensions/{extensionId}/action')).toBe(false);
    expect(isRetrySafe('PATCH', '/api/extensions/sessions/{sessionId}')).toBe(false);
  });

  it('treats every listed read-only POST as safe', () => {
    expect(READ_ONLY_POSTS.size).toBe(12);
    for (const path of READ_ONLY_POSTS) expect(isRetrySafe('POST', path)).toBe(true);
  });

  it('retries only a 429 for unsafe requests', () => {
    expect([408, 429, 500, 503].map((status) => isRetryableStatus(status, false)))
      .toEqual([false, true, false, false]);
    expect([408, 429, 500, 502, 503, 504, 501, 404].map((s) => isRetryableStatus(s, true)))
      .toEqual([true, true, true, true, true, true, false, false]);
  });
});

describe('retry policy', () => {
  it('fills missing fields from the base and keeps the wait cap when retries are off', () => {
    expect(resolveRetryPolicy({ limit: 5 })).toEqual({ ...DEFAULT_RETRY_POLICY, limit: 5 });
    expect(resolveRetryPolicy(false, { ...DEFAULT_RETRY_POLICY, maxWaitMs: 9 }))
      .toEqual({ ...DEFAULT_RETRY_POLICY, limit: 0, maxWaitMs: 9 });
  });

  it('doubles the backoff ceiling per retry up to maxDelayMs and maxWaitMs', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, initialDelayMs: 100, maxDelayMs: 700, jitter: false };

    expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, policy))).toEqual([100, 200, 400, 700]);
    expect(backoffDelay(4, { ...policy, maxWaitMs: 50 })).toBe(50);
  });

  it('draws a jittered backoff between zero and the ceiling', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, initialDelayMs: 1_000, jitter: true };

    expect(backoffDelay(2, policy, () => 0.25)).toBe(500);
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
  });
});
