import { toTransportError } from '../errors/fetch-failure.js';
import { armTimeout, controllerForAttempt, type CallState } from './call-state.js';
import { logAttempt } from './log-lines.js';
import { checkToken } from './token-check.js';
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

  // The timer runs from here, so a token lookup that hangs times out like a stalled request.
  let attemptSignal: AbortSignal | undefined;
  if (!first) attemptSignal = controllerForAttempt(call)?.signal;
  else if (call.controller !== undefined) armTimeout(call, call.controller);

  const lookUp = context.tokens.get;
  let token = call.token;
  if (token === undefined && lookUp !== undefined) {
    const signal = attemptSignal ?? call.controller?.signal ?? call.userSignal;
    const found = await untilAborted(Promise.resolve(lookUp()), signal, call);
    token = checkToken(found, 'The token function\'s result');
  }
  if (token !== undefined) {
    request.headers.set('authorization', `Bearer ${token}`);
    // Remembered so that a 401 refreshes only when no newer token exists.
    call.sentToken = token;
  }

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

/**
 * Waits for a token lookup, or rejects with the SDK's timeout or abort error when the attempt's
 * signal fires first. The listener is removed either way.
 */
function untilAborted<T>(
  pending: Promise<T>,
  signal: AbortSignal | undefined,
  call: CallState,
): Promise<T> {
  if (signal === undefined) return pending;
  if (signal.aborted) return Promise.reject(toTransportError(signal.reason, call));

  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(toTransportError(signal.reason, call));
    signal.addEventListener('abort', onAbort, { once: true });

    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
