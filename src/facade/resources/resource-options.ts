import type { SignalOptions } from '../options.js';

/**
 * Options of the methods that return a paginator.
 *
 * @example
 * ```ts
 * const options: PageOptions = { limit: 50 };
 * for await (const message of conversation.messages(options)) console.log(message.message);
 * ```
 */
export interface PageOptions extends SignalOptions {
  /**
   * How many items to ask for per request (the page size; `collect({ limit })` caps the total
   * instead). Larger pages mean fewer requests against the rate limit of 100 requests a minute,
   * at the cost of a slower first page.
   * @default the server's default (15 for most lists)
   */
  limit?: number;
}
