import type { CallState } from './call-state.js';
import { logAttempt } from './log-lines.js';
import { holdForReset } from './throttle.js';
import { toTransportError } from './transport-errors.js';
import type { TransportContext } from './transport-context.js';

/** Puts the bearer token on the request and remembers it, for a refresh after a 401. */
function authorize(request: Request, call: CallState, token: string): void {
  request.headers.set('authorization', `Bearer ${token}`);
  call.sentToken = token;
}

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

  if (call.token !== undefined) authorize(request, call, call.token);
  else if (context.tokens.dynamic) authorize(request, call, await context.tokens.get());

  let attemptController: AbortController | undefined;
  if (first) {
    if (call.controller !== undefined) call.armTimeout(call.controller);
  } else {
    attemptController = call.controllerForAttempt(request.signal);
  }

  call.attempts += 1;
  const debug = context.log.enabled('debug');
  const startedAt = debug ? performance.now() : 0;
  const fetchImpl = context.fetch ?? globalThis.fetch;

  let response: Response;
  try {
    response = attemptController === undefined
      ? await fetchImpl(request)
      : await fetchImpl(request, { signal: attemptController.signal });
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
