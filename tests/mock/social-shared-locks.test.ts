import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call, field, sharedLockSettings } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});


async function createSharedLock(overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await call(mock, 'POST', '/shared-locks', {
    as: mock.users.kim,
    body: sharedLockSettings(overrides),
  });
  expect(result.status).toBe(201);
  return String(field(result.body, 'id'));
}

describe('the creator\'s shared locks', () => {
  it('lists the seeded shared locks with the creator as a plain id', async () => {
    const result = await call(mock, 'GET', '/shared-locks', { as: mock.users.kim });
    const listed = result.body as { name: string; user: unknown; password: unknown }[];

    expect(result.status).toBe(200);
    expect(listed.map((item) => item.name).sort()).toEqual(['Training week', 'Weekend game']);
    expect(listed.every((item) => item.user === mock.users.kim.id)).toBe(true);
    expect(listed.find((item) => item.name === 'Training week')?.password).toBe('letmein');
  });

  it('creates a shared lock that the detail shows with the creator as a user card', async () => {
    const id = await createSharedLock({ tags: ['Game', 'Game'], photoId: 'sunset' });

    const detail = await call(mock, 'GET', `/shared-locks/${id}`, { as: mock.users.kim });

    expect(detail.body).toMatchObject({
      _id: id,
      name: 'Evening lock',
      durationMode: 'duration',
      requirePassword: false,
      tags: ['Game'],
      user: { _id: mock.users.kim.id, username: 'kim' },
      unsplashPhoto: { id: 'sunset' },
      extensions: [],
    });
  });

  it('answers 403 to a user reading or changing someone else\'s shared lock', async () => {
    const id = await createSharedLock();
    const { wes } = mock.users;

    const read = await call(mock, 'GET', `/shared-locks/${id}`, { as: wes });
    const body = sharedLockSettings();
    const update = await call(mock, 'PUT', `/shared-locks/${id}`, { as: wes, body });
    const archive = await call(mock, 'POST', `/shared-locks/${id}/archive`, { as: wes });

    expect([read.status, update.status, archive.status]).toEqual([403, 403, 403]);
  });

  it('answers 404 for an unknown shared lock and 401 without a token', async () => {
    const unknown = await call(mock, 'GET', '/shared-locks/000000000000000000000000', {
      as: mock.users.kim,
    });
    const anonymous = await call(mock, 'GET', '/shared-locks');

    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      statusCode: 404,
      message: 'Shared lock not found',
      error: 'Not Found',
    });
    expect(anonymous.status).toBe(401);
  });

  it('refuses a body that breaks the DTO with class-validator sentences', async () => {
    const result = await call(mock, 'POST', '/shared-locks', {
      as: mock.users.kim,
      body: { ...sharedLockSettings(), name: '', minDuration: 'long', tags: [1] },
    });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toEqual([
      'minDuration must be a number conforming to the specified constraints',
      'name should not be empty',
      'each value in tags must be a string',
    ]);
  });

  it('refuses a minimum duration above the maximum', async () => {
    const result = await call(mock, 'POST', '/shared-locks', {
      as: mock.users.kim,
      body: sharedLockSettings({ minDuration: 7200, maxDuration: 3600 }),
    });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toEqual([
      'minDuration must not be greater than maxDuration',
    ]);
  });

  it('keeps an update for later reads', async () => {
    const id = await createSharedLock();
    const { kim } = mock.users;

    const update = await call(mock, 'PUT', `/shared-locks/${id}`, {
      as: kim,
      body: sharedLockSettings({ name: 'Renamed', password: 'secret', maxLockedUsers: 2 }),
    });
    const detail = await call(mock, 'GET', `/shared-locks/${id}`, { as: kim });

    expect(update.status).toBe(200);
    expect(update.body).toBeUndefined();
    expect(detail.body).toMatchObject({
      name: 'Renamed',
      password: 'secret',
      requirePassword: true,
      maxLockedUsers: 2,
    });
  });

  it('moves an archived shared lock to the archived list and off the public page', async () => {
    const id = await createSharedLock({ isPublic: true });
    const { kim } = mock.users;

    const archived = await call(mock, 'POST', `/shared-locks/${id}/archive`, { as: kim });
    const active = await call(mock, 'GET', '/shared-locks', { as: kim });
    const archivedList = await call(mock, 'GET', '/shared-locks?status=archived', { as: kim });
    const publicPage = await call(mock, 'GET', `/public-locks/${id}`);

    expect(archived.status).toBe(201);
    expect((active.body as { _id: string }[]).map((item) => item._id)).not.toContain(id);
    expect(archivedList.body).toEqual([
      expect.objectContaining({ _id: id, archivedAt: new Date(mock.clock.now()).toISOString() }),
    ]);
    expect(publicPage.status).toBe(404);
  });

  it('refuses a status filter outside active and archived', async () => {
    const result = await call(mock, 'GET', '/shared-locks?status=old', { as: mock.users.kim });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toEqual([
      'status must be one of the following values: active, archived',
    ]);
  });
});

describe('the shared-lock creation quota', () => {
  it('answers 429 to the eleventh creation within 30 minutes', async () => {
    for (let index = 0; index < 10; index += 1) await createSharedLock();

    const refused = await call(mock, 'POST', '/shared-locks', {
      as: mock.users.kim,
      body: sharedLockSettings(),
    });

    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      statusCode: 429,
      message: 'ThrottlerException: Too Many Requests',
      error: 'Too Many Requests',
    });
    expect(refused.headers.get('retry-after')).toBe('1800');
    expect(refused.headers.get('x-ratelimit-limit')).toBe('10');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('allows creations again once the window has passed on the virtual clock', async () => {
    for (let index = 0; index < 10; index += 1) await createSharedLock();
    mock.clock.advance(30 * 60_000);

    const again = await call(mock, 'POST', '/shared-locks', {
      as: mock.users.kim,
      body: sharedLockSettings(),
    });

    expect(again.status).toBe(201);
  });

  it('counts each user on their own', async () => {
    for (let index = 0; index < 10; index += 1) await createSharedLock();

    const other = await call(mock, 'POST', '/shared-locks', {
      as: mock.users.sam,
      body: sharedLockSettings(),
    });

    expect(other.status).toBe(201);
  });
});

describe('tags', () => {
  it('lists every tag and suggests those containing the text, starting matches first', async () => {
    const all = await call(mock, 'GET', '/shared-lock-tags');
    const suggested = await call(mock, 'POST', '/shared-lock-tags/suggested', {
      body: { text: 'ga' },
    });

    expect(all.status).toBe(200);
    expect(all.body).toContainEqual({ name: 'Weekend' });
    expect(suggested.status).toBe(201);
    expect(suggested.body).toEqual([{ name: 'Gamble' }, { name: 'Game' }]);
  });
});
