/**
 * Layer 2 pagination: one {@link Paginator} shape over Chaster's several paging styles.
 *
 * @module
 */
export { createPaginator } from './create-paginator.js';
export type { PaginatorOptions } from './create-paginator.js';
export { cursorPage, keysetPage, pageNumberPage, timestampOffsetPage } from './page-styles.js';
export type { ResultsBody } from './page-styles.js';
export type { Page, PageFetcher, PageRequest, PageResult, Paginator } from './types.js';
