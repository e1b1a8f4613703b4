import ky, { HTTPError } from 'ky';

import { toTransportError } from '../errors/fetch-failure.js';
import type { CallState } from './call-state.js';
import { decideRetry, type AttemptOutcome } from './retry-decision.js';
import type { TransportContext } from './transport-context.js';

/**
 * Hands a call whose first attempt failed retryably over to ky, which runs the remaining
 * attempts: it counts them, waits between them (abortable by the caller's signal) and asks before
 * each one whether to go on.
 *
 * Every decision stays ours. ky retries a status only while it may throw for it, so it throws
 * for every failed status and `shouldRetry` answers from `decideRetry`, which also picks the
 * wait; ky's own reading of `Retry-After` and `X-RateLimit-Reset` (it multiplies the reset by 1000
 * whatever it holds) never applies. ky's first "attempt" hands back the outcome the transport
 * already has, so no request is sent twice. The final response, even a failed one, is returned
 * for openapi-fetch to turn into `{ data, error, response }`.
 */
export async function retryWithKy(
  url: string,
  first: AttemptOutcome,
  nextAttempt: () => Promise<AttemptOutcome>,
  call: CallState,
  context: TransportContext,
): Promise<Response> {
  let pending: AttemptOutcome | undefined = first;
  let nextWaitMs = 0;

  const attemptForKy = async (): Promise<Response> => {
    const outcome = pending ?? (await nextAttempt());
    pending = undefined;

    if (outcome.response === undefined) throw outcome.error;
    return outcome.response;
  };

  const shouldRetry = async ({ error }: { error: Error }): Promise<boolean> => {
    const outcome: AttemptOutcome =
      error instanceof HTTPError ? { response: error.response } : { error: unwrapNonError(error) };
    const waitMs = await decideRetry(outcome, call, context);
    if (waitMs === undefined) return false;

    nextWaitMs = waitMs;
    return true;
  };

  try {
    return await ky(url, {
      method: call.method,
      fetch: attemptForKy,
      timeout: false,
      throwHttpErrors: true,
      signal: call.userSignal,
      retry: {
        limit: call.policy.limit - call.retries,
        methods: [call.method.toLowerCase()],
        afterStatusCodes: [],
        backoffLimit: Number.POSITIVE_INFINITY,
        delay: () => nextWaitMs,
        shouldRetry,
      },
    });
  } catch (error) {
    if (error instanceof HTTPError) return error.response;

    // An abort during ky's wait rejects with the signal's reason: report it as our abort.
    const signal = call.userSignal;
    if (signal?.aborted === true && error === signal.reason) throw toTransportError(error, call);
    throw unwrapNonError(error);
  }
}

/** ky wraps a thrown non-Error value; the caller gets back what was thrown. */
function unwrapNonError(error: unknown): unknown {
  const isWrapped = error instanceof Error && error.name === 'NonError' && 'value' in error;
  return isWrapped ? (error as Error & { value: unknown }).value : error;
}
