import { ChasterUsageError } from '../errors/index.js';
import { createTraceparent } from '../trace.js';
import { sendAttempt } from './attempt.js';
import type { CallState } from './call-state.js';
import { callOf } from './call-carrier.js';
import { continueWithRetries, type FirstOutcome } from './ky-retries.js';
import { isRetryableError, isRetryableStatus } from './retry-policy.js';
import type { TransportContext } from './transport-context.js';

/** Gives a body-less request as it is, and a fresh copy of one with a body. */
function copyOf(request: Request): Request {
  return request.body === null ? request : request.clone();
}

/** Sets the headers every attempt of the call shares. */
function prepareHeaders(request: Request, call: CallState, context: TransportContext): void {
  const headers = request.headers;

  if (!headers.has('traceparent')) headers.set('traceparent', createTraceparent());

  if (call.clientIdHeader && context.clientId !== undefined) {
    if (!headers.has('x-chaster-client-id')) headers.set('x-chaster-client-id', context.clientId);
  }
}

/**
 * Sends the request once more with a refreshed token after a 401, when the client holds OAuth2
 * credentials and the call did not bring its own token. Any second 401 is the final answer.
 */
async function replayAfterUnauthorized(
  response: Response,
  spare: Request,
  call: CallState,
  context: TransportContext,
): Promise<FirstOutcome> {
  const refresh = context.tokens.refreshAfterUnauthorized;
  if (refresh === undefined || call.token !== undefined || call.sentToken === undefined) {
    return { response, error: undefined };
  }

  void response.body?.cancel().catch(() => undefined);
  call.disarmTimeout();
  await refresh(call.sentToken);

  try {
    return { response: await sendAttempt(copyOf(spare), call, context, false), error: undefined };
  } catch (error) {
    return { response: undefined, error };
  }
}

/**
 * The `fetch` given to openapi-fetch. The first attempt goes straight to the underlying fetch;
 * only an attempt that failed in a retryable way hands over to ky for the remaining attempts,
 * so a successful call pays for no retry machinery. The final response, even a failed one, goes
 * back to openapi-fetch, which turns it into `{ data, error, response }`.
 */
export function createTransport(
  context: TransportContext,
): (request: Request) => Promise<Response> {
  return async function transport(request: Request): Promise<Response> {
    const call = callOf(request);
    if (call === undefined) throw new ChasterUsageError('Requests must go through the client');

    prepareHeaders(request, call, context);
    const response = await sendWithRetries(request, call, context);

    call.delivered = true;
    return response;
  };
}

/** The attempts of one call: the first, a replay after a 401, then the retries. */
async function sendWithRetries(
  request: Request,
  call: CallState,
  context: TransportContext,
): Promise<Response> {
  const replayable = call.policy.limit > 0 || context.tokens.refreshAfterUnauthorized !== undefined;
  const spare = replayable && request.body !== null ? request.clone() : request;

  let outcome: FirstOutcome;
  try {
    const response = await sendAttempt(request, call, context, !call.resumed);
    if (response.status < 400) return response;

    outcome = response.status === 401
      ? await replayAfterUnauthorized(response, spare, call, context)
      : { response, error: undefined };
  } catch (error) {
    outcome = { response: undefined, error };
  }

  const retryable = outcome.response === undefined
    ? isRetryableError(outcome.error, call.retrySafe)
    : isRetryableStatus(outcome.response.status, call.retrySafe);

  if (retryable && call.retries < call.policy.limit) {
    return continueWithRetries(outcome, copyOf(spare), call, context);
  }

  if (outcome.response === undefined) throw outcome.error;
  return outcome.response;
}
