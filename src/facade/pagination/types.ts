/**
 * One page of a list: its items, whether the server has more after it, and the total count when
 * the endpoint reports one.
 *
 * @example
 * ```ts
 * const page: Page<ActionLog> = await lock.history();
 * if (page.hasMore) console.log('more history to read');
 * ```
 */
export interface Page<T> {
  /** The items of this page, in the server's order. */
  items: T[];

  /** Whether the server said more items follow. */
  hasMore: boolean;

  /** The total number of items across all pages, when the endpoint reports it. */
  total?: number;
}

/**
 * A list that can be read three ways: `await` it for the first page, `for await` it for every
 * item across pages, or call `collect({ limit })` for at most `limit` items. Nothing is fetched
 * until one of them is used; each loop and each `collect` starts again from the first page.
 *
 * @example
 * ```ts
 * for await (const entry of lock.history()) {
 *   if (entry.type === 'locked') break;
 * }
 * ```
 */
export interface Paginator<T> extends AsyncIterable<T>, PromiseLike<Page<T>> {
  /**
   * Reads the list page by page, fetching each page only when the loop asks for it.
   *
   * @example
   * ```ts
   * for await (const page of lock.history().pages()) console.log(page.items.length);
   * ```
   */
  pages(): AsyncIterable<Page<T>>;

  /**
   * Reads items across pages until `limit` of them are gathered or the list ends. The limit is
   * required so that a list the caller did not expect to be long cannot exhaust memory or the
   * rate limit.
   *
   * @example
   * ```ts
   * const latest = await lock.history().collect({ limit: 50 });
   * ```
   */
  collect(options: { limit: number }): Promise<T[]>;
}

/**
 * What a page fetcher receives: the cursor of the page to read (`undefined` for the first) and
 * the signal to pass to the request.
 *
 * @example
 * ```ts
 * const fetchPage = async ({ cursor, signal }: PageRequest<string>) => { ... };
 * ```
 */
export interface PageRequest<Cursor> {
  /** Where to continue from; `undefined` asks for the first page. */
  cursor: Cursor | undefined;

  /** The paginator's signal, to pass on to Layer 1. */
  signal?: AbortSignal;
}

/**
 * What a page fetcher returns: the page and the cursor of the next one.
 *
 * @example
 * ```ts
 * const result: PageResult<Lock, number> = { items, hasMore: true, next: 1, total: 42 };
 * ```
 */
export interface PageResult<T, Cursor> {
  /** The items of this page. */
  items: T[];

  /** Whether the server said more items follow. */
  hasMore: boolean;

  /** The cursor of the following page; `undefined` ends the list. */
  next: Cursor | undefined;

  /** The total number of items, when the endpoint reports it. */
  total?: number;
}

/**
 * Reads one page. Called once per page, in order, never concurrently for the same iteration.
 *
 * @example
 * ```ts
 * const fetchPage: PageFetcher<ActionLog, string> = async ({ cursor, signal }) =>
 *   keysetPage(await readHistory(cursor, signal));
 * ```
 */
export type PageFetcher<T, Cursor> = (
  request: PageRequest<Cursor>,
) => Promise<PageResult<T, Cursor>>;
