import { isChasterError, type ChasterError } from './base.js';
import { ChasterAbortError, ChasterConnectionError, ChasterTimeoutError } from './transport.js';

/** What is known about a request whose `fetch`, or whose body read, failed. */
export interface FailedRequest {
  /** The request method, upper case. */
  readonly method: string;

  /** The path template, for example `/locks/{lockId}`. */
  readonly path: string;

  /** The caller's signal. */
  readonly userSignal: AbortSignal | undefined;

  /** Set when the SDK's own timer aborted the attempt. */
  readonly timedOut?: boolean;

  /** The per-attempt timeout in milliseconds, or false for none. */
  readonly timeoutMs?: number | false;
}

/**
 * The system error code undici puts in the `cause` of a failed fetch (ECONNREFUSED, ECONNRESET,
 * UND_ERR_SOCKET...).
 */
export function causeCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return undefined;

  return typeof cause.code === 'string' ? cause.code : undefined;
}

/**
 * Turns whatever a fetch or a body read threw into the SDK's error family. The caller's abort
 * wins over our timeout, which wins over a plain network failure, because an abort makes fetch
 * fail with whatever reason the signal carried.
 */
export function toTransportError(error: unknown, request: FailedRequest): ChasterError {
  if (isChasterError(error)) return error;

  const { method, path, userSignal, timeoutMs } = request;
  const where = `${method} ${path}`;

  if (userSignal?.aborted) {
    return new ChasterAbortError(`Aborted: ${where}`, {
      cause: userSignal.reason ?? error,
      method,
      path,
    });
  }

  if (request.timedOut === true && typeof timeoutMs === 'number') {
    return new ChasterTimeoutError(`Timed out after ${timeoutMs} ms: ${where}`, {
      cause: error,
      method,
      path,
      timeout: timeoutMs,
    });
  }

  const code = causeCode(error);
  const reason = code === undefined ? 'Connection failed' : `Connection failed (${code})`;
  return new ChasterConnectionError(`${reason}: ${where}`, { cause: error, method, path });
}
