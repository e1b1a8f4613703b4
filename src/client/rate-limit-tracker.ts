import { parseRateLimitReset, readRateLimit, type RateLimitInfo } from './rate-limit-headers.js';

/**
 * Remembers the latest rate-limit headers. Parsing all three on every response would cost every
 * call, so only `X-RateLimit-Remaining` is looked at; the rest is parsed when someone reads
 * {@link RateLimitTracker.snapshot} or when the quota runs out.
 */
export class RateLimitTracker {
  /** When the exhausted window resets (epoch ms), or 0 while quota remains. */
  holdUntil = 0;

  #headers: Headers | undefined;

  #seenAt = 0;

  /** Records the rate-limit headers of a response, when it has any. */
  observe(headers: Headers): void {
    const remaining = headers.get('x-ratelimit-remaining');
    if (remaining === null) return;

    this.#headers = headers;
    this.#seenAt = Date.now();

    if (remaining.trim() !== '0') {
      this.holdUntil = 0;
      return;
    }

    const reset = parseRateLimitReset(headers.get('x-ratelimit-reset'), this.#seenAt);
    this.holdUntil = reset === undefined ? 0 : reset.getTime();
  }

  /** What the latest response said, as a fresh object. Empty before any rate-limit header. */
  snapshot(): RateLimitInfo {
    return this.#headers === undefined ? {} : readRateLimit(this.#headers, this.#seenAt);
  }
}
