/**
 * Assembles the fake Chaster: the seeded world, the engine and its two ways in.
 */
import { operationTable } from '../../generated/operations.js';
import { createFetchAdapter, MOCK_BASE_URL } from './adapters/fetch-adapter.js';
import { listenOnLoopback } from './adapters/node-adapter.js';
import type { ListeningMock } from './adapters/node-adapter.js';
import { toEpochMs } from './engine/clock.js';
import type { VirtualClock } from './engine/clock.js';
import { createEngine } from './engine/dispatch.js';
import type { Engine } from './engine/dispatch.js';
import { createFaults } from './engine/faults.js';
import type { MockFaults } from './engine/faults.js';
import { createSeededRandom } from './engine/random.js';
import type { SeededRandom } from './engine/random.js';
import { createRateLimiter } from './engine/rate-limiter.js';
import type { RateLimiter } from './engine/rate-limiter.js';
import { createRouter } from './engine/router.js';
import { HANDLER_TABLES, mergeHandlerTables } from './handlers/index.js';
import { DEFAULT_PLAN, DEFAULT_START_TIME } from './options.js';
import type { MockChasterOptions } from './options.js';
import type { SeededPartner } from './partner/seed.js';
import { createWebhookCenter } from './partner/webhooks.js';
import type { MockWebhooks } from './partner/webhooks.js';
import { createLock, createUser } from './world/factories.js';
import type { CreateLockOptions, CreateUserOptions } from './world/factories.js';
import type { LockRecord, UserRecord } from './world/records.js';
import { seedWorld } from './world/seed.js';
import type { SeededLocks, SeededUsers } from './world/seed.js';
import { createWorld } from './world/world.js';
import type { World } from './world/world.js';

/** A fake Chaster. */
export interface MockChaster {
  /** A `fetch` answered in-process by the fake; relative paths resolve against `baseUrl`. */
  readonly fetch: typeof fetch;
  /** Base URL for `fetch` (nothing listens there; the host is never resolved). */
  readonly baseUrl: string;
  /**
   * Serves the fake over HTTP on 127.0.0.1.
   *
   * @param port - The port; 0 picks a free one.
   * @example
   * ```ts
   * const server = await mock.listen();
   * await fetch(`${server.url}/settings`);
   * await server.close();
   * ```
   */
  listen(port?: number): Promise<ListeningMock>;
  /** The virtual clock. */
  readonly clock: VirtualClock;
  /** The whole state, to inspect (changing it directly bypasses every rule). */
  readonly state: World;
  /** The seeded users; their `token` values are fake and only work here. */
  readonly users: SeededUsers;
  /** The seeded locks, by wearer. */
  readonly locks: SeededLocks;
  /** The seeded partner extension (owned by `users.dev`) and its session on wes's lock. */
  readonly partner: SeededPartner;
  /** Webhooks sent to extension backends (set `webhookUrl` or `webhook` to send them). */
  readonly webhooks: MockWebhooks;
  /** Fault knobs. */
  readonly faults: MockFaults;
  /** The framework-free core, for other adapters. */
  readonly engine: Engine;
  /** Back to the seeded world: state, clock, rate-limit counters and faults. */
  reset(): void;
  /** Adds a user to the current world. */
  createUser(options: CreateUserOptions): UserRecord;
  /** Adds a lock to the current world. */
  createLock(options: CreateLockOptions): LockRecord;
}

function defaultOnUnexpectedError(error: unknown, operationId: string): void {
  console.error(`The fake Chaster failed on ${operationId}:`, error);
}

function transactionIds(seed: number): () => string {
  const prefix = (seed >>> 0).toString(16).padStart(8, '0');
  let counter = 0;

  return () => {
    counter += 1;
    return `${prefix}-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  };
}

/**
 * Builds a fake Chaster with its seeded world.
 *
 * @example
 * ```ts
 * const mock = createMockChaster({ seed: 42 });
 * const response = await mock.fetch('/locks', {
 *   headers: { authorization: `Bearer ${mock.users.wes.token}` },
 * });
 * ```
 */
export function createMockChaster(options: MockChasterOptions = {}): MockChaster {
  const seed = options.seed ?? 1;
  const startTime = toEpochMs(options.startTime ?? DEFAULT_START_TIME);
  const plan = { ...DEFAULT_PLAN, ...options.plan };
  const handlers = { ...mergeHandlerTables(HANDLER_TABLES), ...options.handlers };

  let world: World;
  let seeded: ReturnType<typeof seedWorld>;
  let rateLimiter: RateLimiter | undefined;
  let nextTransactionId: () => string;
  let faultRandom: SeededRandom;
  const faults = createFaults(() => faultRandom, options.latencyMs ?? 0);
  const webhookOptions = options.webhook ??
    (options.webhookUrl === undefined ? undefined : { url: options.webhookUrl });
  const webhookCenter = createWebhookCenter(webhookOptions);

  function build(): void {
    world = createWorld({ seed, startTime, plan });
    seeded = seedWorld(world);
    webhookCenter.attach(world);
    rateLimiter = options.rateLimits ? createRateLimiter() : undefined;
    nextTransactionId = transactionIds(seed);
    faultRandom = createSeededRandom(seed, 1);
  }
  build();

  const engine = createEngine({
    router: createRouter(operationTable),
    handlers,
    world: () => world,
    faults,
    rateLimiter: () => rateLimiter,
    nextTransactionId: () => nextTransactionId(),
    onUnexpectedError: options.onUnexpectedError ?? defaultOnUnexpectedError,
  });

  const clock: VirtualClock = {
    now: () => world.clock.now(),
    advance: (ms) => world.clock.advance(ms),
    set: (date) => world.clock.set(date),
  };

  return {
    fetch: createFetchAdapter(engine),
    baseUrl: MOCK_BASE_URL,
    listen: (port = 0) => listenOnLoopback(engine, port),
    clock,
    get state() {
      return world;
    },
    get users() {
      return seeded.users;
    },
    get locks() {
      return seeded.locks;
    },
    get partner() {
      return seeded.partner;
    },
    webhooks: webhookCenter.webhooks,
    faults,
    engine,
    reset() {
      faults.clear();
      faults.latencyMs = options.latencyMs ?? 0;
      build();
    },
    createUser: (userOptions) => createUser(world, userOptions),
    createLock: (lockOptions) => createLock(world, lockOptions),
  };
}
