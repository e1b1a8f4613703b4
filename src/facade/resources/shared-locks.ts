import type { components } from '../../../generated/chaster.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, type PageResult, type Paginator } from '../pagination/index.js';
import { assertPageSize, assertText } from './inputs.js';
import type { PageOptions } from './resource-options.js';
import type {
  PublicLockSummary, SharedLockCreated, SharedLockSettings, SharedLockTag,
} from './schemas.js';
import { SharedLock } from './shared-lock.js';
import { readFavorite, readSharedLock, setFavorite } from './shared-lock-calls.js';

/** Options of {@link SharedLocksResource.list}. */
export interface ListSharedLocksOptions extends SignalOptions {
  /**
   * Which shared locks to list.
   * @default the server's default, the active ones
   */
  status?: 'active' | 'archived';
}

/** A page of favorites: unlike other keyset lists, the server gives the next `lastId` itself. */
type FavoritesBody = components['schemas']['GetFavoriteSharedLocksRepDto'];

// The favorites body requires a limit; this is the document's default for it.
const DEFAULT_FAVORITES_PAGE_SIZE = 15;

/**
 * The caller's shared locks (`chaster.sharedLocks`): templates that wearers join, with the caller
 * as keyholder, plus favorites and tags.
 *
 * @example
 * ```ts
 * const sharedLocks = await chaster.sharedLocks.list();
 * for (const sharedLock of sharedLocks) console.log(sharedLock.name, sharedLock.isPublic);
 * ```
 */
export class SharedLocksResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.sharedLocks` holds, over the Layer 1 client of `context`; `Chaster` does
   * this for you.
   *
   * @example
   * ```ts
   * const sharedLocks = new SharedLocksResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Lists the caller's shared locks. In this list each lock's creator is a plain id, so
   * `creator` is `undefined` and `creatorId` holds it.
   *
   * @example
   * ```ts
   * const archived = await chaster.sharedLocks.list({ status: 'archived' });
   * ```
   */
  async list(options: ListSharedLocksOptions = {}): Promise<SharedLock[]> {
    const query = options.status === undefined ? {} : { status: options.status };

    const sharedLocks = unwrap(await this.context.client.GET('/shared-locks', {
      params: { query },
      signal: options.signal,
    }));
    return sharedLocks.map((data) => new SharedLock(this.context, data));
  }

  /**
   * Reads one of the caller's shared locks, with the locks started from it.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const sharedLock = await chaster.sharedLocks.get('65872d75b7f937174e9e960b');
   * ```
   */
  async get(sharedLockId: string, options: SignalOptions = {}): Promise<SharedLock> {
    assertText(sharedLockId, 'sharedLockId', 'sharedLocks.get');

    return new SharedLock(this.context, await readSharedLock(this.context, sharedLockId, options));
  }

  /**
   * Creates a shared lock. Chaster allows 10 shared lock creations per 30 minutes.
   *
   * @param settings - Every setting of the shared lock; durations are in seconds.
   * @returns The new shared lock's id.
   * @example
   * ```ts
   * const { id } = await chaster.sharedLocks.create({
   *   name: 'Weekend', description: 'Two days', minDuration: 86400, maxDuration: 172800,
   *   maxLimitDuration: null, minDate: null, maxDate: null, maxLimitDate: null,
   *   displayRemainingTime: true, limitLockTime: false, maxLockedUsers: null, isPublic: false,
   *   requireContact: false, password: null, photoId: 'Sj_3Jdr19L4', hideTimeLogs: false,
   *   isFindom: false,
   * });
   * ```
   */
  async create(
    settings: SharedLockSettings,
    options: SignalOptions = {},
  ): Promise<SharedLockCreated> {
    return unwrap(await this.context.client.POST('/shared-locks', {
      body: settings,
      signal: options.signal,
    }));
  }

  /**
   * Adds a shared lock (usually someone else's public one) to the caller's favorites.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * await chaster.sharedLocks.favorite(sharedLockId);
   * ```
   */
  async favorite(sharedLockId: string, options: SignalOptions = {}): Promise<void> {
    assertText(sharedLockId, 'sharedLockId', 'sharedLocks.favorite');

    await setFavorite(this.context, sharedLockId, true, options);
  }

  /**
   * Removes a shared lock from the caller's favorites.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * await chaster.sharedLocks.unfavorite(sharedLockId);
   * ```
   */
  async unfavorite(sharedLockId: string, options: SignalOptions = {}): Promise<void> {
    assertText(sharedLockId, 'sharedLockId', 'sharedLocks.unfavorite');

    await setFavorite(this.context, sharedLockId, false, options);
  }

  /**
   * Tells whether a shared lock is among the caller's favorites.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const starred = await chaster.sharedLocks.isFavorite(sharedLockId);
   * ```
   */
  async isFavorite(sharedLockId: string, options: SignalOptions = {}): Promise<boolean> {
    assertText(sharedLockId, 'sharedLockId', 'sharedLocks.isFavorite');

    return readFavorite(this.context, sharedLockId, options);
  }

  /**
   * The caller's favorite shared locks, read page by page as the loop asks for them. The server
   * hands back the cursor of the next page (`lastId`) itself.
   *
   * @throws {ChasterUsageError} for a page size that is not a positive integer.
   * @example
   * ```ts
   * const favorites = await chaster.sharedLocks.favorites().collect({ limit: 100 });
   * ```
   */
  favorites(options: PageOptions = {}): Paginator<PublicLockSummary> {
    assertPageSize(options.limit, 'sharedLocks.favorites');
    const limit = options.limit ?? DEFAULT_FAVORITES_PAGE_SIZE;

    return createPaginator<PublicLockSummary, string>(async ({ cursor, signal }) => {
      const body = cursor === undefined ? { limit } : { limit, lastId: cursor };
      const page = unwrap(await this.context.client.POST('/favorites/shared-locks', {
        body,
        signal,
      }));
      return favoritesPage(page);
    }, { signal: options.signal });
  }

  /**
   * Every tag a shared lock can carry.
   *
   * @example
   * ```ts
   * const names = (await chaster.sharedLocks.tags()).map((tag) => tag.name);
   * ```
   */
  async tags(options: SignalOptions = {}): Promise<SharedLockTag[]> {
    return unwrap(await this.context.client.GET('/shared-lock-tags', { signal: options.signal }));
  }

  /**
   * The tags Chaster suggests for a shared lock's text (its name or description).
   *
   * @example
   * ```ts
   * const tags = await chaster.sharedLocks.suggestedTags('A weekend of tasks and denial');
   * ```
   */
  async suggestedTags(text: string, options: SignalOptions = {}): Promise<SharedLockTag[]> {
    return unwrap(await this.context.client.POST('/shared-lock-tags/suggested', {
      body: { text },
      signal: options.signal,
    }));
  }
}

function favoritesPage(page: FavoritesBody): PageResult<PublicLockSummary, string> {
  const next = typeof page.lastId === 'string' && page.lastId !== '' ? page.lastId : undefined;
  return { items: page.results, hasMore: page.hasMore, next, total: page.count };
}

/** How each Shared Locks operation is reached. */
export const coverage = {
  SharedLockController_findAll: 'chaster.sharedLocks.list({ status })',
  SharedLockController_findOne: 'chaster.sharedLocks.get(sharedLockId)',
  SharedLockController_create: 'chaster.sharedLocks.create(settings)',
  SharedLockController_update: '(await chaster.sharedLocks.get(sharedLockId)).update(settings)',
  SharedLockController_archive: '(await chaster.sharedLocks.get(sharedLockId)).archive()',
  SharedLockFavoriteController_setFavorite: 'chaster.sharedLocks.favorite(sharedLockId)',
  SharedLockFavoriteController_removeFavorite: 'chaster.sharedLocks.unfavorite(sharedLockId)',
  SharedLockFavoriteController_isFavorite: 'chaster.sharedLocks.isFavorite(sharedLockId)',
  SharedLockFavoritesController_getFavoriteSharedLocks: 'chaster.sharedLocks.favorites()',
  SharedLockTagController_findAllTags: 'chaster.sharedLocks.tags()',
  SharedLockTagController_findSuggestedTags: 'chaster.sharedLocks.suggestedTags(text)',
} satisfies Coverage;
