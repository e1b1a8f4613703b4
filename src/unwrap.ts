import { callOfResponse } from './client/response-calls.js';
import { createApiError } from './errors/index.js';

/** The data type of an openapi-fetch result: the success member's `data`. */
export type DataOf<Result> = Result extends { data: infer Data } ? Data : never;

/**
 * Turns a call's `{ data, error, response }` into its data, or throws the typed API error for a
 * failed response (`ChasterNotFoundError` for a 404, `ChasterRateLimitError` for a 429...), with
 * the server's message, the request id and the path template.
 *
 * @param result - What a client method resolved to.
 * @returns The parsed body of the successful response (`undefined` for a 204).
 * @throws {ChasterApiError} a subclass matching the status, when the response is not a 2xx.
 * @example
 * ```ts
 * const lock = unwrap(await chaster.GET('/locks/{lockId}', { params: { path: { lockId } } }));
 * ```
 */
export function unwrap<Result extends { data?: unknown; error?: unknown; response: Response }>(
  result: Result,
): DataOf<Result> {
  const response = result.response;
  if (response.ok) return result.data as DataOf<Result>;

  const call = callOfResponse(response);
  throw createApiError({
    status: response.status,
    body: result.error,
    headers: response.headers,
    method: call?.method ?? 'UNKNOWN',
    path: call?.path ?? new URL(response.url || 'http://unknown/').pathname,
    statusText: response.statusText,
  });
}
