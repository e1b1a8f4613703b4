import { describe, expect, it, vi } from 'vitest';
import { ChasterAbortError, ChasterUsageError } from '../../src/errors/index.js';
import {
  createPaginator,
  type PageRequest,
  type PageResult,
} from '../../src/facade/pagination/index.js';

/** A fetcher over fixed pages of numbers, keyed by cursor, recording each request. */
function pagesOf(pages: Record<string, PageResult<number, string>>) {
  const requests: PageRequest<string>[] = [];
  const fetchPage = vi.fn(async (request: PageRequest<string>) => {
    requests.push(request);
    const page = pages[request.cursor ?? 'first'];
    if (page === undefined) throw new Error(`no page at ${String(request.cursor)}`);
    return page;
  });
  return { fetchPage, requests };
}

const THREE_PAGES = {
  first: { items: [1, 2], hasMore: true, next: 'b', total: 5 },
  b: { items: [3, 4], hasMore: true, next: 'c', total: 5 },
  c: { items: [5], hasMore: false, next: undefined, total: 5 },
};

describe('createPaginator', () => {
  it('gives the first page when awaited, fetching nothing else', async () => {
    const { fetchPage, requests } = pagesOf(THREE_PAGES);

    const page = await createPaginator(fetchPage);

    expect(page).toEqual({ items: [1, 2], hasMore: true, total: 5 });
    expect(requests.map((request) => request.cursor)).toEqual([undefined]);
  });

  it('fetches the first page once however often it is awaited', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);
    const paginator = createPaginator(fetchPage);

    await paginator;
    await paginator;

    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('fetches nothing until it is awaited or iterated', () => {
    const { fetchPage } = pagesOf(THREE_PAGES);

    createPaginator(fetchPage);

    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('yields every item across pages in order, following each next cursor', async () => {
    const { fetchPage, requests } = pagesOf(THREE_PAGES);

    const items: number[] = [];
    for await (const item of createPaginator(fetchPage)) items.push(item);

    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(requests.map((request) => request.cursor)).toEqual([undefined, 'b', 'c']);
  });

  it('reads page by page with pages()', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);

    const sizes: number[] = [];
    for await (const page of createPaginator(fetchPage).pages()) sizes.push(page.items.length);

    expect(sizes).toEqual([2, 2, 1]);
  });

  it('fetches the next page only when the loop asks for more', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);

    for await (const item of createPaginator(fetchPage)) {
      if (item === 2) break;
    }

    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops on an empty page even when the server claims more', async () => {
    const { fetchPage } = pagesOf({
      first: { items: [1], hasMore: true, next: 'b' },
      b: { items: [], hasMore: true, next: 'c' },
      c: { items: [99], hasMore: false, next: undefined },
    });

    const items: number[] = [];
    for await (const item of createPaginator(fetchPage)) items.push(item);

    expect(items).toEqual([1]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('stops when more is claimed but no next cursor is given', async () => {
    const { fetchPage } = pagesOf({ first: { items: [1], hasMore: true, next: undefined } });

    const items: number[] = [];
    for await (const item of createPaginator(fetchPage)) items.push(item);

    expect(items).toEqual([1]);
  });

  it('never loops on a cursor the server repeats', async () => {
    const { fetchPage } = pagesOf({
      first: { items: [1], hasMore: true, next: 'b' },
      b: { items: [2], hasMore: true, next: 'b' },
    });

    const items: number[] = [];
    for await (const item of createPaginator(fetchPage)) items.push(item);

    expect(items).toEqual([1, 2]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('compares compound cursors by value', async () => {
    const fetchPage = vi.fn(async (request: PageRequest<{ lastId: string }>) => ({
      items: [request.cursor?.lastId ?? 'start'],
      hasMore: true,
      next: { lastId: 'same' },
    }));

    const items = await createPaginator(fetchPage).collect({ limit: 10 });

    expect(items).toEqual(['start', 'same']);
  });

  it('collects at most the limit, and fetches no page past it', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);

    const items = await createPaginator(fetchPage).collect({ limit: 3 });

    expect(items).toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('collects everything when the list is shorter than the limit', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);

    expect(await createPaginator(fetchPage).collect({ limit: 100 })).toEqual([1, 2, 3, 4, 5]);
  });

  const badLimits = [0, -1, 1.5, Number.NaN, undefined];

  it.each(badLimits)('refuses to collect with the limit %s', async (limit) => {
    const { fetchPage } = pagesOf(THREE_PAGES);
    const collect = createPaginator(fetchPage).collect({ limit: limit as number });

    await expect(collect).rejects.toThrow(ChasterUsageError);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('passes its signal to every page request', async () => {
    const { fetchPage, requests } = pagesOf(THREE_PAGES);
    const controller = new AbortController();

    await createPaginator(fetchPage, { signal: controller.signal }).collect({ limit: 10 });

    expect(requests.map((request) => request.signal)).toEqual([
      controller.signal, controller.signal, controller.signal,
    ]);
  });

  it('stops between pages once its signal is aborted', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);
    const controller = new AbortController();
    const seen: number[] = [];

    const loop = (async () => {
      for await (const item of createPaginator(fetchPage, { signal: controller.signal })) {
        seen.push(item);
        if (item === 2) controller.abort(new Error('enough'));
      }
    })();

    await expect(loop).rejects.toBeInstanceOf(ChasterAbortError);
    expect(seen).toEqual([1, 2]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('makes no request when awaited with an aborted signal', async () => {
    const { fetchPage } = pagesOf(THREE_PAGES);

    const first = createPaginator(fetchPage, { signal: AbortSignal.abort() });

    await expect(first).rejects.toBeInstanceOf(ChasterAbortError);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('rejects with the fetcher error, unchanged', async () => {
    const failure = new Error('boom');
    const paginator = createPaginator<number, string>(async () => {
      throw failure;
    });

    await expect(paginator.collect({ limit: 5 })).rejects.toBe(failure);
  });

  it('leaves total out of a page whose endpoint reports none', async () => {
    const { fetchPage } = pagesOf({ first: { items: [1], hasMore: false, next: undefined } });

    const page = await createPaginator(fetchPage);

    expect(page).not.toHaveProperty('total');
  });
});
