import { isChasterError } from '../errors/base.js';
import { toTransportError } from '../errors/fetch-failure.js';
import { ChasterConnectionError, ChasterTimeoutError } from '../errors/transport.js';
import { ChasterResponseError } from '../errors/usage.js';
import type { CallState } from './call-state.js';
import { pauseCall } from './pause.js';
import { commitRetry } from './retry-decision.js';
import { backoffDelay } from './retry-policy.js';
import type { TransportContext } from './transport-context.js';

/**
 * Maps what a call threw into the SDK's family. Before the transport delivered a response, the
 * error is already mapped (or is the caller's own, from a token function). After, it came from
 * openapi-fetch reading the body: `JSON.parse` failing on a 2xx, or the body being cut off.
 */
export function toCallError(error: unknown, call: CallState): unknown {
  if (isChasterError(error) || !call.delivered) return error;

  const response = call.lastResponse;
  if (error instanceof SyntaxError && response !== undefined) {
    return new ChasterResponseError(`Invalid JSON in response: ${call.method} ${call.path}`, {
      cause: error,
      status: response.status,
      method: call.method,
      path: call.path,
      requestId: response.headers.get('x-chaster-transaction-id') ?? undefined,
    });
  }

  return toTransportError(error, call);
}

/**
 * After a body failed to arrive, waits before the call is sent again and returns true; returns
 * false when the call must not be repeated (not retry-safe, or no retries left).
 */
export async function prepareBodyRetry(
  failure: unknown,
  call: CallState,
  context: TransportContext,
): Promise<boolean> {
  const arrivedBroken = failure instanceof ChasterConnectionError
    || failure instanceof ChasterTimeoutError;
  if (!arrivedBroken || !call.delivered || !call.retrySafe) return false;
  if (call.retries >= call.policy.limit) return false;

  const backoffMs = backoffDelay(call.retries + 1, call.policy);
  const reason = `${failure.name} while reading the body`;
  await pauseCall(commitRetry(backoffMs, reason, call, context), call);

  call.delivered = false;
  call.resumed = true;
  return true;
}
