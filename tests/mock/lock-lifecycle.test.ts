import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call, field, HOUR_MS } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

function createLockBody(combinationId: string, overrides: Record<string, unknown> = {}) {
  return {
    minDuration: 3600,
    maxDuration: 7200,
    maxLimitDuration: null,
    displayRemainingTime: true,
    limitLockTime: false,
    combinationId,
    extensions: [],
    allowSessionOffer: false,
    isTestLock: false,
    hideTimeLogs: false,
    ...overrides,
  };
}

async function newCombination(as: { token: string }, code = '1234'): Promise<string> {
  const result = await call(mock, 'POST', '/combinations/code', { as, body: { code } });
  return String(field(result.body, 'combinationId'));
}

describe('creating a self-lock', () => {
  it('stores a combination and starts a lock timed between the two durations', async () => {
    const { wes } = mock.users;
    const combinationId = await newCombination(wes);

    const created = await call(mock, 'POST', '/locks', {
      as: wes,
      body: createLockBody(combinationId),
    });
    const lockId = String(field(created.body, 'lockId'));
    const lock = (await call(mock, 'GET', `/locks/${lockId}`, { as: wes })).body as Record<
      string,
      unknown
    >;

    const remaining = Date.parse(String(lock.endDate)) - mock.clock.now();
    expect(created.status).toBe(201);
    expect(lockId).toMatch(/^[0-9a-f]{24}$/);
    expect(lock).toMatchObject({ status: 'locked', combination: combinationId, keyholder: null });
    expect(remaining).toBeGreaterThanOrEqual(HOUR_MS);
    expect(remaining).toBeLessThanOrEqual(2 * HOUR_MS);
  });

  it('refuses a second running lock on the free plan', async () => {
    const { sam } = mock.users;
    const combinationId = await newCombination(sam);

    const result = await call(mock, 'POST', '/locks', {
      as: sam,
      body: createLockBody(combinationId),
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      message: 'You cannot run more than 1 locks without Premium',
    });
  });

  it('answers 404 for a combination the caller does not own', async () => {
    const foreign = await newCombination(mock.users.kim);

    const result = await call(mock, 'POST', '/locks', {
      as: mock.users.wes,
      body: createLockBody(foreign),
    });

    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ message: 'Combination not found' });
  });
});

describe('unlocking and archiving', () => {
  it('refuses to unlock a wearer whose time is not up, then unlocks once it is', async () => {
    const lock = mock.createLock({ wearer: 'sam', duration: 3600 });
    const { sam } = mock.users;

    const early = await call(mock, 'POST', `/locks/${lock.id}/unlock`, { as: sam });
    mock.clock.advance(HOUR_MS);
    const onTime = await call(mock, 'POST', `/locks/${lock.id}/unlock`, { as: sam });

    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ message: 'The lock cannot be unlocked yet' });
    expect(onTime.status).toBe(204);
    expect(onTime.body).toBeUndefined();
    expect(lock.status).toBe('unlocked');
  });

  it('refuses to unlock a frozen lock whose time would be up', async () => {
    const lock = mock.createLock({ wearer: 'sam', keyholder: 'kim', duration: 60, frozen: true });
    mock.clock.advance(HOUR_MS);

    const result = await call(mock, 'POST', `/locks/${lock.id}/unlock`, { as: mock.users.sam });

    expect(result.status).toBe(400);
  });

  it('lets the keyholder unlock at any time', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;

    const result = await call(mock, 'POST', `/locks/${lockId}/unlock`, { as: kim });
    const history = await call(mock, 'POST', `/locks/${lockId}/history`, { as: kim, body: {} });

    expect(result.status).toBe(204);
    expect((field(history.body, 'results') as unknown[])[0]).toMatchObject({
      type: 'unlocked',
      role: 'keyholder',
    });
  });

  it('hides the combination from the wearer until the lock ends', async () => {
    const { kim, wes } = mock.users;
    const lockId = mock.locks.wes.id;

    const hidden = await call(mock, 'GET', `/locks/${lockId}/combination`, { as: wes });
    const forKeyholder = await call(mock, 'GET', `/locks/${lockId}/combination`, { as: kim });
    await call(mock, 'POST', `/locks/${lockId}/unlock`, { as: kim });
    const revealed = await call(mock, 'GET', `/locks/${lockId}/combination`, { as: wes });

    expect(hidden.status).toBe(403);
    expect(forKeyholder.status).toBe(200);
    expect(revealed.body).toMatchObject({ _id: mock.locks.wes.combinationId, type: 'code' });
  });

  it('archives only ended locks, for the wearer and the keyholder separately', async () => {
    const { kim, wes } = mock.users;
    const lockId = mock.locks.wes.id;

    const tooSoon = await call(mock, 'POST', `/locks/${lockId}/archive`, { as: wes });
    await call(mock, 'POST', `/locks/${lockId}/unlock`, { as: kim });
    const archived = await call(mock, 'POST', `/locks/${lockId}/archive`, { as: wes });
    const byKeyholder = await call(mock, 'POST', `/locks/${lockId}/archive/keyholder`, { as: kim });
    const active = await call(mock, 'GET', '/locks', { as: wes });
    const archivedList = await call(mock, 'GET', '/locks?status=archived', { as: wes });
    const all = await call(mock, 'GET', '/locks?status=all', { as: wes });

    expect(tooSoon.status).toBe(400);
    expect([archived.status, byKeyholder.status]).toEqual([204, 204]);
    expect(active.body).toEqual([]);
    expect((archivedList.body as { _id: string }[]).map((lock) => lock._id)).toEqual([lockId]);
    expect(all.body).toHaveLength(1);
  });

  it('trusts the keyholder with a 204 and a keyholder_trusted entry', async () => {
    const { wes } = mock.users;
    const lockId = mock.locks.wes.id;

    const result = await call(mock, 'POST', `/locks/${lockId}/trust-keyholder`, { as: wes });
    const history = await call(mock, 'POST', `/locks/${lockId}/history`, { as: wes, body: {} });

    expect(result.status).toBe(204);
    expect(mock.locks.wes.trusted).toBe(true);
    expect((field(history.body, 'results') as unknown[])[0]).toMatchObject({
      type: 'keyholder_trusted',
    });
  });

  it('marks a lock as a test lock with a 200 and no body', async () => {
    const result = await call(mock, 'PUT', `/locks/${mock.locks.sam.id}/is-test-lock`, {
      as: mock.users.sam,
    });

    expect(result.status).toBe(200);
    expect(result.body).toBeUndefined();
    expect(mock.locks.sam.isTestLock).toBe(true);
  });
});

describe('history pagination', () => {
  it('pages newest first with lastId, counting every matching entry', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;
    for (const duration of [1, 2, 3, 4, 5]) {
      await call(mock, 'POST', `/locks/${lockId}/update-time`, { as: kim, body: { duration } });
    }

    const first = await call(mock, 'POST', `/locks/${lockId}/history`, {
      as: kim,
      body: { limit: 2 },
    });
    const firstResults = field(first.body, 'results') as { _id: string; payload: unknown }[];
    const lastId = firstResults[1]?._id;
    const second = await call(mock, 'POST', `/locks/${lockId}/history`, {
      as: kim,
      body: { limit: 10, lastId },
    });
    const secondResults = field(second.body, 'results') as { type: string; payload: unknown }[];

    expect(first.status).toBe(201);
    expect(firstResults.map((entry) => entry.payload)).toEqual([{ duration: 5 }, { duration: 4 }]);
    expect(field(first.body, 'hasMore')).toBe(true);
    expect(field(first.body, 'count')).toBe(6);
    expect(secondResults.map((entry) => entry.type)).toEqual([
      'time_changed',
      'time_changed',
      'time_changed',
      'locked',
    ]);
    expect(field(second.body, 'hasMore')).toBe(false);
  });

  it('filters by extension slug', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;
    const dice = lock.extensions.find((party) => party.slug === 'dice');
    await call(mock, 'POST', `/locks/${lock.id}/extensions/${dice?.id}/action`, {
      as: wes,
      body: { action: 'submit', payload: {} },
    });

    const result = await call(mock, 'POST', `/locks/${lock.id}/history`, {
      as: wes,
      body: { extension: 'dice' },
    });

    expect(field(result.body, 'count')).toBe(1);
    expect(field(result.body, 'results')).toMatchObject([
      { type: 'dice_rolled', extension: 'dice' },
    ]);
  });
});
