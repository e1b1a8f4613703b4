/**
 * The fake Chaster's core: one framework-free function from a {@link MockRequest} to a
 * {@link MockResponse}. The `fetch` and `listen` adapters only translate to and from it.
 *
 * Order of checks: unparsable body (400, as Express's body parser answers before routing),
 * unknown route (404), bad token (401), forced or real rate limit (429), random 500, missing
 * handler (501), then the handler. A handler reads `context.caller` to require a token.
 */
import type { OperationInfo } from '../../../generated/operations.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import type { DeliveryFault, FaultRuntime, ForcedRateLimit } from './faults.js';
import { MockHttpError, nestErrorBody, unauthorized } from './http-error.js';
import { rateLimitHeaders } from './rate-limiter.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Router } from './router.js';
import { UnparsableBody } from './types.js';
import type { HandlerContext, HandlerTable, MockRequest, Reply } from './types.js';

/** What the engine answers; `body` is a JSON value, or `undefined` for no body. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Set when a fault knob says the response must break on its way out. */
  delivery?: DeliveryFault;
}

/** The core request handler. */
export interface Engine {
  handle(request: MockRequest): Promise<MockResponse>;
}

/** What the engine is built from. Getters, because `reset()` swaps the world underneath. */
export interface EngineSettings {
  router: Router;
  handlers: HandlerTable;
  world(): World;
  faults: FaultRuntime;
  /** The limiter when rate limits are on, `undefined` otherwise. */
  rateLimiter(): RateLimiter | undefined;
  nextTransactionId(): string;
  /** Told about exceptions that are not `MockHttpError`s (bugs in a handler). */
  onUnexpectedError(error: unknown, operationId: string): void;
}

const THROTTLED_MESSAGE = 'ThrottlerException: Too Many Requests';

function bearerToken(request: MockRequest): string | undefined {
  const authorization = request.header('authorization');
  if (authorization === undefined) return undefined;

  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] ?? '';
}

function forcedRateLimitHeaders(fault: ForcedRateLimit, now: number): Record<string, string> {
  const resetAt = now + fault.waitSeconds * 1000;
  const reset = {
    seconds: String(Math.ceil(resetAt / 1000)),
    ms: String(resetAt),
    delta: String(fault.waitSeconds),
  }[fault.reset];
  const headers: Record<string, string> = {
    'x-ratelimit-limit': '100',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': reset,
  };

  if (fault.retryAfter === 'date') headers['retry-after'] = new Date(resetAt).toUTCString();
  else if (fault.retryAfter !== 'none') headers['retry-after'] = String(fault.retryAfter);
  return headers;
}

function buildContext(
  request: MockRequest,
  operation: OperationInfo,
  params: Record<string, string>,
  world: World,
  user: UserRecord | undefined,
): HandlerContext {
  return {
    request,
    operation,
    params,
    world,
    now: world.clock.now(),
    get caller(): UserRecord {
      if (user === undefined) throw unauthorized();
      return user;
    },
    optionalCaller: user,
    param(name) {
      const value = params[name];
      if (value === undefined) throw new Error(`The route has no parameter ${name}`);
      return value;
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Builds the engine.
 *
 * @example
 * ```ts
 * const engine = createEngine(settings);
 * const response = await engine.handle(request);
 * ```
 */
export function createEngine(settings: EngineSettings): Engine {
  const { router, handlers, faults } = settings;

  async function answer(request: MockRequest, headers: Record<string, string>) {
    if (request.body instanceof UnparsableBody) {
      throw new MockHttpError(400, nestErrorBody(400, request.body.reason));
    }

    const match = router.match(request.method, request.path);
    if (match === undefined) {
      throw new MockHttpError(404, nestErrorBody(404, `Cannot ${request.method} ${request.url}`));
    }
    const { operation, params } = match;

    const world = settings.world();
    const token = bearerToken(request);
    const user = token === undefined ? undefined : world.tokens.get(token);
    if (token !== undefined && user === undefined) throw unauthorized();

    const now = world.clock.now();
    const forced = faults.takeRateLimit(operation.operationId);
    if (forced !== undefined) {
      const body = nestErrorBody(429, THROTTLED_MESSAGE);
      throw new MockHttpError(429, body, forcedRateLimitHeaders(forced, now));
    }

    const limiter = settings.rateLimiter();
    if (limiter !== undefined) {
      const state = limiter.hit(user?.id ?? `address:${request.remoteAddress}`, now);
      Object.assign(headers, rateLimitHeaders(state));

      if (state.limited) {
        const retryAfter = String(Math.max(1, Math.ceil((state.resetAt - now) / 1000)));
        const body = nestErrorBody(429, THROTTLED_MESSAGE);
        throw new MockHttpError(429, body, { 'retry-after': retryAfter });
      }
    }

    if (faults.rollServerError()) {
      throw new MockHttpError(500, { statusCode: 500, message: 'Internal server error' });
    }

    const handler = handlers[operation.operationId as keyof HandlerTable];
    if (handler === undefined) {
      const message = `Not implemented by the fake Chaster: ${operation.operationId}`;
      throw new MockHttpError(501, nestErrorBody(501, message));
    }

    const reply: Reply = await handler(buildContext(request, operation, params, world, user));
    return { reply, operationId: operation.operationId };
  }

  return {
    async handle(request) {
      const headers: Record<string, string> = {
        'x-chaster-transaction-id': settings.nextTransactionId(),
      };

      if (faults.latencyMs > 0) await delay(faults.latencyMs);

      try {
        const { reply, operationId } = await answer(request, headers);
        const response: MockResponse = {
          status: reply.status,
          headers: reply.headers ? { ...headers, ...reply.headers } : headers,
          body: reply.body,
        };

        const delivery = faults.takeDelivery(operationId);
        if (delivery !== undefined) response.delivery = delivery;
        return response;
      } catch (error) {
        if (error instanceof MockHttpError) {
          const errorHeaders = { ...headers, ...error.headers };
          return { status: error.status, headers: errorHeaders, body: error.body };
        }

        const match = router.match(request.method, request.path);
        settings.onUnexpectedError(error, match?.operation.operationId ?? 'unknown');
        const body = { statusCode: 500, message: 'Internal server error' };
        return { status: 500, headers, body };
      }
    },
  };
}
