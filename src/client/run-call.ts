import { prepareBodyRetry, toCallError } from './body-failure.js';
import { CALL_KEY } from './call-carrier.js';
import { createCallState, firstSignalOf, settleCall, type CallState } from './call-state.js';
import type { RetryOptions } from './options.js';
import { assertSafePathParams } from './path-params.js';
import { checkToken } from './token-check.js';
import { isRetrySafe } from './read-only-posts.js';
import { rememberCall } from './response-calls.js';
import { checkTimeout, resolveRetryPolicy, type RetryPolicy } from './retry-policy.js';
import type { TransportContext } from './transport-context.js';

/** The part of an openapi-fetch client the wrapper uses. */
export interface CoreClient {
  /** Sends one request; `method` is upper case, `url` a path template. */
  request(method: string, url: string, init: Record<string, unknown>): Promise<CoreResult>;
}

/** What openapi-fetch resolves to. */
export interface CoreResult {
  /** The parsed body of a 2xx. */
  data?: unknown;

  /** The parsed (or raw text) body of any other status. */
  error?: unknown;

  /** The final response. */
  response: Response;
}

/** What a client shares with each of its calls. */
export interface ClientRuntime {
  /** The openapi-fetch client, whose fetch is the transport. */
  readonly core: CoreClient;

  /** What the transport shares across calls. */
  readonly context: TransportContext;

  /** The client's retry policy, before per-call overrides. */
  readonly policy: RetryPolicy;

  /** The client's per-attempt timeout. */
  readonly timeoutMs: number | false;
}

/** The init of a call, as far as the wrapper reads it. */
interface CallInit {
  params?: { path?: Record<string, unknown> };
  signal?: AbortSignal | null;
  timeout?: number | false;
  retry?: RetryOptions | false;
  token?: string;
  [key: string]: unknown;
}

/** Builds the state of one call from the client's defaults and the call's options. */
function callStateFor(
  runtime: ClientRuntime,
  method: string,
  path: string,
  init: CallInit,
): CallState {
  return createCallState({
    method,
    path,
    retrySafe: isRetrySafe(method, path),
    policy: init.retry === undefined
      ? runtime.policy
      : resolveRetryPolicy(init.retry, runtime.policy),
    timeoutMs: init.timeout === undefined ? runtime.timeoutMs : checkTimeout(init.timeout),
    userSignal: init.signal ?? undefined,
    token: init.token === undefined ? undefined : checkToken(init.token, 'The call\'s token'),
  });
}

/**
 * Runs one call through openapi-fetch: checks the path parameters, attaches the call's state for
 * the transport, maps what openapi-fetch throws while reading the body, and sends a retry-safe
 * call again when its body was cut off.
 */
export async function runCall(
  runtime: ClientRuntime,
  method: string,
  path: string,
  init: CallInit | undefined,
): Promise<CoreResult> {
  const pathParams = init?.params?.path;
  if (pathParams !== undefined) assertSafePathParams(pathParams, method, path);

  const given: CallInit = init ?? {};
  const call = callStateFor(runtime, method, path, given);
  const { timeout: _timeout, retry: _retry, token: _token, signal: _signal, ...forwarded } = given;
  forwarded[CALL_KEY] = call;
  forwarded.signal = firstSignalOf(call);

  try {
    for (;;) {
      try {
        const result = await runtime.core.request(method, path, forwarded);
        if (!result.response.ok) rememberCall(result.response, call);

        return result;
      } catch (error) {
        const failure = toCallError(error, call);
        if (!(await prepareBodyRetry(failure, call, runtime.context))) throw failure;

        // The sent-again call's attempts get controllers of their own (see `call-state.ts`).
        forwarded.signal = call.userSignal;
      }
    }
  } finally {
    settleCall(call);
  }
}
