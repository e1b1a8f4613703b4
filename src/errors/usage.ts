import { ChasterError, type ChasterErrorOptions } from './base.js';

/**
 * A call the SDK refused before sending anything: a missing option, an invalid argument, an OAuth
 * `state` that does not match. Retrying the same call cannot succeed.
 *
 * @example
 * ```ts
 * throw new ChasterUsageError('lockId must not be empty');
 * ```
 */
export class ChasterUsageError extends ChasterError {
  override name = 'ChasterUsageError';

  constructor(message: string, options: ChasterErrorOptions = {}) {
    super(message, options);
  }
}

/** Where a {@link ChasterResponseError} came from. */
export interface ChasterResponseErrorOptions extends ChasterErrorOptions {
  /** The HTTP status of the response (a 2xx). */
  status: number;

  /** The request method, upper case. */
  method: string;

  /** The path template, for example `/locks/{lockId}`. */
  path: string;

  /** The `x-chaster-transaction-id` header, when the server sent one. */
  requestId?: string | undefined;
}

/**
 * A successful (2xx) response whose body could not be read: invalid JSON, or a shape the SDK
 * cannot use. The parser's error is in `cause`.
 *
 * @example
 * ```ts
 * throw new ChasterResponseError('Invalid JSON in response', {
 *   cause: syntaxError, status: 200, method: 'GET', path: '/locks', requestId,
 * });
 * ```
 */
export class ChasterResponseError extends ChasterError {
  override name = 'ChasterResponseError';

  /** The HTTP status of the response. */
  readonly status: number;

  /** The request method, upper case. */
  readonly method: string;

  /** The path template of the request. */
  readonly path: string;

  /** The `x-chaster-transaction-id` header, when present. */
  readonly requestId: string | undefined;

  constructor(message: string, options: ChasterResponseErrorOptions) {
    super(message, options);

    this.status = options.status;
    this.method = options.method;
    this.path = options.path;
    this.requestId = options.requestId;
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      method: this.method,
      path: this.path,
      requestId: this.requestId,
    };
  }
}
