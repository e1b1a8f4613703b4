/**
 * The fake Chaster's whole state: users, locks, combinations, the virtual clock and its timers,
 * and the seeded generators. `reset()` throws a world away and builds a new one from the seed.
 */
import { createVirtualClock } from '../engine/clock.js';
import type { VirtualClock } from '../engine/clock.js';
import { createIdFactory, createSeededRandom } from '../engine/random.js';
import type { IdFactory, SeededRandom } from '../engine/random.js';
import { createScheduler } from '../engine/scheduler.js';
import type { Scheduler } from '../engine/scheduler.js';
import type { ActionLogRecord, CombinationRecord, LockRecord, UserRecord } from './records.js';

/** Limits of the free plan; Premium users have none. */
export interface PlanLimits {
  /**
   * Extensions a free wearer may enable on one lock, counting only those the catalog marks
   * `isCountedInExtensionsLimit`.
   *
   * @default 3
   */
  nonPremiumMaxExtensions: number;
  /**
   * Locks a free wearer may have running at once.
   *
   * @default 1
   */
  nonPremiumMaxLocks: number;
}

/** Called after a history entry is written, e.g. to deliver an `action_log.created` webhook. */
export type ActionLogListener = (lock: LockRecord, entry: ActionLogRecord) => void;

/** Everything the fake knows. Handlers read and change it; tests may inspect it. */
export interface World {
  /** The seed the world was built from. */
  readonly seed: number;
  /** Virtual time. */
  readonly clock: VirtualClock;
  /** Timers the clock runs as it moves. */
  readonly scheduler: Scheduler;
  /** Outcomes of wheels, dice and votes. */
  readonly random: SeededRandom;
  /** Ids for everything the world creates. */
  readonly ids: IdFactory;
  /** Free-plan limits. */
  readonly plan: PlanLimits;
  /** Users by id. */
  readonly users: Map<string, UserRecord>;
  /** Users by bearer token. */
  readonly tokens: Map<string, UserRecord>;
  /** Locks by id. */
  readonly locks: Map<string, LockRecord>;
  /** Combinations by id. */
  readonly combinations: Map<string, CombinationRecord>;
  /**
   * Room for the state of other domains (conversations, shared locks, ...), one entry per
   * domain; read it through {@link domainStore}.
   */
  readonly stores: Map<string, unknown>;
  /** Listeners told about every new history entry. */
  readonly actionLogListeners: Set<ActionLogListener>;
}

/** What a new world needs. */
export interface WorldSettings {
  seed: number;
  startTime: number;
  plan: PlanLimits;
}

/** An empty world: no users, no locks, the clock at `startTime`. */
export function createWorld({ seed, startTime, plan }: WorldSettings): World {
  const scheduler = createScheduler();

  return {
    seed,
    clock: createVirtualClock(startTime, scheduler),
    scheduler,
    random: createSeededRandom(seed),
    ids: createIdFactory(seed),
    plan,
    users: new Map(),
    tokens: new Map(),
    locks: new Map(),
    combinations: new Map(),
    stores: new Map(),
    actionLogListeners: new Set(),
  };
}

/**
 * The state a domain keeps in the world, created on first use. Each domain picks one key and
 * owns the type behind it.
 *
 * @example
 * ```ts
 * const conversations = domainStore(world, 'conversations', () => new Map<string, Thread>());
 * ```
 */
export function domainStore<T>(world: World, key: string, create: () => T): T {
  if (!world.stores.has(key)) world.stores.set(key, create());
  return world.stores.get(key) as T;
}
