import { ChasterAbortError, ChasterUsageError } from '../../errors/index.js';
import type { Page, PageFetcher, PageResult, Paginator } from './types.js';

/** Options shared by every paginator. */
export interface PaginatorOptions {
  /** Stops the iteration between pages and aborts the page request in flight. */
  signal?: AbortSignal | undefined;
}

/**
 * Builds a {@link Paginator} from a function that reads one page. The paginator stops when a page
 * says `hasMore: false`, when a page is empty, when no next cursor is given, or when the server
 * hands back a cursor it already gave (so a server bug cannot turn into an endless loop).
 *
 * @param fetchPage - Reads the page at a cursor (`undefined` for the first page).
 * @param options - `signal`, checked before each page and passed to each request.
 * @example
 * ```ts
 * const history = createPaginator(async ({ cursor, signal }) => keysetPage(unwrap(
 *   await client.POST('/locks/{lockId}/history', {
 *     params: { path: { lockId } }, body: { lastId: cursor, limit: 50 }, signal,
 *   }),
 * )));
 * ```
 */
export function createPaginator<T, Cursor>(
  fetchPage: PageFetcher<T, Cursor>,
  options: PaginatorOptions = {},
): Paginator<T> {
  const signal = options.signal;
  let firstPage: Promise<Page<T>> | undefined;

  const readPages = (): AsyncIterable<Page<T>> => ({
    [Symbol.asyncIterator]: () => walkPages(fetchPage, signal),
  });

  return {
    then(onFulfilled, onRejected) {
      // The first page is fetched once, however many times the paginator is awaited.
      firstPage ??= fetchOne(fetchPage, undefined, signal).then(toPage);
      return firstPage.then(onFulfilled, onRejected);
    },

    pages: readPages,

    async *[Symbol.asyncIterator]() {
      for await (const page of readPages()) yield* page.items;
    },

    async collect({ limit }) {
      assertLimit(limit);

      const collected: T[] = [];
      for await (const page of readPages()) {
        collected.push(...page.items.slice(0, limit - collected.length));
        if (collected.length >= limit) break;
      }
      return collected;
    },
  };
}

async function* walkPages<T, Cursor>(
  fetchPage: PageFetcher<T, Cursor>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Page<T>> {
  const seenCursors = new Set<string>();
  let cursor: Cursor | undefined;

  for (;;) {
    const result = await fetchOne(fetchPage, cursor, signal);
    yield toPage(result);

    if (!result.hasMore || result.items.length === 0 || result.next === undefined) return;

    const key = cursorKey(result.next);
    if (seenCursors.has(key)) return;
    seenCursors.add(key);
    cursor = result.next;
  }
}

function fetchOne<T, Cursor>(
  fetchPage: PageFetcher<T, Cursor>,
  cursor: Cursor | undefined,
  signal: AbortSignal | undefined,
): Promise<PageResult<T, Cursor>> {
  if (signal?.aborted) {
    return Promise.reject(new ChasterAbortError('Pagination aborted before the next page', {
      cause: signal.reason,
    }));
  }

  return fetchPage(signal === undefined ? { cursor } : { cursor, signal });
}

function toPage<T, Cursor>(result: PageResult<T, Cursor>): Page<T> {
  const page: Page<T> = { items: result.items, hasMore: result.hasMore };
  if (result.total !== undefined) page.total = result.total;
  return page;
}

/** Compares cursors by value, so that a compound cursor object repeated by the server is seen. */
function cursorKey(cursor: unknown): string {
  return typeof cursor === 'object' && cursor !== null
    ? JSON.stringify(cursor)
    : `${typeof cursor}:${String(cursor)}`;
}

function assertLimit(limit: unknown): asserts limit is number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new ChasterUsageError(
      `collect needs a limit that is a positive integer, got ${String(limit)}`,
    );
  }
}
