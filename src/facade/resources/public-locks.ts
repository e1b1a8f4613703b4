import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, cursorPage, type Paginator } from '../pagination/index.js';
import { assertPageSize, assertText } from './inputs.js';
import type { PageOptions } from './resource-options.js';
import type {
  ExploreCategory, PublicLock, PublicLockSearchCriteria, PublicLockSummary,
} from './schemas.js';

/** Options of {@link PublicLocksResource.search}. */
export interface SearchPublicLocksOptions extends PageOptions {
  /**
   * The filters: text, tags, durations, extensions, findom, the creator's profile.
   * @default {} (every public lock)
   */
  criteria?: PublicLockSearchCriteria;
}

// The search body requires a limit; this is the document's default for it.
const DEFAULT_SEARCH_PAGE_SIZE = 15;

/**
 * Public shared locks (`chaster.publicLocks`): what anyone can find and join.
 *
 * @example
 * ```ts
 * for await (const sharedLock of chaster.publicLocks.search({ criteria: { tags: ['Game'] } })) {
 *   console.log(sharedLock.name);
 * }
 * ```
 */
export class PublicLocksResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.publicLocks` holds, over the Layer 1 client of `context`; `Chaster` does
   * this for you.
   *
   * @example
   * ```ts
   * const publicLocks = new PublicLocksResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Reads a public shared lock, with its creator and the rules for joining it.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const sharedLock = await chaster.publicLocks.get(sharedLockId);
   * console.log(sharedLock.user.username, sharedLock.joinRules);
   * ```
   */
  async get(sharedLockId: string, options: SignalOptions = {}): Promise<PublicLock> {
    assertText(sharedLockId, 'sharedLockId', 'publicLocks.get');

    const sharedLock = unwrap(await this.context.client.GET('/public-locks/{sharedLockId}', {
      params: { path: { sharedLockId } },
      signal: options.signal,
    }));
    return sharedLock;
  }

  /**
   * Searches public shared locks, page by page as the loop asks for them; each page's opaque
   * cursor leads to the next.
   *
   * @throws {ChasterUsageError} for a page size that is not a positive integer.
   * @example
   * ```ts
   * const firstPage = await chaster.publicLocks.search({ criteria: { search: 'weekend' } });
   * console.log(firstPage.items.length, firstPage.total);
   * ```
   */
  search(options: SearchPublicLocksOptions = {}): Paginator<PublicLockSummary> {
    assertPageSize(options.limit, 'publicLocks.search');
    const criteria = options.criteria ?? {};
    const limit = options.limit ?? DEFAULT_SEARCH_PAGE_SIZE;

    return createPaginator<PublicLockSummary, string>(async ({ cursor, signal }) => {
      const body = cursor === undefined ? { criteria, limit } : { criteria, limit, cursor };
      const page = unwrap(await this.context.client.POST('/public-locks/search', {
        body,
        signal,
      }));
      return cursorPage(page);
    }, { signal: options.signal });
  }

  /**
   * Downloads a shared lock's picture.
   *
   * @returns The picture, with the content type the server sent.
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const picture = await chaster.publicLocks.image(sharedLockId);
   * await writeFile('lock.jpg', new Uint8Array(await picture.arrayBuffer()));
   * ```
   */
  async image(sharedLockId: string, options: SignalOptions = {}): Promise<Blob> {
    assertText(sharedLockId, 'sharedLockId', 'publicLocks.image');

    return unwrap(await this.context.client.GET('/public-locks/images/{sharedLockId}', {
      params: { path: { sharedLockId } },
      parseAs: 'blob',
      signal: options.signal,
    }));
  }

  /**
   * The categories of the explore page, each with the public shared locks it features.
   *
   * @example
   * ```ts
   * const categories = await chaster.publicLocks.exploreCategories();
   * ```
   */
  async exploreCategories(options: SignalOptions = {}): Promise<ExploreCategory[]> {
    const categories = unwrap(await this.context.client.GET('/explore/categories', {
      signal: options.signal,
    }));
    return categories;
  }
}

/** How each Public Locks operation is reached. */
export const coverage = {
  PublicLockController_findOne: 'chaster.publicLocks.get(sharedLockId)',
  PublicLockController_search: 'chaster.publicLocks.search({ criteria })',
  PublicLockController_getSharedLockImage: 'chaster.publicLocks.image(sharedLockId)',
  PublicLockExploreController_findAll: 'chaster.publicLocks.exploreCategories()',
} satisfies Coverage;
