/**
 * Reading Chaster's rate-limit headers.
 *
 * Chaster documents `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` but not
 * the unit of the reset value, nor whether `Retry-After` is ever sent. Everything here therefore
 * reads defensively: a value that cannot be understood becomes `undefined`, never a guess.
 *
 * @module
 */

/** What the rate-limit headers of one response say about the limit closest to being hit. */
export interface RateLimitInfo {
  /** Requests allowed in the current window (`X-RateLimit-Limit`). */
  limit?: number;

  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  remaining?: number;

  /** When the current window ends (`X-RateLimit-Reset`, unit detected by magnitude). */
  reset?: Date;
}

/**
 * A reset value above this is read as milliseconds since the epoch.
 * 1e12 ms is September 2001, so no plausible current timestamp in seconds comes near it.
 */
export const EPOCH_MILLISECONDS_THRESHOLD = 1e12;

/**
 * A reset value above this (and not above {@link EPOCH_MILLISECONDS_THRESHOLD}) is read as
 * seconds since the epoch. 1e9 s is September 2001; a delta that large would be 31 years.
 * Anything at or below it is a number of seconds from now.
 */
export const EPOCH_SECONDS_THRESHOLD = 1e9;

const DECIMAL_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * Parses a header holding a non-negative decimal number.
 *
 * `Number('')` is 0 and `Number('0x10')` is 16, so the text is matched against a plain decimal
 * pattern before it is converted.
 */
function parseNonNegativeNumber(value: string | null): number | undefined {
  if (value === null) return undefined;

  const trimmed = value.trim();
  if (!DECIMAL_NUMBER.test(trimmed)) return undefined;

  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * The start of an HTTP date (`Sun, 06 Nov 1994`, `Sunday, 06-Nov-94`, `Sun Nov  6`) or an ISO
 * date. `Date.parse` alone is too lenient: it reads `-1` as a year.
 */
const DATE_LIKE = /^(?:\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9},? )/;

/** Parses an HTTP date or an ISO date into epoch milliseconds. */
function parseDate(value: string): number | undefined {
  if (!DATE_LIKE.test(value)) return undefined;

  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * Reads a `Retry-After` header as a wait in milliseconds.
 *
 * RFC 9110 §10.2.3 allows either a number of seconds or an HTTP date. A date in the past gives 0.
 * Fractional seconds are accepted although the RFC only allows whole ones.
 *
 * @param value - The raw header value, or `null` when absent.
 * @param now - The current time in epoch milliseconds; injectable for tests.
 * @returns The wait in milliseconds, or `undefined` when absent or unreadable.
 * @example
 * ```ts
 * parseRetryAfter('2'); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:00Z')); // 60000
 * ```
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;

  const seconds = parseNonNegativeNumber(value);
  if (seconds !== undefined) return Math.round(seconds * 1000);

  const date = parseDate(value.trim());
  if (date === undefined) return undefined;

  return Math.max(0, date - now);
}

/**
 * Reads an `X-RateLimit-Reset` header as the moment the window ends.
 *
 * Chaster calls it a "timestamp" without a unit, and other APIs send a delta, so the unit is
 * chosen by magnitude rather than multiplied blindly:
 * - above {@link EPOCH_MILLISECONDS_THRESHOLD} (1e12): milliseconds since the epoch;
 * - above {@link EPOCH_SECONDS_THRESHOLD} (1e9): seconds since the epoch;
 * - otherwise: seconds from `now`.
 * A non-numeric value is tried as a date as a last resort.
 *
 * @param value - The raw header value, or `null` when absent.
 * @param now - The current time in epoch milliseconds; injectable for tests.
 * @returns The reset moment, or `undefined` when absent or unreadable.
 * @example
 * ```ts
 * parseRateLimitReset('1700000000');    // 2023-11-14T22:13:20.000Z
 * parseRateLimitReset('1700000000000'); // the same moment
 * parseRateLimitReset('30', 0);         // 1970-01-01T00:00:30.000Z
 * ```
 */
export function parseRateLimitReset(
  value: string | null,
  now: number = Date.now(),
): Date | undefined {
  if (value === null) return undefined;

  const numeric = parseNonNegativeNumber(value);
  if (numeric === undefined) {
    const date = parseDate(value.trim());
    return date === undefined ? undefined : new Date(date);
  }

  if (numeric > EPOCH_MILLISECONDS_THRESHOLD) return new Date(Math.round(numeric));
  if (numeric > EPOCH_SECONDS_THRESHOLD) return new Date(Math.round(numeric * 1000));
  return new Date(now + Math.round(numeric * 1000));
}

/**
 * Reads the three `X-RateLimit-*` headers of a response.
 *
 * Only the fields that are present and readable are set, so `'limit' in info` tells whether the
 * server sent the header.
 *
 * @param headers - The response headers.
 * @param now - The current time in epoch milliseconds, used when the reset is a delta.
 * @returns What the headers say; an empty object when none were sent.
 * @example
 * ```ts
 * const info = readRateLimit(response.headers);
 * if (info.remaining === 0 && info.reset) console.log('window ends at', info.reset);
 * ```
 */
export function readRateLimit(headers: Headers, now: number = Date.now()): RateLimitInfo {
  const info: RateLimitInfo = {};

  const limit = parseNonNegativeNumber(headers.get('x-ratelimit-limit'));
  if (limit !== undefined) info.limit = limit;

  const remaining = parseNonNegativeNumber(headers.get('x-ratelimit-remaining'));
  if (remaining !== undefined) info.remaining = remaining;

  const reset = parseRateLimitReset(headers.get('x-ratelimit-reset'), now);
  if (reset !== undefined) info.reset = reset;

  return info;
}
