import {
  ChasterAbortError,
  ChasterConnectionError,
  ChasterTimeoutError,
  isChasterError,
  type ChasterError,
} from '../errors/index.js';
import type { CallState } from './call-state.js';

/** The system error code undici puts in `cause` (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET...). */
function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return undefined;

  return typeof cause.code === 'string' ? cause.code : undefined;
}

/**
 * Turns whatever an attempt or a body read threw into the SDK's error family. The caller's abort
 * wins over our timeout, which wins over a plain network failure, because an abort makes fetch
 * fail with whatever reason the signal carried.
 */
export function toTransportError(error: unknown, call: CallState): ChasterError {
  if (isChasterError(error)) return error;

  const { method, path } = call;
  const where = `${method} ${path}`;

  if (call.userSignal?.aborted) {
    return new ChasterAbortError(`Aborted: ${where}`, {
      cause: call.userSignal.reason ?? error,
      method,
      path,
    });
  }

  if (call.timedOut && call.timeoutMs !== false) {
    return new ChasterTimeoutError(`Timed out after ${call.timeoutMs} ms: ${where}`, {
      cause: error,
      method,
      path,
      timeout: call.timeoutMs,
    });
  }

  const code = errorCode(error);
  const reason = code === undefined ? 'Connection failed' : `Connection failed (${code})`;
  return new ChasterConnectionError(`${reason}: ${where}`, { cause: error, method, path });
}
