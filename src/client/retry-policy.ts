import { ChasterUsageError } from '../errors/usage.js';
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
    limit: checkCount('retry.limit', option.limit ?? base.limit),
    initialDelayMs: checkMs('retry.initialDelayMs', option.initialDelayMs ?? base.initialDelayMs),
    maxDelayMs: checkMs('retry.maxDelayMs', option.maxDelayMs ?? base.maxDelayMs),
    maxWaitMs: checkMs('retry.maxWaitMs', option.maxWaitMs ?? base.maxWaitMs),
    jitter: option.jitter ?? base.jitter,
  });
}

/**
 * Refuses a retry count that is not a whole number from 0 to 100: `NaN` would never stop
 * retrying, and `Infinity` would hammer a server that keeps failing.
 */
function checkCount(name: string, value: number): number {
  if (Number.isInteger(value) && value >= 0 && value <= 100) return value;
  throw new ChasterUsageError(`${name} must be a whole number from 0 to 100`);
}

/** Refuses a duration in milliseconds that is negative or not a finite number. */
function checkMs(name: string, value: number): number {
  if (Number.isFinite(value) && value >= 0) return value;
  throw new ChasterUsageError(`${name} must be a finite number of milliseconds, 0 or more`);
}

/**
 * Checks a per-attempt timeout: `false`, or a positive finite number of milliseconds. A timeout
 * of 0 or `NaN` would fail every call at once.
 */
export function checkTimeout(value: number | false): number | false {
  if (value === false || (Number.isFinite(value) && value > 0)) return value;
  throw new ChasterUsageError('timeout must be false or a positive number of milliseconds');
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
