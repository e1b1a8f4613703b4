import { parseRetryAfter, readRateLimit } from '../client/rate-limit-headers.js';
import {
  ChasterApiError,
  ChasterAuthenticationError,
  ChasterBadRequestError,
  ChasterConflictError,
  ChasterNotFoundError,
  ChasterPermissionError,
  ChasterRateLimitError,
  ChasterServerError,
  ChasterUnprocessableError,
  type ChasterApiErrorOptions,
} from './api.js';

/** What {@link createApiError} needs from a failed response. */
export interface CreateApiErrorInput {
  /** The HTTP status. */
  status: number;

  /** The parsed body; a JSON string is parsed, anything else is kept as it is. */
  body: unknown;

  /** The response headers (request id, rate limits, `Retry-After`). */
  headers: Headers;

  /** The request method. */
  method: string;

  /** The path template, for example `/locks/{lockId}`. */
  path: string;

  /** The response's status text, used when the body has no message. */
  statusText?: string;

  /** The current time in epoch milliseconds, for rate-limit resets; injectable for tests. */
  now?: number;
}

/** Reason phrases used when neither the body nor the response gives a message. */
const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;

  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** Reads NestJS's `message`, which is a string or (for validation errors) a list of strings. */
function readServerMessage(body: unknown): string | string[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;

  const message: unknown = (body as { message?: unknown }).message;
  if (typeof message === 'string' && message !== '') return message;
  if (!Array.isArray(message)) return undefined;

  const lines = message.filter((line): line is string => typeof line === 'string');
  return lines.length > 0 ? lines : undefined;
}

function describeStatus(
  status: number,
  serverMessage: string | string[] | undefined,
  statusText: string | undefined,
): string {
  if (typeof serverMessage === 'string') return serverMessage;
  if (serverMessage !== undefined) return serverMessage.join('; ');
  if (statusText !== undefined && statusText !== '') return statusText;
  return STATUS_TEXT[status] ?? 'HTTP error';
}

type ApiErrorClass = new (message: string, options: ChasterApiErrorOptions) => ChasterApiError;

/** The classes of the statuses that have their own; 429 is built apart, with its wait. */
const CLASS_BY_STATUS: Readonly<Record<number, ApiErrorClass>> = {
  400: ChasterBadRequestError,
  401: ChasterAuthenticationError,
  403: ChasterPermissionError,
  404: ChasterNotFoundError,
  409: ChasterConflictError,
  422: ChasterUnprocessableError,
};

function pickClass(status: number): ApiErrorClass {
  if (status >= 500 && status <= 599) return ChasterServerError;

  return CLASS_BY_STATUS[status] ?? ChasterApiError;
}

/**
 * Builds the error for a failed response, choosing the subclass by status: 400, 401, 403, 404,
 * 409, 422 and 429 have their own, any 500–599 is a {@link ChasterServerError}, and other
 * statuses get the plain {@link ChasterApiError}.
 *
 * @param input - The status, body, headers, method and path template of the failed call.
 * @returns The error, with Chaster's message, the request id and a redacted body.
 * @example
 * ```ts
 * const error = createApiError({
 *   status: 404, body: { statusCode: 404, message: 'Lock not found', error: 'Not Found' },
 *   headers: response.headers, method: 'GET', path: '/locks/{lockId}',
 * });
 * error.message; // '404 Lock not found: GET /locks/{lockId}'
 * ```
 */
export function createApiError(input: CreateApiErrorInput): ChasterApiError {
  const body = parseBody(input.body);
  const serverMessage = readServerMessage(body);
  const method = input.method.toUpperCase();
  const description = describeStatus(input.status, serverMessage, input.statusText);
  const message = `${input.status} ${description}: ${method} ${input.path}`;

  const options: ChasterApiErrorOptions = {
    status: input.status,
    serverMessage,
    requestId: input.headers.get('x-chaster-transaction-id') ?? undefined,
    method,
    path: input.path,
    body,
  };

  if (input.status !== 429) return new (pickClass(input.status))(message, options);

  const now = input.now ?? Date.now();
  const rateLimit = readRateLimit(input.headers, now);
  const untilReset =
    rateLimit.reset === undefined ? undefined : Math.max(0, rateLimit.reset.getTime() - now);
  const retryAfterMs = parseRetryAfter(input.headers.get('retry-after'), now) ?? untilReset;

  return new ChasterRateLimitError(message, { ...options, retryAfterMs, rateLimit });
}
