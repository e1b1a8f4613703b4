import type { RateLimitInfo } from '../client/rate-limit-headers.js';
import { ChasterError, type ChasterErrorOptions } from './base.js';
import { redact, redactValue } from './redact.js';

/** What an API error knows about the failed request and Chaster's answer. */
export interface ChasterApiErrorOptions extends ChasterErrorOptions {
  /** The HTTP status, 400 to 599. */
  status: number;

  /** Chaster's `message`: a string, or a list of validation messages. */
  serverMessage?: string | string[] | undefined;

  /** The `x-chaster-transaction-id` header, when the server sent one. */
  requestId?: string | undefined;

  /** The request method; stored upper case. */
  method: string;

  /** The path template, for example `/locks/{lockId}`, never the filled-in path. */
  path: string;

  /** The parsed error body; stored redacted. */
  body?: unknown;
}

type ServerMessage = string | string[] | undefined;

function redactServerMessage(message: ServerMessage): ServerMessage {
  if (message === undefined) return undefined;
  return typeof message === 'string' ? redact(message) : message.map(redact);
}

/**
 * Chaster answered with an error status (4xx or 5xx). Each common status has its own subclass;
 * {@link createApiError} picks it.
 *
 * The message reads `<status> <Chaster's message>: <METHOD> <path template>`, for example
 * `404 Lock not found: GET /locks/{lockId}`.
 *
 * @example
 * ```ts
 * if (error instanceof ChasterApiError && error.status === 404) return undefined;
 * ```
 */
export class ChasterApiError extends ChasterError {
  override name = 'ChasterApiError';

  /** The HTTP status. */
  readonly status: number;

  /** Chaster's `message` (NestJS shape): a string or a list of strings, redacted. */
  readonly serverMessage: string | string[] | undefined;

  /** The `x-chaster-transaction-id` header: quote it when asking Chaster about a failure. */
  readonly requestId: string | undefined;

  /** The request method, upper case. */
  readonly method: string;

  /** The path template of the request, for example `/locks/{lockId}`. */
  readonly path: string;

  /** The parsed error body, redacted. */
  readonly body: unknown;

  constructor(message: string, options: ChasterApiErrorOptions) {
    super(message, options);

    this.status = options.status;
    this.serverMessage = redactServerMessage(options.serverMessage);
    this.requestId = options.requestId;
    this.method = options.method.toUpperCase();
    this.path = options.path;
    this.body = redactValue(options.body);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      serverMessage: this.serverMessage,
      requestId: this.requestId,
      method: this.method,
      path: this.path,
      body: this.body,
    };
  }
}

/** 400: the request was malformed or failed validation; `serverMessage` is often a list. */
export class ChasterBadRequestError extends ChasterApiError {
  override name = 'ChasterBadRequestError';
}

/** 401: the token is missing, expired or revoked. */
export class ChasterAuthenticationError extends ChasterApiError {
  override name = 'ChasterAuthenticationError';
}

/** 403: the token is valid but may not do this (a missing scope, not the lock's keyholder). */
export class ChasterPermissionError extends ChasterApiError {
  override name = 'ChasterPermissionError';
}

/** 404: the resource does not exist or is not visible to this user. */
export class ChasterNotFoundError extends ChasterApiError {
  override name = 'ChasterNotFoundError';
}

/** 409: the request conflicts with the resource's current state. */
export class ChasterConflictError extends ChasterApiError {
  override name = 'ChasterConflictError';
}

const NEST_ERROR_FIELDS = new Set(['statusCode', 'message', 'error']);

/**
 * 422: Chaster understood the request but refuses it in the current state, for example a
 * regular action with none left. Such bodies carry extra fields (`nextActionDate`,
 * `nbActionsRemaining`); {@link ChasterUnprocessableError.details} holds them.
 */
export class ChasterUnprocessableError extends ChasterApiError {
  override name = 'ChasterUnprocessableError';

  /** The body's fields other than NestJS's `statusCode`, `message` and `error`, redacted. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(message: string, options: ChasterApiErrorOptions) {
    super(message, options);

    const details: Record<string, unknown> = {};
    if (typeof this.body === 'object' && this.body !== null && !Array.isArray(this.body)) {
      for (const [key, value] of Object.entries(this.body)) {
        if (!NEST_ERROR_FIELDS.has(key)) details[key] = value;
      }
    }
    this.details = details;
  }
}

/** Extra facts a 429 carries. */
export interface ChasterRateLimitErrorOptions extends ChasterApiErrorOptions {
  /** How long the server asked to wait, in milliseconds. */
  retryAfterMs?: number | undefined;

  /** The `X-RateLimit-*` headers of the response. */
  rateLimit?: RateLimitInfo;
}

/**
 * 429: a rate limit was hit (100 requests a minute overall, tighter ones for some actions).
 *
 * @example
 * ```ts
 * if (error instanceof ChasterRateLimitError) await sleep(error.retryAfterMs ?? 60_000);
 * ```
 */
export class ChasterRateLimitError extends ChasterApiError {
  override name = 'ChasterRateLimitError';

  /**
   * Milliseconds to wait: from `Retry-After`, else until `X-RateLimit-Reset`; `undefined` when
   * the server said neither. Not capped: cap it before sleeping.
   */
  readonly retryAfterMs: number | undefined;

  /** What the `X-RateLimit-*` headers said. */
  readonly rateLimit: RateLimitInfo;

  constructor(message: string, options: ChasterRateLimitErrorOptions) {
    super(message, options);

    this.retryAfterMs = options.retryAfterMs;
    this.rateLimit = options.rateLimit ?? {};
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs, rateLimit: this.rateLimit };
  }
}

/** 5xx: Chaster failed. Idempotent requests are worth retrying. */
export class ChasterServerError extends ChasterApiError {
  override name = 'ChasterServerError';
}
