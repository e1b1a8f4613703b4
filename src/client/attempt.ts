import { toTransportError } from '../errors/fetch-failure.js';
import { armTimeout, controllerForAttempt, type CallState } from './call-state.js';
import { logAttempt } from './log-lines.js';
import { holdForReset } from './throttle.js';
import type { TransportContext } from './transport-context.js';

/**
 * Sends one attempt: waits out an exhausted rate-limit window, sets the token, arms the timeout,
 * fetches, and records the rate-limit headers. Failures come out as the SDK's errors.
 *
 * The first attempt's Request already follows the call's controller, so it is fetched as it is;
 * a later attempt gets its own controller, passed in the init (fetch then copies the Request,
 * which only the slow path pays for).
 */
export async function sendAttempt(
  request: Request,
  call: CallState,
  context: TransportContext,
  first: boolean,
): Promise<Response> {
  if (context.rateLimit.holdUntil !== 0) await holdForReset(call, context);

  const lookUp = context.tokens.get;
  const token = call.token ?? (lookUp === undefined ? undefined : await lookUp());
  if (token !== undefined) {
    request.headers.set('authorization', `Bearer ${token}`);
    // Remembered so that a 401 refreshes only when no newer token exists.
    call.sentToken = token;
  }

  let attemptSignal: AbortSignal | undefined;
  if (!first) attemptSignal = controllerForAttempt(call)?.signal;
  else if (call.controller !== undefined) armTimeout(call, call.controller);

  call.attempts += 1;
  const debug = context.log.enabled('debug');
  const startedAt = debug ? performance.now() : 0;
  const fetchImpl = context.fetch ?? globalThis.fetch;

  let response: Response;
  try {
    response = attemptSignal === undefined
      ? await fetchImpl(request)
      : await fetchImpl(request, { signal: attemptSignal });
  } catch (error) {
    const failure = toTransportError(error, call);
    if (debug) logAttempt(context, call, startedAt, undefined, failure);
    throw failure;
  }

  context.rateLimit.observe(response.headers);
  call.lastResponse = response;
  if (debug) logAttempt(context, call, startedAt, response, undefined);

  return response;
}
