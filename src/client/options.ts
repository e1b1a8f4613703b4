import type { TokenManagerOptions } from '../auth/index.js';
import type { ChasterLogger, LogLevel } from '../logging.js';
import type { RateLimitInfo } from './rate-limit-headers.js';

/**
 * A bearer token, or a function the client calls before every attempt to get one (from a vault,
 * a cache, another OAuth library). The function's result is not cached by the client, and an error
 * it throws rejects the call unchanged.
 */
export type TokenOption = string | (() => string | Promise<string>);

/** OAuth2 credentials for Chaster's SSO; the client refreshes the access token itself. */
export interface OAuthOptions {
  /** The OAuth2 client id. Falls back to the client's `clientId` option. */
  clientId?: string | undefined;

  /** The OAuth2 client secret. Never logged and never put in an error. */
  clientSecret: string;

  /** The refresh token obtained from the authorization-code exchange. */
  refreshToken: string;

  /**
   * Receives every new token set, including the rotated refresh token: store it, because the old
   * one stops working once Keycloak rotates it.
   */
  onTokens?: TokenManagerOptions['onTokens'] | undefined;

  /**
   * How long before expiry the access token is refreshed, in milliseconds.
   * @default 30_000
   */
  refreshMarginMs?: number | undefined;

  /**
   * The token endpoint. Only tests and private deployments change it.
   * @default 'https://sso.chaster.app/auth/realms/app/protocol/openid-connect/token'
   */
  tokenUrl?: string | undefined;
}

/**
 * How failed requests are retried. Every field is optional; missing ones keep their default.
 *
 * Which failures are retried depends on the request, not on these numbers: GET, HEAD, PUT,
 * DELETE, OPTIONS and the read-only POSTs (see `READ_ONLY_POSTS`) are retried after network
 * errors, timeouts, 408, 429, 500, 502, 503 and 504. Other POSTs and PATCHes are retried only when
 * the server certainly did not apply them: after a 429 or a refused connection.
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt (so `2` means at most three attempts). `0` disables retries.
   * @default 2
   */
  limit?: number | undefined;

  /**
   * The backoff ceiling before the first retry, doubled for each further retry.
   * @default 500
   */
  initialDelayMs?: number | undefined;

  /**
   * The largest backoff ceiling. It only caps the computed backoff, not a wait the server asks for.
   * @default 10_000
   */
  maxDelayMs?: number | undefined;

  /**
   * The longest the client ever waits before a retry or while holding calls for a rate-limit
   * reset. When the server asks for a longer wait (`Retry-After`, `X-RateLimit-Reset`), the
   * request is not retried and its 429 is returned. Lower it for interactive use, raise it for
   * batch jobs that would rather wait than fail.
   * @default 60_000
   */
  maxWaitMs?: number | undefined;

  /**
   * Randomises each backoff between zero and its ceiling ("full jitter"), so that many clients
   * failing together do not retry together. Waits the server asks for are never randomised.
   * @default true
   */
  jitter?: boolean | undefined;
}

/** What {@link ChasterClientOptions.onRateLimit} is told before the client waits. */
export interface RateLimitEvent extends RateLimitInfo {
  /** Why the client would wait: a 429 response, or the remaining quota reaching zero. */
  reason: 'rate-limited' | 'throttled';

  /** How long the client would wait, in milliseconds. */
  waitMs: number;

  /** The attempt that got the 429 (1 for the first), or the attempt about to be held. */
  attempt: number;

  /** The request method, upper case. */
  method: string;

  /** The path template, for example `/locks/{lockId}`. */
  path: string;

  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  retryAfterMs: number | undefined;
}

/** Options of `createChasterClient`. Everything is optional; a token is needed for most calls. */
export interface ChasterClientOptions {
  /**
   * A developer token or an OAuth2 access token, or a function returning one. Cannot be combined
   * with `auth`.
   * @example
   * ```ts
   * createChasterClient({ token: process.env.CHASTER_TOKEN });
   * createChasterClient({ token: async () => vault.read('chaster') });
   * ```
   */
  token?: TokenOption | undefined;

  /**
   * OAuth2 credentials: the client refreshes the access token ahead of expiry and once after a
   * 401, then sends the request again once. A second 401 is returned as it is. Cannot be combined
   * with `token`.
   * @example
   * ```ts
   * createChasterClient({
   *   auth: { clientId, clientSecret, refreshToken, onTokens: (t) => db.save(t.refreshToken) },
   * });
   * ```
   */
  auth?: OAuthOptions | undefined;

  /**
   * The API root, without a trailing path.
   * @default 'https://api.chaster.app'
   */
  baseUrl?: string | undefined;

  /**
   * The `fetch` used for every request, for tests or a custom agent. When not given,
   * `globalThis.fetch` is looked up on every request, so interceptors installed later still work.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch | undefined;

  /**
   * Milliseconds allowed for each attempt, until the response body has been read. `false`
   * disables it: a stalled connection then hangs until the caller aborts.
   * @default 30_000
   * @example
   * ```ts
   * createChasterClient({ token, timeout: 5_000 });
   * ```
   */
  timeout?: number | false | undefined;

  /**
   * The retry policy, or `false` for a single attempt. Overridable per call.
   * @default { limit: 2, initialDelayMs: 500, maxDelayMs: 10_000, maxWaitMs: 60_000, jitter: true }
   * @example
   * ```ts
   * createChasterClient({ token, retry: { limit: 4, maxWaitMs: 5_000 } });
   * ```
   */
  retry?: RetryOptions | false | undefined;

  /**
   * Called before the client waits out a 429 or holds a call until the rate-limit window resets.
   * Return `false` to skip the wait: a 429 is then returned as it is, a held call is sent at
   * once. A bot can use it to log, to shed work, or to decline waits at busy times.
   * @default undefined (always wait, within `retry.maxWaitMs`)
   * @example
   * ```ts
   * createChasterClient({ token, onRateLimit: (event) => event.waitMs < 10_000 });
   * ```
   */
  onRateLimit?: ((event: RateLimitEvent) => boolean | Promise<boolean>) | undefined;

  /**
   * The application's client id. Sent as `X-Chaster-Client-Id` on the operations that require
   * it (extension session exchange), and used as the OAuth2 client id when `auth` has none.
   * @default undefined
   */
  clientId?: string | undefined;

  /**
   * The `User-Agent` header. Browsers may ignore it.
   * @default 'chaster-sdk/<version>'
   */
  userAgent?: string | undefined;

  /**
   * Where log lines go. Lines never carry bodies, tokens or secret headers.
   * @default console
   */
  logger?: ChasterLogger | undefined;

  /**
   * How much is logged: `debug` writes one line per attempt, `warn` one per retry. When not given,
   * the `CHASTER_LOG` environment variable decides, then `'off'`.
   * @default 'off'
   * @example
   * ```ts
   * createChasterClient({ token, logLevel: 'debug', logger: pino() });
   * ```
   */
  logLevel?: LogLevel | undefined;

  /**
   * Extra headers sent with every request. They are set once when the client is created.
   * @default {}
   */
  headers?: Record<string, string> | undefined;
}

/** Options every call accepts besides openapi-fetch's own (`params`, `body`, `headers`...). */
export interface ChasterCallOptions {
  /** Aborts the call, including a retry wait; the call then rejects with `ChasterAbortError`. */
  signal?: AbortSignal | null | undefined;

  /** Overrides the client's per-attempt timeout for this call. */
  timeout?: number | false | undefined;

  /** Overrides the client's retry policy for this call (merged field by field), or disables it. */
  retry?: RetryOptions | false | undefined;

  /**
   * A bearer token for this call only, for bots that act for several accounts. It takes the
   * place of the client's token and is never refreshed.
   */
  token?: string | undefined;
}
