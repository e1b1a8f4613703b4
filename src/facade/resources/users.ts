import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, type Paginator } from '../pagination/index.js';
import { assertPageSize, assertText } from './inputs.js';
import type { PageOptions } from './resource-options.js';
import type { PublicUser, UserSearchCriteria } from './schemas.js';
import { userSearchPage, type UserSearchCursor } from './user-search-page.js';

/** Options of {@link UsersResource.search}. */
export interface SearchUsersOptions extends PageOptions {
  /**
   * The filters: role, genders, age, location, orientation, activity, findom.
   * @default {} (every user)
   */
  criteria?: UserSearchCriteria;
}

// The search body requires a limit; this is the document's default for it.
const DEFAULT_SEARCH_PAGE_SIZE = 15;

/**
 * Finding other users (`chaster.users`).
 *
 * @example
 * ```ts
 * const criteria = { role: { keyholder: true, wearer: false } };
 * const keyholders = await chaster.users.search({ criteria }).collect({ limit: 30 });
 * ```
 */
export class UsersResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.users` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you.
   *
   * @example
   * ```ts
   * const users = new UsersResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Searches users, page by page as the loop asks for them. Each page continues from the
   * previous page's last user id together with the `lastAccessForUserList` the server returned
   * with it: this list needs both to know where it stopped.
   *
   * The document describes no response for this operation; items are typed as public profiles,
   * which is what Chaster returns, and a body without `results` and `hasMore` is refused.
   *
   * @throws {ChasterUsageError} for a page size that is not a positive integer.
   * @throws {ChasterResponseError} when a page's body lacks `results` or `hasMore`.
   * @example
   * ```ts
   * for await (const user of chaster.users.search({ criteria: { isActive: true } })) {
   *   console.log(user.username);
   * }
   * ```
   */
  search(options: SearchUsersOptions = {}): Paginator<PublicUser> {
    assertPageSize(options.limit, 'users.search');
    const criteria = options.criteria ?? {};
    const limit = options.limit ?? DEFAULT_SEARCH_PAGE_SIZE;

    return createPaginator<PublicUser, UserSearchCursor>(async ({ cursor, signal }) => {
      const result = await this.context.client.POST('/users/search', {
        body: { criteria, limit, ...cursorFields(cursor) },
        signal,
      });
      const body: unknown = unwrap(result);
      return userSearchPage(body, result.response.status);
    }, { signal: options.signal });
  }

  /**
   * Finds the user who linked a Discord account.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const user = await chaster.users.byDiscordId('80351110224678912');
   * ```
   */
  async byDiscordId(discordId: string, options: SignalOptions = {}): Promise<PublicUser> {
    assertText(discordId, 'discordId', 'users.byDiscordId');

    const user = unwrap(await this.context.client.GET('/users/search/by-discord-id/{discordId}', {
      params: { path: { discordId } },
      signal: options.signal,
    }));
    return user;
  }

  /**
   * Finds users whose username matches a text.
   *
   * @example
   * ```ts
   * const matches = await chaster.users.byUsername('user_0');
   * ```
   */
  async byUsername(search: string, options: SignalOptions = {}): Promise<PublicUser[]> {
    const users = unwrap(await this.context.client.POST('/users/search/by-username', {
      body: { search },
      signal: options.signal,
    }));
    return users;
  }
}

function cursorFields(
  cursor: UserSearchCursor | undefined,
): { lastId?: string; lastAccessForUserList?: string } {
  if (cursor === undefined) return {};
  if (cursor.lastAccessForUserList === undefined) return { lastId: cursor.lastId };

  return { lastId: cursor.lastId, lastAccessForUserList: cursor.lastAccessForUserList };
}

/** How each Users operation is reached. */
export const coverage = {
  UserSearchController_searchUsers: 'chaster.users.search({ criteria })',
  UserSearchController_getUserByDiscordId: 'chaster.users.byDiscordId(discordId)',
  UserSearchController_searchByUsername: 'chaster.users.byUsername(search)',
} satisfies Coverage;
