import type { CallState } from './call-state.js';
import type { TransportContext } from './transport-context.js';

let localIds = 0;

/** The server's `x-chaster-transaction-id`, else a short id of the call made up locally. */
function requestIdOf(call: CallState, response: Response | undefined): string {
  const serverId = response?.headers.get('x-chaster-transaction-id');
  if (serverId) return serverId;

  if (call.localId === undefined) {
    localIds = (localIds + 1) % 0x1000000;
    call.localId = `local-${localIds.toString(36)}`;
  }
  return call.localId;
}

/**
 * Writes the debug line of one attempt. Callers check `log.enabled('debug')` first, so a silent
 * client pays nothing here. No body and no header other than the request id is logged.
 */
export function logAttempt(
  context: TransportContext,
  call: CallState,
  startedAt: number,
  response: Response | undefined,
  failure: Error | undefined,
): void {
  const durationMs = Math.round(performance.now() - startedAt);
  const status = response?.status;

  context.log.debug(`${call.method} ${call.path} ${status ?? failure?.name} in ${durationMs} ms`, {
    method: call.method,
    path: call.path,
    attempt: call.attempts,
    status,
    durationMs,
    requestId: requestIdOf(call, response),
  });
}

/** Writes the warning that announces a retry, with its wait and reason. */
export function logRetry(
  context: TransportContext,
  call: CallState,
  waitMs: number,
  reason: string,
): void {
  if (!context.log.enabled('warn')) return;

  context.log.warn(`Retrying ${call.method} ${call.path} in ${waitMs} ms after ${reason}`, {
    method: call.method,
    path: call.path,
    retry: call.retries,
    waitMs,
    reason,
  });
}
