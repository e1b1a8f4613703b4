import { HTTPError } from 'ky';
import type { CallState } from './call-state.js';
import { logRetry } from './log-lines.js';
import { isConnectionRefused, isRetryableError } from './retry-policy.js';
import { chooseRetryWait } from './retry-wait.js';
import type { TransportContext } from './transport-context.js';

/** Asks the caller's rate-limit callback whether to wait out a 429. */
async function rateLimitAllows(
  response: Response,
  waitMs: number,
  retryAfterMs: number | undefined,
  call: CallState,
  context: TransportContext,
): Promise<boolean> {
  if (context.onRateLimit === undefined || response.status !== 429) return true;

  const proceed = await context.onRateLimit({
    ...context.rateLimit.snapshot(),
    reason: 'rate-limited',
    waitMs,
    attempt: call.attempts,
    method: call.method,
    path: call.path,
    retryAfterMs,
  });
  return proceed !== false;
}

/** Describes an error for the retry log line, without its message (which may name a host). */
function reasonOf(error: Error): string {
  if (isConnectionRefused(error.cause)) return 'connection refused';
  return error.name;
}

/**
 * Decides whether a failed attempt is retried and how long to wait first. Returns the wait in
 * milliseconds, or undefined to stop and hand the failure to the caller.
 */
export async function decideRetry(
  error: Error,
  call: CallState,
  context: TransportContext,
): Promise<number | undefined> {
  if (!(error instanceof HTTPError)) {
    if (!isRetryableError(error, call.retrySafe)) return undefined;

    const { waitMs } = chooseRetryWait(undefined, call.retries + 1, call.policy);
    call.disarmTimeout();
    call.retries += 1;
    logRetry(context, call, waitMs, reasonOf(error));
    return waitMs;
  }

  const response = error.response;
  const wait = chooseRetryWait(response, call.retries + 1, call.policy);
  if (wait.fromServer && wait.waitMs > call.policy.maxWaitMs) return undefined;

  if (!(await rateLimitAllows(response, wait.waitMs, wait.retryAfterMs, call, context))) {
    return undefined;
  }

  // The discarded response must be drained or cancelled, or its connection stays busy.
  void response.body?.cancel().catch(() => undefined);
  call.disarmTimeout();
  call.retries += 1;
  logRetry(context, call, wait.waitMs, `status ${response.status}`);
  return wait.waitMs;
}
