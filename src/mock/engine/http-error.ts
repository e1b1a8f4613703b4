/**
 * Errors the way Chaster's NestJS server words them: `{ statusCode, message, error }`, where
 * `message` is a list of sentences for validation failures and one sentence otherwise.
 */

/** The body of an error response. */
export interface NestErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
}

/** Reason phrases NestJS puts in `error`, by status. */
const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** The reason phrase for a status, `Error` when none is known. */
export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Error';
}

/** Builds a NestJS-shaped error body. */
export function nestErrorBody(status: number, message: string | string[]): NestErrorBody {
  return { statusCode: status, message, error: reasonPhrase(status) };
}

/**
 * Thrown by handlers to answer with an error. The dispatcher turns it into the response; any
 * other exception becomes a 500.
 */
export class MockHttpError extends Error {
  override name = 'MockHttpError';

  /** The HTTP status to answer with. */
  readonly status: number;

  /** The response body, NestJS-shaped unless a handler needs another shape (a 422 DTO). */
  readonly body: unknown;

  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(`${status} ${JSON.stringify(body)}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** 400 with one sentence or a list of validation messages. */
export function badRequest(message: string | string[]): MockHttpError {
  return new MockHttpError(400, nestErrorBody(400, message));
}

/** 401, as Chaster answers a missing, malformed or unknown token. */
export function unauthorized(): MockHttpError {
  return new MockHttpError(401, nestErrorBody(401, 'Unauthorized'));
}

/** 403 for a caller whose role does not allow the action. */
export function forbidden(message = 'Forbidden resource'): MockHttpError {
  return new MockHttpError(403, nestErrorBody(403, message));
}

/** 404 for an unknown id, e.g. `notFound('Lock not found')`. */
export function notFound(message: string): MockHttpError {
  return new MockHttpError(404, nestErrorBody(404, message));
}
