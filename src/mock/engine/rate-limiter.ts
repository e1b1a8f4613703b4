/**
 * Chaster's general rate limit: 100 requests a minute per user (per address for anonymous
 * calls), counted here in fixed windows of virtual time.
 */

/** Where a caller stands after one request. */
export interface RateLimitState {
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in the window after this one (never negative). */
  remaining: number;
  /** When the window ends, epoch ms. */
  resetAt: number;
  /** Whether this request went over the limit. */
  limited: boolean;
}

/** Counts requests per caller. */
export interface RateLimiter {
  /** Counts one request from `key` at virtual time `now`. */
  hit(key: string, now: number): RateLimitState;
}

/** Settings of {@link createRateLimiter}. */
export interface RateLimiterSettings {
  /** Requests per window. @default 100 */
  limit?: number;
  /** Window length in ms. @default 60000 */
  windowMs?: number;
}

/** A limiter with no caller counted yet. */
export function createRateLimiter(settings: RateLimiterSettings = {}): RateLimiter {
  const { limit = 100, windowMs = 60_000 } = settings;
  const windows = new Map<string, { startedAt: number; count: number }>();

  return {
    hit(key, now) {
      let window = windows.get(key);

      if (window === undefined || now >= window.startedAt + windowMs || now < window.startedAt) {
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;

      return {
        limit,
        remaining: Math.max(0, limit - window.count),
        resetAt: window.startedAt + windowMs,
        limited: window.count > limit,
      };
    },
  };
}

/**
 * The headers Chaster sends: limit, remaining, and the reset as epoch SECONDS (the unit one
 * client reads live; Chaster does not document it).
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(state.limit),
    'x-ratelimit-remaining': String(state.remaining),
    'x-ratelimit-reset': String(Math.ceil(state.resetAt / 1000)),
  };
}
