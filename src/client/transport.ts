import { ChasterUsageError } from '../errors/usage.js';
import { createTraceparent } from '../trace.js';
import { sendAttempt } from './attempt.js';
import { disarmTimeout, type CallState } from './call-state.js';
import { callOf } from './call-carrier.js';
import { retryWithKy } from './ky-retries.js';
import type { AttemptOutcome } from './retry-decision.js';
import { isRetryableStatus } from './retry-policy.js';
import type { TransportContext } from './transport-context.js';

/** Gives a body-less request as it is, and a fresh copy of one with a body. */
function copyOf(request: Request): Request {
  return request.body === null ? request : request.clone();
}

/** Sets the headers every attempt of the call shares. */
function prepareHeaders(request: Request, call: CallState, context: TransportContext): void {
  const headers = request.headers;

  if (!headers.has('traceparent')) headers.set('traceparent', createTraceparent());

  const clientId = context.clientId;
  if (clientId === undefined || headers.has('x-chaster-client-id')) return;
  if (context.clientIdOperations?.has(`${call.method} ${call.path}`) === true) {
    headers.set('x-chaster-client-id', clientId);
  }
}

/** Sends an attempt and keeps how it ended, a response or an error, for the retry decision. */
async function attemptOutcome(
  request: Request,
  call: CallState,
  context: TransportContext,
): Promise<AttemptOutcome> {
  try {
    return { response: await sendAttempt(request, call, context, false) };
  } catch (error) {
    return { error };
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
): Promise<AttemptOutcome> {
  const refresh = context.tokens.refreshAfterUnauthorized;
  if (refresh === undefined || call.token !== undefined || call.sentToken === undefined) {
    return { response };
  }

  void response.body?.cancel().catch(() => undefined);
  disarmTimeout(call);
  await refresh(call.sentToken);

  return attemptOutcome(copyOf(spare), call, context);
}

/**
 * The `fetch` given to openapi-fetch. The final response, even a failed one, goes back to
 * openapi-fetch, which turns it into `{ data, error, response }`.
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

/**
 * The attempts of one call: the first, a replay after a 401, then the retries, which ky runs. A
 * successful first attempt returns at once, so it pays for neither ky nor retry bookkeeping. A
 * request with a body is copied before the first attempt consumes it, when a later attempt may
 * need it.
 */
async function sendWithRetries(
  request: Request,
  call: CallState,
  context: TransportContext,
): Promise<Response> {
  const replayable = call.policy.limit > 0 || context.tokens.refreshAfterUnauthorized !== undefined;
  const spare = replayable && request.body !== null ? request.clone() : request;

  let outcome: AttemptOutcome;
  try {
    const response = await sendAttempt(request, call, context, !call.resumed);
    if (response.status < 400) return response;

    outcome = response.status === 401
      ? await replayAfterUnauthorized(response, spare, call, context)
      : { response };
  } catch (error) {
    outcome = { error };
  }

  // A status that is never retried, or no retries left, ends the call without ky.
  const status = outcome.response?.status;
  const final = status !== undefined && !isRetryableStatus(status, call.retrySafe);
  if (final || call.retries >= call.policy.limit) {
    if (outcome.response === undefined) throw outcome.error;
    return outcome.response;
  }

  const nextAttempt = () => attemptOutcome(copyOf(spare), call, context);
  return retryWithKy(request.url, outcome, nextAttempt, call, context);
}
