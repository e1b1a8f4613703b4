import { causeCode } from '../errors/fetch-failure.js';
import { ChasterConnectionError, ChasterTimeoutError } from '../errors/transport.js';
import type { RetryOptions } from './options.js';

/** A retry policy with every field filled in. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly limit: number;

  /** The backoff ceiling before the first retry, in milliseconds. */
  readonly initialDelayMs: number;

  /** The largest backoff ceiling, in milliseconds. */
  readonly maxDelayMs: number;

  /** The longest any wait may be, in milliseconds. */
  readonly maxWaitMs: number;

  /** Whether backoffs are drawn at random below their ceiling. */
  readonly jitter: boolean;
}

/** The policy used when the caller gives none. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  limit: 2,
  initialDelayMs: 500,
  maxDelayMs: 10_000,
  maxWaitMs: 60_000,
  jitter: true,
});

/**
 * Fills a retry option in over a base policy. `false` keeps the base's waiting cap (it still
 * bounds rate-limit holds) but allows no retry.
 */
export function resolveRetryPolicy(
  option: RetryOptions | false | undefined,
  base: RetryPolicy = DEFAULT_RETRY_POLICY,
): RetryPolicy {
  if (option === undefined) return base;
  if (option === false) return Object.freeze({ ...base, limit: 0 });

  return Object.freeze({
    limit: option.limit ?? base.limit,
    initialDelayMs: option.initialDelayMs ?? base.initialDelayMs,
    maxDelayMs: option.maxDelayMs ?? base.maxDelayMs,
    maxWaitMs: option.maxWaitMs ?? base.maxWaitMs,
    jitter: option.jitter ?? base.jitter,
  });
}

/** Statuses after which a retry-safe request is sent again. */
const SAFE_RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Tells whether a response status calls for a retry. A request that may have been applied is
 * only retried after a 429, which Chaster answers before doing anything.
 */
export function isRetryableStatus(status: number, retrySafe: boolean): boolean {
  return retrySafe ? SAFE_RETRY_STATUSES.has(status) : status === 429;
}

/**
 * Tells whether an error from undici's `fetch` means the connection was refused, so nothing was
 * sent and even a POST may be sent again.
 */
export function isConnectionRefused(error: unknown): boolean {
  return causeCode(error) === 'ECONNREFUSED';
}

/** Tells whether an error raised by an attempt calls for a retry. Aborts never do. */
export function isRetryableError(
  error: unknown,
  retrySafe: boolean,
): error is ChasterConnectionError | ChasterTimeoutError {
  if (error instanceof ChasterTimeoutError) return retrySafe;
  if (!(error instanceof ChasterConnectionError)) return false;

  return retrySafe || isConnectionRefused(error.cause);
}

/**
 * The exponential backoff before retry number `retry` (1 for the first), capped by
 * `maxDelayMs` and then by `maxWaitMs`, with full jitter when enabled.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (retry - 1));
  const delay = policy.jitter ? random() * ceiling : ceiling;

  return Math.min(Math.round(delay), policy.maxWaitMs);
}
