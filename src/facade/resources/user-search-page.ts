import { ChasterResponseError } from '../../errors/index.js';
import type { PageResult } from '../pagination/index.js';
import type { PublicUser } from './schemas.js';

/**
 * Where the user search continues: the last user's id together with the server's
 * `lastAccessForUserList`, because results are ordered by last access and ids alone do not say
 * where in that order a page ended.
 */
export interface UserSearchCursor {
  /** The `_id` of the last user of the previous page. */
  readonly lastId: string;

  /** The last-access timestamp the server returned with the previous page. */
  readonly lastAccessForUserList: string | undefined;
}

/** What the user search answered, as far as the paginator reads it. */
interface UserSearchBody {
  results: PublicUser[];
  hasMore: boolean;
  count?: unknown;
  lastAccessForUserList?: unknown;
}

const SEARCH_PATH = '/users/search';

/**
 * Reads a page of `POST /users/search`. The document gives this operation no response schema, so
 * the body is checked before use: its `{ results, count, hasMore, lastAccessForUserList }` shape
 * comes from Chaster's documentation and observed answers.
 *
 * @param body - The parsed response body.
 * @param status - The response status, for the error when the body cannot be read.
 * @throws {ChasterResponseError} when the body has no `results` list or no `hasMore` flag.
 * @example
 * ```ts
 * const page = userSearchPage(unwrap(result), result.response.status);
 * ```
 */
export function userSearchPage(
  body: unknown,
  status: number,
): PageResult<PublicUser, UserSearchCursor> {
  if (!isUserSearchBody(body)) {
    throw new ChasterResponseError(
      'The user search answered without a results list and a hasMore flag',
      { status, method: 'POST', path: SEARCH_PATH },
    );
  }

  const last = body.results.at(-1);
  const lastAccess = typeof body.lastAccessForUserList === 'string'
    ? body.lastAccessForUserList
    : undefined;
  const next = last === undefined
    ? undefined
    : { lastId: last._id, lastAccessForUserList: lastAccess };

  const page: PageResult<PublicUser, UserSearchCursor> = {
    items: body.results,
    hasMore: body.hasMore,
    next,
  };
  if (typeof body.count === 'number') page.total = body.count;
  return page;
}

function isUserSearchBody(body: unknown): body is UserSearchBody {
  if (typeof body !== 'object' || body === null) return false;

  const candidate = body as { results?: unknown; hasMore?: unknown };
  return Array.isArray(candidate.results)
    && candidate.results.every(hasId)
    && typeof candidate.hasMore === 'boolean';
}

function hasId(item: unknown): boolean {
  return typeof item === 'object' && item !== null
    && typeof (item as { _id?: unknown })._id === 'string';
}
