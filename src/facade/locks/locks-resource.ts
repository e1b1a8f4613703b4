import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, cursorPage, type Paginator } from '../pagination/index.js';
import type { LockCreated, PunishableAction } from '../types.js';
import { toCreateLockBody, type CreateLockOptions } from './create-lock-input.js';
import { Lock } from './lock.js';

/**
 * Options of {@link LocksResource.list}.
 *
 * @example
 * ```ts
 * await chaster.locks.list({ status: 'archived' });
 * ```
 */
export interface ListLocksOptions extends SignalOptions {
  /**
   * Which of the caller's locks.
   * @default 'active' (Chaster's default)
   */
  status?: 'active' | 'archived' | 'all';
}

/**
 * Options of {@link LocksResource.search}.
 *
 * @example
 * ```ts
 * chaster.locks.search({ filterByArchivedLocks: true, limit: 20 });
 * ```
 */
export interface SearchLocksOptions extends SignalOptions {
  /** Whether to search the archived locks instead of the active ones. */
  filterByArchivedLocks?: boolean;

  /** Locks per request. */
  limit?: number;
}

/**
 * Options of {@link LocksResource.createFromSharedLock}.
 *
 * @example
 * ```ts
 * await chaster.locks.createFromSharedLock({ sharedLockId, combinationId });
 * ```
 */
export interface CreateFromSharedLockOptions extends SignalOptions {
  /** The shared lock to join. */
  sharedLockId: string;

  /** The combination locked away. */
  combinationId: string;

  /** The shared lock's password, when it has one. */
  password?: string;

  /**
   * Whether to make a test lock, when the shared lock allows them.
   * @default false
   */
  isTestLock?: boolean;
}

/**
 * The caller's locks: `chaster.locks`.
 *
 * @example
 * ```ts
 * const [current] = await chaster.locks.list();
 * if (current) console.log(current.remainingTime());
 * ```
 */
export class LocksResource {
  readonly #context: FacadeContext;

  /**
   * @example
   * ```ts
   * const locks = new LocksResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.#context = context;
  }

  /**
   * The locks the caller wears.
   *
   * @example
   * ```ts
   * const locks = await chaster.locks.list({ status: 'all' });
   * ```
   */
  async list(options: ListLocksOptions = {}): Promise<Lock[]> {
    const { status, signal } = options;
    const query = status === undefined ? {} : { status };

    const bodies = unwrap(await this.#context.client.GET('/locks', {
      params: { query }, signal,
    }));
    return bodies.map((body) => new Lock(this.#context, body));
  }

  /**
   * One lock by id, as the caller sees it (its `role` says as what).
   *
   * @example
   * ```ts
   * const lock = await chaster.locks.get('65a08aef8a34e4829ab74d0d');
   * ```
   */
  async get(lockId: string, options: SignalOptions = {}): Promise<Lock> {
    requireId(lockId, 'get', 'lockId');

    const body = unwrap(await this.#context.client.GET('/locks/{lockId}', {
      params: { path: { lockId } }, signal: options.signal,
    }));
    return new Lock(this.#context, body);
  }

  /**
   * The caller's locks, page by page through Chaster's search cursor.
   *
   * @example
   * ```ts
   * for await (const lock of chaster.locks.search({ filterByArchivedLocks: true })) {
   *   console.log(lock.title);
   * }
   * ```
   */
  search(options: SearchLocksOptions = {}): Paginator<Lock> {
    const { filterByArchivedLocks, limit, signal } = options;
    const context = this.#context;

    return createPaginator<Lock, string>(async (request) => {
      const page = cursorPage(unwrap(await context.client.POST('/locks/search', {
        body: { filterByArchivedLocks, limit, cursor: request.cursor }, signal: request.signal,
      })));
      return { ...page, items: page.items.map((body) => new Lock(context, body)) };
    }, { signal });
  }

  /**
   * Creates a self-lock.
   *
   * @returns The new lock's id; read it with {@link LocksResource.get}.
   * @example
   * ```ts
   * const { lockId } = await chaster.locks.create({
   *   combinationId, minDuration: { hours: 2 }, maxDuration: { hours: 6 },
   * });
   * ```
   */
  async create(options: CreateLockOptions): Promise<LockCreated> {
    const body = toCreateLockBody(options);

    return unwrap(await this.#context.client.POST('/locks', {
      body, signal: options.signal,
    }));
  }

  /**
   * Joins a shared lock: creates a lock from its settings.
   *
   * @example
   * ```ts
   * const { lockId } = await chaster.locks.createFromSharedLock({ sharedLockId, combinationId });
   * ```
   */
  async createFromSharedLock(options: CreateFromSharedLockOptions): Promise<LockCreated> {
    const { sharedLockId, combinationId, password, isTestLock = false, signal } = options;
    requireId(sharedLockId, 'createFromSharedLock', 'sharedLockId');
    requireId(combinationId, 'createFromSharedLock', 'combinationId');

    const path = '/public-locks/{sharedLockId}/create-lock';
    return unwrap(await this.#context.client.POST(path, {
      params: { path: { sharedLockId } }, body: { combinationId, password, isTestLock }, signal,
    }));
  }

  /**
   * Another user's locks, as a visitor sees them.
   *
   * @example
   * ```ts
   * const locks = await chaster.locks.ofUser(userId);
   * ```
   */
  async ofUser(userId: string, options: SignalOptions = {}): Promise<Lock[]> {
    requireId(userId, 'ofUser', 'userId');

    const bodies = unwrap(await this.#context.client.GET('/locks/user/{userId}', {
      params: { path: { userId } }, signal: options.signal,
    }));
    return bodies.map((body) => new Lock(this.#context, body));
  }

  /**
   * The habits a penalty extension can watch, for configuring one.
   *
   * @example
   * ```ts
   * const habits = await chaster.locks.punishableActions();
   * ```
   */
  async punishableActions(options: SignalOptions = {}): Promise<PunishableAction[]> {
    return unwrap(await this.#context.client.GET('/extensions/penalty/punishable-actions', {
      signal: options.signal,
    }));
  }
}

function requireId(value: unknown, method: string, name: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ChasterUsageError(`${method} needs a ${name}, got ${JSON.stringify(value)}`);
  }
}
