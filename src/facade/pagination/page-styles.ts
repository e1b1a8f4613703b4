import type { PageResult } from './types.js';

/** The `{ results, hasMore, count }` body most of Chaster's lists answer with. */
export interface ResultsBody<T> {
  /** The items of the page. */
  results: T[];

  /** Whether more items follow. */
  hasMore: boolean;

  /** The total count, when the endpoint reports one. */
  count?: number;
}

/**
 * Reads a keyset page whose next cursor is the last item's `_id` (history, messages, logs).
 *
 * @example
 * ```ts
 * const page = keysetPage(unwrap(await client.POST('/locks/{lockId}/history', init)));
 * ```
 */
export function keysetPage<T extends { _id: string }>(
  raw: ResultsBody<T>,
): PageResult<T, string> {
  return withTotal({ items: raw.results, hasMore: raw.hasMore, next: raw.results.at(-1)?._id },
    raw.count);
}

/**
 * Reads a page-number page; Chaster numbers pages from 0, so page `page` of `pages` has more
 * after it while `page + 1 < pages`.
 *
 * @example
 * ```ts
 * const { locks, pages, total } = body;
 * return pageNumberPage(locks, page, pages, total);
 * ```
 */
export function pageNumberPage<T>(
  items: T[],
  page: number,
  pages: number,
  total?: number,
): PageResult<T, number> {
  const hasMore = page + 1 < pages;
  return withTotal({ items, hasMore, next: hasMore ? page + 1 : undefined }, total);
}

/**
 * Reads an opaque-cursor page (`POST /locks/search`, `POST /public-locks/search`).
 *
 * @example
 * ```ts
 * return cursorPage(unwrap(await client.POST('/locks/search', { body, signal })));
 * ```
 */
export function cursorPage<T>(
  raw: ResultsBody<T> & { cursor?: string | null | undefined },
): PageResult<T, string> {
  const next = typeof raw.cursor === 'string' && raw.cursor !== '' ? raw.cursor : undefined;
  return withTotal({ items: raw.results, hasMore: raw.hasMore, next }, raw.count);
}

/**
 * Reads a page whose next cursor is a timestamp of the last item, such as `GET /conversations`,
 * where `offset` is the last conversation's `lastMessageAt`.
 *
 * @example
 * ```ts
 * return timestampOffsetPage(body, (conversation) => conversation.lastMessageAt);
 * ```
 */
export function timestampOffsetPage<T>(
  raw: ResultsBody<T>,
  key: (item: T) => string,
): PageResult<T, string> {
  const last = raw.results.at(-1);
  return withTotal({ items: raw.results, hasMore: raw.hasMore, next: last && key(last) },
    raw.count);
}

function withTotal<T, Cursor>(
  result: PageResult<T, Cursor>,
  total: number | undefined,
): PageResult<T, Cursor> {
  if (typeof total === 'number') result.total = total;
  return result;
}
