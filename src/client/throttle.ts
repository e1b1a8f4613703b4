import type { CallState } from './call-state.js';
import { sleep } from './sleep.js';
import { toTransportError } from './transport-errors.js';
import type { TransportContext } from './transport-context.js';

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

  if (context.onRateLimit !== undefined) {
    const proceed = await context.onRateLimit({
      ...context.rateLimit.snapshot(),
      reason: 'throttled',
      waitMs,
      attempt: call.attempts + 1,
      method: call.method,
      path: call.path,
      retryAfterMs: undefined,
    });
    if (proceed === false) return;
  }

  if (context.log.enabled('warn')) {
    context.log.warn(`Holding ${call.method} ${call.path} ${waitMs} ms for the rate-limit reset`, {
      method: call.method,
      path: call.path,
      waitMs,
    });
  }

  try {
    await sleep(waitMs, call.userSignal);
  } catch (error) {
    throw toTransportError(error, call);
  }
}
