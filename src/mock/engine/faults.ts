/**
 * Failure knobs for testing clients against a misbehaving Chaster. `latencyMs` and `errorRate`
 * are steady settings; the other knobs arm a number of one-off faults that apply to the next
 * matching requests and then clear themselves.
 */
import type { OperationId } from '../../../generated/operations.js';
import type { SeededRandom } from './random.js';

/** Limits an armed fault to one operation. */
export interface FaultFilter {
  /** Only requests for this operation trigger the fault. @default every operation */
  operationId?: OperationId;
}

/** How {@link MockFaults.forceRateLimit} words its 429s. */
export interface ForceRateLimitOptions extends FaultFilter {
  /** How many responses are 429. @default 1 */
  count?: number;
  /**
   * The `Retry-After` header: a number of seconds, `'date'` for an HTTP date `waitSeconds`
   * ahead of the virtual clock, or `'none'` to leave it out.
   *
   * @default waitSeconds, as seconds
   */
  retryAfter?: number | 'date' | 'none';
  /** Seconds until the client may retry, used by `'date'` and the reset header. @default 1 */
  waitSeconds?: number;
  /**
   * Unit of `X-RateLimit-Reset`: epoch `'seconds'` (what Chaster sends), epoch `'ms'`, or
   * `'delta'` seconds from now.
   *
   * @default 'seconds'
   */
  reset?: 'seconds' | 'ms' | 'delta';
}

/** How {@link MockFaults.dropConnection} cuts responses. */
export interface DropConnectionOptions extends FaultFilter {
  /** How many responses are cut. @default 1 */
  count?: number;
  /** Body bytes sent before the connection drops. @default 0 */
  afterBytes?: number;
}

/** How {@link MockFaults.malformedJson} garbles responses. */
export interface MalformedJsonOptions extends FaultFilter {
  /** How many responses are garbled. @default 1 */
  count?: number;
}

/**
 * Fault knobs, on `mock.faults`.
 *
 * @example
 * ```ts
 * mock.faults.forceRateLimit({ count: 2, retryAfter: 3 });
 * mock.faults.dropConnection({ afterBytes: 10, operationId: 'LockController_findAll' });
 * ```
 */
export interface MockFaults {
  /** Real milliseconds to wait before answering each request. @default 0 */
  latencyMs: number;
  /** Share of requests (0 to 1) answered with a 500, drawn from the seed. @default 0 */
  errorRate: number;
  /** The next `count` matching requests are answered 429 without being handled. */
  forceRateLimit(options?: ForceRateLimitOptions): void;
  /**
   * The next `count` matching requests are handled, then the response breaks after
   * `afterBytes` body bytes: `listen` destroys the socket, `fetch` errors the body stream.
   */
  dropConnection(options?: DropConnectionOptions): void;
  /** The next `count` matching requests are handled, then answered 200 with cut-off JSON. */
  malformedJson(options?: MalformedJsonOptions): void;
  /** Disarms every one-off fault and sets latency and error rate back to 0. */
  clear(): void;
}

/** A 429 the fault knobs decided on. */
export interface ForcedRateLimit {
  retryAfter: number | 'date' | 'none';
  waitSeconds: number;
  reset: 'seconds' | 'ms' | 'delta';
}

/** How a response must break on its way out. */
export type DeliveryFault = { kind: 'drop'; afterBytes: number } | { kind: 'malformed' };

/** The engine's side of the knobs. */
export interface FaultRuntime extends MockFaults {
  /** A forced 429 for this operation, if one is armed. */
  takeRateLimit(operationId: string): ForcedRateLimit | undefined;
  /** A delivery fault for this operation, if one is armed. */
  takeDelivery(operationId: string): DeliveryFault | undefined;
  /** Whether this request should fail with a random 500. */
  rollServerError(): boolean;
}

interface Armed<T> {
  remaining: number;
  operationId: string | undefined;
  fault: T;
}

function takeFrom<T>(queue: Armed<T>[], operationId: string): T | undefined {
  const index = queue.findIndex(
    (armed) => armed.operationId === undefined || armed.operationId === operationId,
  );
  const armed = queue[index];
  if (armed === undefined) return undefined;

  armed.remaining -= 1;
  if (armed.remaining <= 0) queue.splice(index, 1);
  return armed.fault;
}

function arm<T>(queue: Armed<T>[], count: number | undefined, filter: FaultFilter, fault: T) {
  const remaining = count ?? 1;
  if (remaining > 0) queue.push({ remaining, operationId: filter.operationId, fault });
}

/**
 * Knobs with nothing armed. `random` supplies the generator that decides random 500s; it is a
 * getter so that `reset()` can start the sequence over.
 */
export function createFaults(random: () => SeededRandom, latencyMs = 0): FaultRuntime {
  const rateLimits: Armed<ForcedRateLimit>[] = [];
  const deliveries: Armed<DeliveryFault>[] = [];

  return {
    latencyMs,
    errorRate: 0,

    forceRateLimit(options = {}) {
      const { retryAfter } = options;
      const waitSeconds = options.waitSeconds ?? (typeof retryAfter === 'number' ? retryAfter : 1);

      const fault: ForcedRateLimit = {
        retryAfter: options.retryAfter ?? waitSeconds,
        waitSeconds,
        reset: options.reset ?? 'seconds',
      };
      arm(rateLimits, options.count, options, fault);
    },

    dropConnection(options = {}) {
      const afterBytes = Math.max(0, options.afterBytes ?? 0);
      arm<DeliveryFault>(deliveries, options.count, options, { kind: 'drop', afterBytes });
    },

    malformedJson(options = {}) {
      arm<DeliveryFault>(deliveries, options.count, options, { kind: 'malformed' });
    },

    clear() {
      rateLimits.length = 0;
      deliveries.length = 0;
      this.latencyMs = 0;
      this.errorRate = 0;
    },

    takeRateLimit: (operationId) => takeFrom(rateLimits, operationId),
    takeDelivery: (operationId) => takeFrom(deliveries, operationId),

    rollServerError() {
      return this.errorRate > 0 && random().chance(this.errorRate);
    },
  };
}
