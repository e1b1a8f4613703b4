import { toTransportError } from '../errors/fetch-failure.js';
import type { CallState } from './call-state.js';

/** The longest delay timers accept; a longer one would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Waits `ms` milliseconds before the call goes on: before a retry, or while a rate-limit window
 * resets. The caller's abort ends the wait with a `ChasterAbortError`, and the abort listener is
 * removed when the wait ends either way, so a long-lived signal does not collect them.
 */
export function pauseCall(ms: number, call: CallState): Promise<void> {
  const signal = call.userSignal;

  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(toTransportError(signal.reason, call));
      return;
    }

    const onAbort = (): void => {
      clearTimeout(timer);
      reject(toTransportError(signal?.reason, call));
    };

    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.min(ms, MAX_TIMER_MS));

    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
