import { parseRateLimitReset, parseRetryAfter } from './rate-limit-headers.js';
import { backoffDelay, type RetryPolicy } from './retry-policy.js';

/** How long to wait before a retry, and whether the server asked for it. */
export interface RetryWait {
  /** The wait in milliseconds. */
  waitMs: number;

  /** The server's `Retry-After` in milliseconds, when it sent a readable one. */
  retryAfterMs: number | undefined;

  /**
   * True when the wait comes from the server. Such a wait is never shortened: when it is longer
   * than the policy's `maxWaitMs` the request is not retried at all.
   */
  fromServer: boolean;
}

/**
 * Chooses the wait before retry number `retry` after a response: `Retry-After` (seconds or HTTP
 * date, RFC 9110 §10.2.3) first; then, for a 429, `X-RateLimit-Reset` read by magnitude; else an
 * exponential backoff with jitter. Without a response (a network error) only the backoff applies.
 */
export function chooseRetryWait(
  response: Response | undefined,
  retry: number,
  policy: RetryPolicy,
  now: number = Date.now(),
): RetryWait {
  const headers = response?.headers;

  const retryAfterMs = parseRetryAfter(headers?.get('retry-after') ?? null, now);
  if (retryAfterMs !== undefined) return { waitMs: retryAfterMs, retryAfterMs, fromServer: true };

  if (response?.status === 429) {
    const reset = parseRateLimitReset(headers?.get('x-ratelimit-reset') ?? null, now);
    if (reset !== undefined) {
      const waitMs = Math.max(0, reset.getTime() - now);
      return { waitMs, retryAfterMs: undefined, fromServer: true };
    }
  }

  return { waitMs: backoffDelay(retry, policy), retryAfterMs: undefined, fromServer: false };
}
