import type { CallState } from './call-state.js';
import type { RateLimitEvent } from './options.js';
import { pauseCall } from './pause.js';
import type { TransportContext } from './transport-context.js';

/** What a rate-limit wait adds to the latest rate-limit headers and the call's method and path. */
export type RateLimitWait = Pick<RateLimitEvent, 'reason' | 'waitMs' | 'attempt' | 'retryAfterMs'>;

/** Asks the caller's `onRateLimit` whether to wait; true when there is no callback. */
export async function rateLimitAllows(
  wait: RateLimitWait,
  call: CallState,
  context: TransportContext,
): Promise<boolean> {
  if (context.onRateLimit === undefined) return true;

  const event = { ...context.rateLimit.snapshot(), ...wait, method: call.method, path: call.path };
  return (await context.onRateLimit(event)) !== false;
}

/**
 * Holds an attempt while the rate-limit window is exhausted, instead of spending a 429 on it.
 * A reset further away than `maxWaitMs` (Chaster's daily message limits) does not hold: the
 * request goes through and the server decides, so a read never stalls for hours.
 */
export async function holdForReset(call: CallState, context: TransportContext): Promise<void> {
  const waitMs = context.rateLimit.holdUntil - Date.now();
  if (waitMs <= 0) {
    // The window has reset: stop checking until a response reports exhaustion again.
    context.rateLimit.holdUntil = 0;
    return;
  }
  if (waitMs > call.policy.maxWaitMs) return;

  const wait: RateLimitWait = {
    reason: 'throttled',
    waitMs,
    attempt: call.attempts + 1,
    retryAfterMs: undefined,
  };
  if (!(await rateLimitAllows(wait, call, context))) return;

  if (context.log.enabled('warn')) {
    context.log.warn(`Holding ${call.method} ${call.path} ${waitMs} ms for the rate-limit reset`, {
      method: call.method,
      path: call.path,
      waitMs,
    });
  }

  await pauseCall(waitMs, call);
}
