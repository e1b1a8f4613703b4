import { disarmTimeout, type CallState } from './call-state.js';
import { logRetry } from './log-lines.js';
import { parseRateLimitReset, parseRetryAfter } from './rate-limit-headers.js';
import {
  backoffDelay,
  isConnectionRefused,
  isRetryableError,
  isRetryableStatus,
} from './retry-policy.js';
import { rateLimitAllows, type RateLimitWait } from './throttle.js';
import type { TransportContext } from './transport-context.js';

/**
 * How an attempt ended: a response, or what it threw (an error already in the SDK's family, or
 * the caller's own error from a token function).
 */
export type AttemptOutcome =
  | { response: Response; error?: undefined }
  | { response?: undefined; error: unknown };

/** A wait the server asked for, with the part that `Retry-After` gave. */
interface ServerWait {
  waitMs: number;
  retryAfterMs: number | undefined;
}

/**
 * The wait a response asks for: `Retry-After` (seconds or HTTP date, RFC 9110 §10.2.3) first;
 * then, for a 429, `X-RateLimit-Reset` read by magnitude. Undefined when it names none.
 */
function serverWait(response: Response, now: number): ServerWait | undefined {
  const headers = response.headers;

  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  if (retryAfterMs !== undefined) return { waitMs: retryAfterMs, retryAfterMs };
  if (response.status !== 429) return undefined;

  const reset = parseRateLimitReset(headers.get('x-ratelimit-reset'), now);
  if (reset === undefined) return undefined;
  return { waitMs: Math.max(0, reset.getTime() - now), retryAfterMs: undefined };
}

/** Commits to a retry: stops the attempt's timer, counts the retry, announces it. */
export function commitRetry(
  waitMs: number,
  reason: string,
  call: CallState,
  context: TransportContext,
): number {
  disarmTimeout(call);
  call.retries += 1;
  logRetry(context, call, waitMs, reason);

  return waitMs;
}

/** The backoff before the next retry, after an attempt failed without a response. */
function decideAfterError(
  error: unknown,
  call: CallState,
  context: TransportContext,
): number | undefined {
  if (!isRetryableError(error, call.retrySafe)) return undefined;

  // The error's message may name a host, so the log line gives only its kind.
  const reason = isConnectionRefused(error.cause) ? 'connection refused' : error.name;
  return commitRetry(backoffDelay(call.retries + 1, call.policy), reason, call, context);
}

/**
 * Decides whether a failed attempt is retried and how long to wait first: the statuses and
 * errors that allow it, the server's wait (never shortened: one longer than `maxWaitMs` ends the
 * retries) or a backoff, and the caller's `onRateLimit` for a 429. Returns the wait in
 * milliseconds, or undefined to stop and hand the outcome to the caller. Callers check the
 * retry limit first.
 */
export async function decideRetry(
  outcome: AttemptOutcome,
  call: CallState,
  context: TransportContext,
): Promise<number | undefined> {
  const response = outcome.response;
  if (response === undefined) return decideAfterError(outcome.error, call, context);
  if (!isRetryableStatus(response.status, call.retrySafe)) return undefined;

  const fromServer = serverWait(response, Date.now());
  if (fromServer !== undefined && fromServer.waitMs > call.policy.maxWaitMs) return undefined;
  const waitMs = fromServer?.waitMs ?? backoffDelay(call.retries + 1, call.policy);

  if (response.status === 429) {
    const wait: RateLimitWait = {
      reason: 'rate-limited',
      waitMs,
      attempt: call.attempts,
      retryAfterMs: fromServer?.retryAfterMs,
    };
    if (!(await rateLimitAllows(wait, call, context))) return undefined;
  }

  // The discarded response must be drained or cancelled, or its connection stays busy.
  void response.body?.cancel().catch(() => undefined);
  return commitRetry(waitMs, `status ${response.status}`, call, context);
}
