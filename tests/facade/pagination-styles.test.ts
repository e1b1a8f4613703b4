import { describe, expect, it } from 'vitest';
import {
  cursorPage,
  keysetPage,
  pageNumberPage,
  timestampOffsetPage,
} from '../../src/facade/pagination/index.js';

describe('keysetPage', () => {
  it('takes the last result id as the next cursor', () => {
    const page = keysetPage({ results: [{ _id: 'a' }, { _id: 'b' }], hasMore: true, count: 9 });

    expect(page).toEqual({
      items: [{ _id: 'a' }, { _id: 'b' }], hasMore: true, next: 'b', total: 9,
    });
  });

  it('has no next cursor for an empty page', () => {
    expect(keysetPage({ results: [], hasMore: false }).next).toBeUndefined();
  });
});

describe('pageNumberPage', () => {
  it('counts pages from 0, so page 1 of 3 has more', () => {
    expect(pageNumberPage(['x'], 1, 3, 25)).toEqual({
      items: ['x'], hasMore: true, next: 2, total: 25,
    });
  });

  it('ends on the last page', () => {
    expect(pageNumberPage(['x'], 2, 3)).toEqual({ items: ['x'], hasMore: false, next: undefined });
  });

  it('ends at once when there are no pages', () => {
    expect(pageNumberPage([], 0, 0, 0).hasMore).toBe(false);
  });
});

describe('cursorPage', () => {
  it('passes the opaque cursor on', () => {
    const page = cursorPage({ results: [1], hasMore: true, count: 4, cursor: 'opaque==' });

    expect(page).toEqual({ items: [1], hasMore: true, next: 'opaque==', total: 4 });
  });

  it.each([undefined, null, ''])('has no next cursor when the server sends %s', (cursor) => {
    expect(cursorPage({ results: [1], hasMore: true, cursor }).next).toBeUndefined();
  });
});

describe('timestampOffsetPage', () => {
  it('takes the key of the last item as the next offset', () => {
    const results = [{ lastMessageAt: '2024-01-02T00:00:00.000Z' },
      { lastMessageAt: '2024-01-01T00:00:00.000Z' }];

    const page = timestampOffsetPage({ results, hasMore: true, count: 2 },
      (item) => item.lastMessageAt);

    expect(page.next).toBe('2024-01-01T00:00:00.000Z');
    expect(page.total).toBe(2);
  });
});
