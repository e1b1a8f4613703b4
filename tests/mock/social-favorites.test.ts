import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { sharedLockState } from '../../src/mock/social/shared-locks/records.js';
import { call, field } from './support.js';

let mock: MockChaster;
let sharedLockIds: string[];

beforeEach(() => {
  mock = createMockChaster();
  sharedLockIds = [...sharedLockState(mock.state).sharedLocks.keys()];
});

function favorite(sharedLockId: string) {
  return call(mock, 'PUT', `/shared-locks/${sharedLockId}/favorite`, { as: mock.users.wes });
}

function favoritesPage(body: Record<string, unknown>) {
  return call(mock, 'POST', '/favorites/shared-locks', { as: mock.users.wes, body });
}

function names(body: unknown): string[] {
  return (field(body, 'results') as { name: string }[]).map((item) => item.name);
}

describe('favorite shared locks', () => {
  it('marks, reports and unmarks a favorite', async () => {
    const [id = ''] = sharedLockIds;
    const path = `/shared-locks/${id}/favorite`;
    const as = mock.users.wes;

    const marked = await favorite(id);
    const afterMark = await call(mock, 'GET', path, { as });
    const removed = await call(mock, 'DELETE', path, { as });
    const afterRemove = await call(mock, 'GET', path, { as });

    expect(marked.status).toBe(200);
    expect(marked.body).toBeUndefined();
    expect(afterMark.body).toEqual({ favorite: true });
    expect(removed.status).toBe(200);
    expect(afterRemove.body).toEqual({ favorite: false });
  });

  it('lists favorites newest first and continues from the lastId the server gave', async () => {
    for (const id of sharedLockIds) await favorite(id);

    const first = await favoritesPage({ limit: 2 });
    const second = await favoritesPage({ limit: 2, lastId: field(first.body, 'lastId') });

    expect(first.status).toBe(201);
    expect(names(first.body)).toEqual(['Dice night', 'Training week']);
    expect(first.body).toMatchObject({ count: 3, hasMore: true });
    expect(names(second.body)).toEqual(['Weekend game']);
    expect(second.body).toMatchObject({ count: 3, hasMore: false });
  });

  it('keeps a favorite in its place when it is marked again', async () => {
    for (const id of sharedLockIds) await favorite(id);
    await favorite(sharedLockIds[0] ?? '');

    const page = await favoritesPage({ limit: 10 });

    expect(names(page.body)).toEqual(['Dice night', 'Training week', 'Weekend game']);
  });

  it('answers an empty page with an empty lastId', async () => {
    const page = await favoritesPage({ limit: 5 });

    expect(page.body).toEqual({ results: [], lastId: '', hasMore: false, count: 0 });
  });

  it('answers 404 for an unknown shared lock and 400 without a limit', async () => {
    const unknown = await favorite('000000000000000000000000');
    const noLimit = await favoritesPage({});

    expect(unknown.status).toBe(404);
    expect(noLimit.status).toBe(400);
    expect(field(noLimit.body, 'message')).toContain(
      'limit must be a number conforming to the specified constraints',
    );
  });
});
