import ky, { HTTPError } from 'ky';
import { sendAttempt } from './attempt.js';
import type { CallState } from './call-state.js';
import { decideRetry } from './retry-decision.js';
import { isRetryableStatus } from './retry-policy.js';
import { toTransportError } from './transport-errors.js';
import type { TransportContext } from './transport-context.js';

/** How the first attempt ended: a response, or an error already in the SDK's family. */
export type FirstOutcome =
  | { response: Response; error: undefined }
  | { response: undefined; error: unknown };

/** ky checks the method before asking `shouldRetry`; the retry decision is ours, so allow all. */
const ALL_METHODS = ['get', 'post', 'put', 'patch', 'head', 'delete', 'options'];

/**
 * Runs the remaining attempts of a call with ky, after a first attempt that failed retryably.
 *
 * ky is handed the first outcome as if it had fetched it, so its loop makes the first wait too.
 * ky only sequences: `shouldRetry` makes every decision (statuses, errors, waits, the rate-limit
 * callback), `delay` returns the wait chosen there, and ky's own reading of `Retry-After` and
 * `X-RateLimit-Reset` is kept out by empty status lists (it would multiply a millisecond reset by
 * 1000). The timeout stays ours so that it covers each attempt the same way as the first.
 */
export async function continueWithRetries(
  first: FirstOutcome,
  input: Request,
  call: CallState,
  context: TransportContext,
): Promise<Response> {
  let firstPending = true;
  let nextDelay = 0;
  let decisionFailure: { error: unknown } | undefined;

  const attempt = async (request: RequestInfo | URL): Promise<Response> => {
    // ky always calls fetch with the Request it built; anything else is a ky change to notice.
    if (!(request instanceof Request)) throw new TypeError('Expected a Request from ky');
    if (!firstPending) return sendAttempt(request, call, context, false);

    firstPending = false;
    if (first.response === undefined) throw first.error;
    return first.response;
  };

  try {
    return await ky(input, {
      fetch: attempt,
      timeout: false,
      // A signal of its own, because the input may follow the first attempt's aborted controller.
      signal: call.userSignal ?? new AbortController().signal,
      throwHttpErrors: (status) => isRetryableStatus(status, call.retrySafe),
      retry: {
        limit: call.policy.limit - call.retries,
        methods: ALL_METHODS,
        statusCodes: [],
        afterStatusCodes: [],
        backoffLimit: Number.POSITIVE_INFINITY,
        jitter: false,
        delay: () => nextDelay,
        shouldRetry: async ({ error }) => {
          try {
            const wait = await decideRetry(error, call, context);
            if (wait === undefined) return false;

            nextDelay = wait;
            return true;
          } catch (failure) {
            // The caller's onRateLimit threw: that error, not ky's, is what the caller must see.
            decisionFailure = { error: failure };
            return false;
          }
        },
      },
    });
  } catch (error) {
    if (decisionFailure !== undefined) throw decisionFailure.error;
    if (error instanceof HTTPError) return error.response;

    // Attempts already throw the SDK's errors; what else reaches here is either the abort reason
    // of a retry wait (mapped) or the caller's own error from a token function (kept as it is).
    throw call.userSignal?.aborted ? toTransportError(error, call) : error;
  }
}
