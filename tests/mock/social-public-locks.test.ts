import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster, UserRecord } from '../../src/mock/index.js';
import { call, field, HOUR_MS, sharedLockSettings } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

interface Listed {
  _id: string;
  name: string;
}

async function seededId(name: string): Promise<string> {
  const result = await call(mock, 'GET', '/shared-locks', { as: mock.users.kim });
  const found = (result.body as Listed[]).find((item) => item.name === name);
  if (found === undefined) throw new Error(`No seeded shared lock ${name}`);
  return found._id;
}

async function publish(name: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await call(mock, 'POST', '/shared-locks', {
    as: mock.users.kim,
    body: sharedLockSettings({ isPublic: true, name, description: '', ...overrides }),
  });
  return String(field(result.body, 'id'));
}

async function combination(as: UserRecord): Promise<string> {
  const result = await call(mock, 'POST', '/combinations/code', { as, body: { code: '1111' } });
  return String(field(result.body, 'combinationId'));
}

async function join(as: UserRecord, sharedLockId: string, extra: Record<string, unknown> = {}) {
  const combinationId = await combination(as);
  return call(mock, 'POST', `/public-locks/${sharedLockId}/create-lock`, {
    as,
    body: { combinationId, ...extra },
  });
}

describe('a shared lock\'s public page', () => {
  it('shows a private shared lock to an anonymous visitor, without its password', async () => {
    const id = await seededId('Training week');

    const result = await call(mock, 'GET', `/public-locks/${id}`);

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      _id: id,
      isPublic: false,
      requirePassword: true,
      user: { username: 'kim' },
      joinRules: { canBeJoined: true, exceedsExtensionLimit: false },
    });
    expect(result.body).not.toHaveProperty('password');
  });

  it('tells the creator they cannot join their own shared lock', async () => {
    const id = await seededId('Weekend game');

    const result = await call(mock, 'GET', `/public-locks/${id}`, { as: mock.users.kim });

    expect(field(result.body, 'joinRules')).toMatchObject({ canBeJoined: false });
  });
});

describe('the public search', () => {
  it('pages newest first behind an opaque cursor and answers 200', async () => {
    await publish('First');
    await publish('Second');
    const body = { criteria: {}, limit: 2 };

    const first = await call(mock, 'POST', '/public-locks/search', { body });
    const cursor = field(first.body, 'cursor');
    const second = await call(mock, 'POST', '/public-locks/search', { body: { ...body, cursor } });

    expect(first.status).toBe(200);
    expect((field(first.body, 'results') as Listed[]).map((item) => item.name)).toEqual([
      'Second',
      'First',
    ]);
    expect(first.body).toMatchObject({ count: 3, hasMore: true });
    expect((field(second.body, 'results') as Listed[]).map((item) => item.name)).toEqual([
      'Weekend game',
    ]);
    expect(second.body).toMatchObject({ count: 3, hasMore: false });
    expect(second.body).not.toHaveProperty('cursor');
  });

  it('filters by text, tags and extensions', async () => {
    await publish('Quiet evening', { tags: ['Weekend'] });
    const names = async (criteria: Record<string, unknown>) => {
      const result = await call(mock, 'POST', '/public-locks/search', {
        body: { criteria, limit: 10 },
      });
      return (field(result.body, 'results') as Listed[]).map((item) => item.name);
    };

    expect(await names({ search: 'QUIET' })).toEqual(['Quiet evening']);
    expect(await names({ tags: ['Weekend', 'Game'], matchAllTags: true })).toEqual([
      'Weekend game',
    ]);
    expect(await names({ tags: ['weekend'] })).toEqual(['Quiet evening', 'Weekend game']);
    expect(await names({ extensions: { extensions: ['dice'], all: false } })).toEqual([
      'Weekend game',
    ]);
    const withoutDice = { extensions: [], all: false, excludedExtensions: ['dice'] };
    expect(await names({ extensions: withoutDice })).toEqual(['Quiet evening']);
  });

  it('refuses a cursor it did not make', async () => {
    const result = await call(mock, 'POST', '/public-locks/search', {
      body: { criteria: {}, limit: 5, cursor: 'not-a-cursor' },
    });

    expect(result.status).toBe(400);
  });

  it('hides the shared locks of a creator who blocked the viewer', async () => {
    const { kim, wes } = mock.users;
    await call(mock, 'POST', '/blocks', { as: kim, body: { targetUserId: wes.id } });

    const result = await call(mock, 'POST', '/public-locks/search', {
      as: wes,
      body: { criteria: {}, limit: 10 },
    });

    expect(result.body).toMatchObject({ results: [], count: 0 });
  });

  it('answers 401 to an anonymous search on the creator\'s profile', async () => {
    const result = await call(mock, 'POST', '/public-locks/search', {
      body: { criteria: { user: { isFindom: false } }, limit: 5 },
    });

    expect(result.status).toBe(401);
  });
});

describe('the explore page', () => {
  it('fills each category with the public shared locks that fit it', async () => {
    await publish('Short one');

    const result = await call(mock, 'GET', '/explore/categories');
    const categories = result.body as { title: string; order: number; locks: Listed[] }[];
    const byTitle = new Map(categories.map((category) => [category.title, category]));

    expect(categories.map((category) => category.order)).toEqual([0, 1, 2]);
    expect(byTitle.get('Newest locks')?.locks.map((item) => item.name)).toEqual([
      'Short one',
      'Weekend game',
    ]);
    expect(byTitle.get('A day or less')?.locks.map((item) => item.name)).toEqual(['Short one']);
    expect(byTitle.get('Games of chance')?.locks.map((item) => item.name)).toEqual([
      'Weekend game',
    ]);
  });
});

describe('starting a lock from a shared lock', () => {
  it('starts a lock held by the creator, timed within its durations', async () => {
    const id = await seededId('Weekend game');
    const { wes, kim } = mock.users;

    const created = await join(wes, id);
    const lockId = String(field(created.body, 'lockId'));
    const lock = (await call(mock, 'GET', `/locks/${lockId}`, { as: wes })).body as {
      endDate: string;
      keyholder: { username: string };
      title: string;
      extensions: { slug: string }[];
    };
    const history = await call(mock, 'POST', `/locks/${lockId}/history`, {
      as: kim,
      body: { limit: 5 },
    });
    const remaining = Date.parse(lock.endDate) - mock.clock.now();

    expect(created.status).toBe(201);
    expect(lock.keyholder.username).toBe('kim');
    expect(lock.title).toBe('Weekend game');
    expect(lock.extensions.map((extension) => extension.slug)).toEqual([
      'dice',
      'wheel-of-fortune',
    ]);
    expect(remaining).toBeGreaterThanOrEqual(24 * HOUR_MS);
    expect(remaining).toBeLessThanOrEqual(48 * HOUR_MS);
    expect((field(history.body, 'results') as { type: string }[]).map((entry) => entry.type))
      .toEqual(['locked']);
  });

  it('asks for the password of a protected shared lock', async () => {
    const id = await seededId('Training week');

    const wrong = await join(mock.users.wes, id, { password: 'guess' });
    const right = await join(mock.users.wes, id, { password: 'letmein' });

    expect(wrong.status).toBe(403);
    expect(field(wrong.body, 'message')).toBe('Invalid password');
    expect(right.status).toBe(201);
  });

  it('refuses the creator with a 403', async () => {
    const result = await join(mock.users.kim, await seededId('Weekend game'));

    expect(result.status).toBe(403);
  });

  it('refuses a wearer once every place is taken', async () => {
    const id = await publish('Two places', { maxLockedUsers: 1 });
    await join(mock.users.wes, id);

    const full = await join(mock.users.vic, id);
    const page = await call(mock, 'GET', `/public-locks/${id}`, { as: mock.users.vic });

    expect(full.status).toBe(400);
    expect(field(full.body, 'message')).toBe('The shared lock is full');
    expect(field(page.body, 'joinRules')).toMatchObject({ canBeJoined: false });
  });

  it('refuses a combination the wearer does not own with a 404', async () => {
    const foreign = await combination(mock.users.kim);

    const path = `/public-locks/${await seededId('Weekend game')}/create-lock`;

    const result = await call(mock, 'POST', path, {
      as: mock.users.wes,
      body: { combinationId: foreign },
    });

    expect(result.status).toBe(404);
  });

  it('answers 401 without a token', async () => {
    const path = `/public-locks/${await seededId('Weekend game')}/create-lock`;

    const result = await call(mock, 'POST', path, { body: { combinationId: 'x' } });

    expect(result.status).toBe(401);
  });
});

describe('the shared-lock picture over the wire', () => {
  it('answers a PNG to a signed-in user, in-process and on a socket', async () => {
    const path = `/public-locks/images/${await seededId('Weekend game')}`;
    const headers = { authorization: `Bearer ${mock.users.wes.token}` };
    const server = await mock.listen();

    try {
      const inProcess = await mock.fetch(path, { headers });
      const overSocket = await fetch(`${server.url}${path}`, { headers });
      const bytes = new Uint8Array(await overSocket.arrayBuffer());

      expect(inProcess.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await inProcess.arrayBuffer())).toEqual(bytes);
      expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    } finally {
      await server.close();
    }
  });
});
