import type { RetryPolicy } from './retry-policy.js';

/** What a call is made of, before anything is sent. */
export interface CallSetup {
  /** The request method, upper case. */
  readonly method: string;

  /** The path template, for example `/locks/{lockId}`. */
  readonly path: string;

  /** Whether the call may be repeated after a failure whose effect is unknown. */
  readonly retrySafe: boolean;

  /** The retry policy of this call. */
  readonly policy: RetryPolicy;

  /** The per-attempt timeout in milliseconds, or false for none. */
  readonly timeoutMs: number | false;

  /** The caller's signal. */
  readonly userSignal: AbortSignal | undefined;

  /** The token the call brought, replacing the client's. */
  readonly token: string | undefined;
}

/**
 * The state of one call across its attempts: its settings, its signals and timer, and what the
 * attempts learnt. It travels to the transport on the Request (see `call-carrier.ts`).
 *
 * Each attempt has its own AbortController, so that a timed-out attempt does not doom the next
 * one. The first attempt's is made with the call, because openapi-fetch builds the Request
 * around its signal; the caller's signal feeds it through a listener, cheaper than
 * `AbortSignal.any` on every call.
 */
export interface CallState extends CallSetup {
  /** The first attempt's controller; undefined when no timeout applies. */
  controller: AbortController | undefined;

  /** Attempts sent so far. */
  attempts: number;

  /** Retries decided so far (replays after a 401 are not retries). */
  retries: number;

  /** Set when the current attempt's timer fired. */
  timedOut: boolean;

  /** The token sent with the latest attempt, when the client chose it per attempt. */
  sentToken: string | undefined;

  /** The latest response, so a body that fails to parse can still name its status. */
  lastResponse: Response | undefined;

  /** A short id naming the call in log lines when the server sends none; set when first logged. */
  localId: string | undefined;

  /** Set once the transport handed a response to openapi-fetch, which then reads the body. */
  delivered: boolean;

  /**
   * Set when the call is sent again after its body failed to arrive: its next attempt is then a
   * later attempt, with a controller of its own.
   */
  resumed: boolean;

  /** The current attempt's timer. */
  timer: ReturnType<typeof setTimeout> | undefined;

  /** Removes the listener that feeds the caller's abort to the current attempt's controller. */
  unlink: (() => void) | undefined;
}

/**
 * A new controller for an attempt, aborted when the caller's signal is. Only one attempt runs at
 * a time, so the previous attempt's listener is removed first: a long-lived caller signal never
 * collects them.
 */
function linkedController(call: CallState): AbortController {
  call.unlink?.();
  call.unlink = undefined;

  const controller = new AbortController();
  const signal = call.userSignal;
  if (signal?.aborted) {
    controller.abort(signal.reason);
  } else if (signal !== undefined) {
    const onAbort = (): void => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    call.unlink = () => signal.removeEventListener('abort', onAbort);
  }

  return controller;
}

/**
 * Builds the state of a call, with the first attempt's controller when a timeout applies. The
 * fields are written out rather than spread from `setup`: a literal of fixed shape is built on
 * V8's fast path, and this runs on every call.
 */
export function createCallState(setup: CallSetup): CallState {
  const call: CallState = {
    method: setup.method,
    path: setup.path,
    retrySafe: setup.retrySafe,
    policy: setup.policy,
    timeoutMs: setup.timeoutMs,
    userSignal: setup.userSignal,
    token: setup.token,
    controller: undefined,
    attempts: 0,
    retries: 0,
    timedOut: false,
    sentToken: undefined,
    lastResponse: undefined,
    localId: undefined,
    delivered: false,
    resumed: false,
    timer: undefined,
    unlink: undefined,
  };

  if (setup.timeoutMs !== false) call.controller = linkedController(call);
  return call;
}

/** The signal the first attempt's Request must follow. */
export function firstSignalOf(call: CallState): AbortSignal | undefined {
  return call.controller?.signal ?? call.userSignal;
}

/** Starts the timeout of an attempt, replacing the previous attempt's. */
export function armTimeout(call: CallState, controller: AbortController): void {
  const timeoutMs = call.timeoutMs;
  if (timeoutMs === false) return;

  clearTimeout(call.timer);
  call.timedOut = false;

  call.timer = setTimeout(() => {
    call.timedOut = true;
    controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
}

/**
 * A controller for a later attempt, its timeout armed. Undefined when no timeout applies: the
 * Request then follows the caller's signal, which is enough.
 */
export function controllerForAttempt(call: CallState): AbortController | undefined {
  if (call.timeoutMs === false) return undefined;

  const controller = linkedController(call);
  armTimeout(call, controller);
  return controller;
}

/** Stops the current attempt's timer, so that it does not run through a wait. */
export function disarmTimeout(call: CallState): void {
  clearTimeout(call.timer);
  call.timer = undefined;
}

/** Stops the timer and detaches from the caller's signal; called once the call is over. */
export function settleCall(call: CallState): void {
  disarmTimeout(call);

  call.unlink?.();
  call.unlink = undefined;
}
