import type { ChasterClient } from '../../../src/client/client-types.js';
import { rememberCall } from '../../../src/client/response-calls.js';
import { ChasterAbortError } from '../../../src/errors/index.js';
import type { FacadeContext } from '../../../src/facade/context.js';

/** The verbs the stub records, upper case as Layer 1 names its methods. */
export type StubMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';

/** What the facade asked Layer 1 for, in one call. */
export interface StubCall {
  /** The Layer 1 method called. */
  readonly method: StubMethod;

  /** The path template, exactly as passed (`/locks/{lockId}`). */
  readonly path: string;

  /** `init.params` (`path`, `query`, `header`), when given. */
  readonly params: StubParams | undefined;

  /** `init.body`, when given (a `FormData` for uploads). */
  readonly body: unknown;

  /** `init.signal`, when given. */
  readonly signal: AbortSignal | undefined;

  /** The whole init object, for assertions on anything else (`bodySerializer`, `headers`). */
  readonly init: Readonly<Record<string, unknown>>;
}

/** The parameters part of a recorded call. */
export interface StubParams {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
}

/** One queued answer. A 2xx answers `{ data: body }`, any other status `{ error: body }`. */
export interface StubReply {
  /** @default 200 */
  readonly status?: number;

  /** The parsed body; `undefined` sends no body. */
  readonly body?: unknown;
}

/** Options of {@link createStubClient}. */
export interface StubClientOptions {
  /** Answers calls made when the queue is empty. Without it, such a call fails the test. */
  readonly fallback?: (call: StubCall) => StubReply;
}

/** A Layer 1 client that records calls and answers from a queue. */
export interface StubClient {
  /** The client to hand to the facade. */
  readonly client: ChasterClient;

  /** A facade context around {@link StubClient.client}. */
  readonly context: FacadeContext;

  /** Every call made so far, oldest first. */
  readonly calls: StubCall[];

  /** Queues a 200 answer with `body`; returns the stub for chaining. */
  reply(body: unknown, status?: number): StubClient;

  /** Queues an error answer (`{ statusCode, message, error }` when no body is given). */
  replyError(status: number, body?: unknown): StubClient;

  /** The only call made; fails unless exactly one was. */
  onlyCall(): StubCall;
}

/**
 * Builds a stub Layer 1 client for facade tests: no network, every call recorded as
 * `{ method, path, params, body, signal }`, answers taken from a queue in order.
 */
export function createStubClient(options: StubClientOptions = {}): StubClient {
  const calls: StubCall[] = [];
  const queue: StubReply[] = [];

  const verb = (method: StubMethod) =>
    async (path: string, init: Record<string, unknown> = {}): Promise<unknown> => {
      const call = recordCall(method, path, init);
      calls.push(call);

      if (call.signal?.aborted) {
        throw new ChasterAbortError(`Request aborted: ${method} ${path}`, {
          cause: call.signal.reason, method, path,
        });
      }

      const reply = queue.shift() ?? options.fallback?.(call);
      if (reply === undefined) {
        throw new Error(`The stub has no answer queued for ${method} ${path}`);
      }
      return answer(call, reply);
    };

  const client = {
    GET: verb('GET'),
    PUT: verb('PUT'),
    POST: verb('POST'),
    DELETE: verb('DELETE'),
    PATCH: verb('PATCH'),
    HEAD: verb('HEAD'),
    OPTIONS: verb('OPTIONS'),
    rateLimit: {},
  } as unknown as ChasterClient;

  const stub: StubClient = {
    client,
    context: { client },
    calls,

    reply(body, status = 200) {
      queue.push({ status, body });
      return stub;
    },

    replyError(status, body) {
      queue.push({ status, body: body ?? { statusCode: status, message: 'Stubbed', error: 'E' } });
      return stub;
    },

    onlyCall() {
      if (calls.length !== 1) {
        const made = calls.map((call) => `${call.method} ${call.path}`).join(', ');
        throw new Error(`Expected exactly one call, got ${calls.length}: ${made}`);
      }
      return calls[0] as StubCall;
    },
  };
  return stub;
}

function recordCall(method: StubMethod, path: string, init: Record<string, unknown>): StubCall {
  const signal = init['signal'];
  return {
    method,
    path,
    params: init['params'] as StubParams | undefined,
    body: init['body'],
    signal: signal instanceof AbortSignal ? signal : undefined,
    init,
  };
}

function answer(call: StubCall, reply: StubReply): unknown {
  const status = reply.status ?? 200;
  const hasBody = reply.body !== undefined && status !== 204;

  const response = new Response(hasBody ? JSON.stringify(reply.body) : null, {
    status,
    headers: hasBody ? { 'content-type': 'application/json' } : {},
  });
  rememberCall(response, { method: call.method, path: call.path });

  return response.ok
    ? { data: reply.body, response }
    : { error: reply.body, response };
}
