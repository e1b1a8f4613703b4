import type { Log } from '../logging.js';
import type { RateLimitEvent } from './options.js';
import type { RateLimitTracker } from './rate-limit-tracker.js';
import type { TokenSource } from './token-source.js';

/** What the transport shares across the calls of one client. */
export interface TransportContext {
  /** The caller's fetch; undefined means `globalThis.fetch`, looked up on every attempt. */
  readonly fetch: typeof globalThis.fetch | undefined;

  /** Where bearer tokens come from when they are not static headers. */
  readonly tokens: TokenSource;

  /** The latest rate-limit headers and the hold they imply. */
  readonly rateLimit: RateLimitTracker;

  /** The client's log (silent unless enabled). */
  readonly log: Log;

  /** The caller's rate-limit callback. */
  readonly onRateLimit: ((event: RateLimitEvent) => boolean | Promise<boolean>) | undefined;

  /** The value of `X-Chaster-Client-Id`, for the operations that need it. */
  readonly clientId: string | undefined;

  /** `METHOD /template` of the operations needing the client id; undefined without one. */
  readonly clientIdOperations: ReadonlySet<string> | undefined;
}
