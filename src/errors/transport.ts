import { ChasterError, type ChasterErrorOptions } from './base.js';

/** What transport-level errors know about the request that failed. */
export interface ChasterTransportErrorOptions extends ChasterErrorOptions {
  /** The request method, upper case. */
  method?: string;

  /** The path template, for example `/locks/{lockId}`. */
  path?: string;

  /** The timeout in milliseconds that applied to the request. */
  timeout?: number;
}

/**
 * The shared shape of errors raised before any response arrived. Not exported from the package
 * on its own: callers match the three concrete classes.
 */
abstract class ChasterTransportError extends ChasterError {
  /** The request method, when known. */
  readonly method: string | undefined;

  /** The path template, when known. */
  readonly path: string | undefined;

  /** The timeout in milliseconds that applied, when known. */
  readonly timeout: number | undefined;

  constructor(message: string, options: ChasterTransportErrorOptions) {
    super(message, options);

    this.method = options.method;
    this.path = options.path;
    this.timeout = options.timeout;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), method: this.method, path: this.path, timeout: this.timeout };
  }
}

/**
 * The request never got a response: DNS failure, refused or reset connection, TLS error.
 * The error from `fetch` is in `cause`.
 *
 * @example
 * ```ts
 * throw new ChasterConnectionError('Connection failed: GET /locks', {
 *   cause: fetchError, method: 'GET', path: '/locks',
 * });
 * ```
 */
export class ChasterConnectionError extends ChasterTransportError {
  override name = 'ChasterConnectionError';
}

/**
 * The request took longer than its timeout and was aborted by the SDK.
 *
 * @example
 * ```ts
 * throw new ChasterTimeoutError('Timed out after 10000 ms: GET /locks', {
 *   method: 'GET', path: '/locks', timeout: 10_000,
 * });
 * ```
 */
export class ChasterTimeoutError extends ChasterTransportError {
  override name = 'ChasterTimeoutError';
}

/**
 * The caller's `AbortSignal` fired. The signal's reason is in `cause`.
 *
 * @example
 * ```ts
 * throw new ChasterAbortError('Aborted: GET /locks', { cause: signal.reason });
 * ```
 */
export class ChasterAbortError extends ChasterTransportError {
  override name = 'ChasterAbortError';
}
