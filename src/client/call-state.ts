import type { RetryPolicy } from './retry-policy.js';

/** What a call is made of, before anything is sent. */
export interface CallSetup {
  /** The request method, upper case. */
  method: string;

  /** The path template, for example `/locks/{lockId}`. */
  path: string;

  /** Whether the call may be repeated after a failure whose effect is unknown. */
  retrySafe: boolean;

  /** The retry policy of this call. */
  policy: RetryPolicy;

  /** The per-attempt timeout in milliseconds, or false for none. */
  timeoutMs: number | false;

  /** The caller's signal. */
  userSignal: AbortSignal | undefined;

  /** The token the call brought, replacing the client's. */
  token: string | undefined;

  /** Whether the operation needs `X-Chaster-Client-Id`. */
  clientIdHeader: boolean;
}

/**
 * The state of one call across its attempts: its settings, its signals and timer, and what the
 * attempts learnt. It travels to the transport on the Request (see `call-carrier.ts`).
 *
 * One AbortController serves the first attempt, fed by the caller's signal through a listener
 * (cheaper than `AbortSignal.any` on every call). Later attempts get their own controller, since
 * a timed-out attempt must not doom the next one.
 */
export class CallState implements CallSetup {
  readonly method: string;
  readonly path: string;
  readonly retrySafe: boolean;
  readonly policy: RetryPolicy;
  readonly timeoutMs: number | false;
  readonly userSignal: AbortSignal | undefined;
  readonly token: string | undefined;
  readonly clientIdHeader: boolean;

  /** The first attempt's controller; undefined when no timeout applies. */
  readonly controller: AbortController | undefined;

  /** Attempts sent so far. */
  attempts = 0;

  /** Retries decided so far (replays after a 401 are not retries). */
  retries = 0;

  /** Set when the current attempt's timer fired. */
  timedOut = false;

  /** The token sent with the latest attempt, when the client chose it per attempt. */
  sentToken: string | undefined;

  /** The latest response, so a body that fails to parse can still name its status. */
  lastResponse: Response | undefined;

  /** A short id naming the call in log lines when the server sends none; set when first logged. */
  localId: string | undefined;

  /** Set once the transport handed a response to openapi-fetch, which then reads the body. */
  delivered = false;

  /**
   * Set when the call is sent again after its body failed to arrive: its next attempt is then a
   * later attempt, with a controller of its own.
   */
  resumed = false;

  #timer: ReturnType<typeof setTimeout> | undefined;

  #onUserAbort: (() => void) | undefined;

  constructor(setup: CallSetup) {
    this.method = setup.method;
    this.path = setup.path;
    this.retrySafe = setup.retrySafe;
    this.policy = setup.policy;
    this.timeoutMs = setup.timeoutMs;
    this.userSignal = setup.userSignal;
    this.token = setup.token;
    this.clientIdHeader = setup.clientIdHeader;

    if (setup.timeoutMs === false) return;

    const controller = new AbortController();
    this.controller = controller;
    this.#link(setup.userSignal, controller);
  }

  /** The signal the first attempt's Request must follow. */
  get firstSignal(): AbortSignal | undefined {
    return this.controller?.signal ?? this.userSignal;
  }

  /** Starts the timeout of an attempt, replacing the previous attempt's. */
  armTimeout(controller: AbortController): void {
    const timeoutMs = this.timeoutMs;
    if (timeoutMs === false) return;

    clearTimeout(this.#timer);
    this.timedOut = false;

    this.#timer = setTimeout(() => {
      this.timedOut = true;
      controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
  }

  /**
   * A controller for a later attempt, following the attempt Request's own signal (which follows
   * the caller's). Undefined when no timeout applies: the Request's signal is then enough.
   */
  controllerForAttempt(requestSignal: AbortSignal): AbortController | undefined {
    if (this.timeoutMs === false) return undefined;

    const controller = new AbortController();
    if (requestSignal.aborted) {
      controller.abort(requestSignal.reason);
    } else {
      requestSignal.addEventListener('abort', () => controller.abort(requestSignal.reason), {
        once: true,
      });
    }

    this.armTimeout(controller);
    return controller;
  }

  /** Stops the current attempt's timer, so that it does not run through a wait. */
  disarmTimeout(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Stops the timer and detaches from the caller's signal; called once the call is over. */
  settle(): void {
    this.disarmTimeout();

    if (this.#onUserAbort !== undefined) {
      this.userSignal?.removeEventListener('abort', this.#onUserAbort);
      this.#onUserAbort = undefined;
    }
  }

  #link(userSignal: AbortSignal | undefined, controller: AbortController): void {
    if (userSignal === undefined) return;

    if (userSignal.aborted) {
      controller.abort(userSignal.reason);
      return;
    }

    this.#onUserAbort = () => controller.abort(userSignal.reason);
    userSignal.addEventListener('abort', this.#onUserAbort, { once: true });
  }
}
