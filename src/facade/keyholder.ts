import { ChasterUsageError } from '../errors/index.js';
import { unwrap } from '../unwrap.js';
import type { FacadeContext } from './context.js';
import type { Coverage } from './coverage-types.js';
import { Lock } from './locks/lock.js';
import type { SignalOptions } from './options.js';
import { createPaginator, pageNumberPage, type Paginator } from './pagination/index.js';
import type { KeyholderLockStatus, KeyholderSearchCriteria } from './types.js';

/**
 * Options of {@link KeyholderResource.searchLocks}.
 *
 * @example
 * ```ts
 * chaster.keyholder.searchLocks({ status: 'locked', search: 'al', limit: 20 });
 * ```
 */
export interface KeyholderSearchOptions extends SignalOptions {
  /** Which shared locks' wearers to include. */
  criteria?: KeyholderSearchCriteria;

  /** Only locks in this state. */
  status?: KeyholderLockStatus;

  /** A wearer's username or shared lock name to match; at least 2 characters. */
  search?: string;

  /** Locks per page. */
  limit: number;
}

/**
 * What a keyholder sees: `chaster.keyholder`.
 *
 * @example
 * ```ts
 * for await (const lock of chaster.keyholder.searchLocks({ status: 'locked', limit: 20 })) {
 *   console.log(lock.wearer.username, lock.remainingTime());
 * }
 * ```
 */
export class KeyholderResource {
  readonly #context: FacadeContext;

  /**
   * @example
   * ```ts
   * const keyholder = new KeyholderResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.#context = context;
  }

  /**
   * The locks the caller holds the keys of, page by page (pages numbered from 0).
   *
   * @throws {ChasterUsageError} for a `search` shorter than 2 characters (Chaster's minimum) or
   * a `limit` that is not a positive integer.
   * @example
   * ```ts
   * const first = await chaster.keyholder.searchLocks({ limit: 10 });
   * console.log(first.total, first.items.length);
   * ```
   */
  searchLocks(options: KeyholderSearchOptions): Paginator<Lock> {
    const { criteria, status, search, limit, signal } = options;
    checkSearch(search, limit);
    const context = this.#context;

    return createPaginator<Lock, number>(async (request) => {
      const page = request.cursor ?? 0;
      const body = unwrap(await context.client.POST('/keyholder/locks/search', {
        body: { criteria, status, search, page, limit }, signal: request.signal,
      }));

      const locks = body.locks.map((data) => new Lock(context, data));
      return pageNumberPage(locks, page, body.pages, body.total);
    }, { signal });
  }
}

function checkSearch(search: unknown, limit: unknown): void {
  if (search !== undefined && (typeof search !== 'string' || search.trim().length < 2)) {
    throw new ChasterUsageError(
      `searchLocks needs a search of at least 2 characters, got ${JSON.stringify(search)}`,
    );
  }

  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new ChasterUsageError(
      `searchLocks needs a limit that is a positive integer, got ${String(limit)}`,
    );
  }
}

/**
 * How Layer 2 reaches the Keyholder tag.
 *
 * @example
 * ```ts
 * coverage.KeyholderController_searchLocks;
 * ```
 */
export const coverage = {
  KeyholderController_searchLocks: 'chaster.keyholder.searchLocks({ status, search, limit })',
} satisfies Coverage;
