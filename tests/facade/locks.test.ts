import { describe, expect, it } from 'vitest';
import {
  ChasterNotFoundError,
  ChasterUsageError,
} from '../../src/errors/index.js';
import { Lock } from '../../src/facade/locks/lock.js';
import { LocksResource } from '../../src/facade/locks/locks-resource.js';
import { CAPTURED_LOCK, LOCK_ID, lockBody } from './support/lock-bodies.js';
import { createStubClient } from './support/stub-client.js';

function setup() {
  const stub = createStubClient();
  return { stub, locks: new LocksResource(stub.context) };
}

describe('chaster.locks', () => {
  it('lists the caller\'s locks as Lock objects, passing the status filter', async () => {
    const { stub, locks } = setup();
    stub.reply([CAPTURED_LOCK]);

    const list = await locks.list({ status: 'all' });

    expect(stub.onlyCall()).toMatchObject({
      method: 'GET', path: '/locks', params: { query: { status: 'all' } },
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toBeInstanceOf(Lock);
    expect(list[0]?.id).toBe(LOCK_ID);
  });

  it('sends no status when none is asked for', async () => {
    const { stub, locks } = setup();
    stub.reply([]);

    await locks.list();

    expect(stub.onlyCall().params).toEqual({ query: {} });
  });

  it('gets one lock by id and passes the signal', async () => {
    const { stub, locks } = setup();
    const signal = new AbortController().signal;
    stub.reply(CAPTURED_LOCK);

    const lock = await locks.get(LOCK_ID, { signal });

    expect(stub.onlyCall()).toMatchObject({
      method: 'GET', path: '/locks/{lockId}', params: { path: { lockId: LOCK_ID } }, signal,
    });
    expect(lock.data).toEqual(CAPTURED_LOCK);
    expect(lock.title).toBe('Self-lock');
  });

  it('throws the typed API error for a missing lock', async () => {
    const { stub, locks } = setup();
    stub.replyError(404, { statusCode: 404, message: 'Lock not found', error: 'Not Found' });

    const failure = locks.get('nope');

    await expect(failure).rejects.toBeInstanceOf(ChasterNotFoundError);
    await expect(failure).rejects.toThrow('Lock not found');
  });

  it.each(['', '  '])('refuses the lock id %j before any request', async (lockId) => {
    const { stub, locks } = setup();

    await expect(locks.get(lockId)).rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });

  it('searches with the opaque cursor until the server has no more', async () => {
    const { stub, locks } = setup();
    stub.reply({ results: [CAPTURED_LOCK], hasMore: true, count: 2, cursor: 'c1' })
      .reply({ results: [lockBody({ _id: 'second' })], hasMore: false, count: 2 });

    const found = await locks.search({ filterByArchivedLocks: true, limit: 1 })
      .collect({ limit: 10 });

    expect(found.map((lock) => lock.id)).toEqual([LOCK_ID, 'second']);
    expect(stub.calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', '/locks/search', { filterByArchivedLocks: true, limit: 1, cursor: undefined }],
      ['POST', '/locks/search', { filterByArchivedLocks: true, limit: 1, cursor: 'c1' }],
    ]);
  });

  it('creates a self-lock from durations given in parts, with defaults filled in', async () => {
    const { stub, locks } = setup();
    stub.reply({ lockId: 'new-lock' }, 201);

    const created = await locks.create({
      combinationId: 'comb', minDuration: { hours: 1 }, maxDuration: { days: 1 },
    });

    expect(created).toEqual({ lockId: 'new-lock' });
    expect(stub.onlyCall()).toMatchObject({ method: 'POST', path: '/locks' });
    expect(stub.onlyCall().body).toEqual({
      combinationId: 'comb',
      minDuration: 3_600,
      maxDuration: 86_400,
      maxLimitDuration: null,
      displayRemainingTime: true,
      limitLockTime: false,
      extensions: [],
      allowSessionOffer: false,
      isTestLock: false,
      hideTimeLogs: false,
    });
  });

  it('limits the lock time when a maximum limit is given', async () => {
    const { stub, locks } = setup();
    stub.reply({ lockId: 'x' }, 201);

    await locks.create({
      combinationId: 'c', minDuration: 60, maxDuration: 120, maxLimitDuration: { days: 2 },
    });

    expect(stub.onlyCall().body).toMatchObject({ maxLimitDuration: 172_800, limitLockTime: true });
  });

  it('refuses a maximum duration below the minimum before any request', async () => {
    const { stub, locks } = setup();

    const create = locks.create({ combinationId: 'c', minDuration: 600, maxDuration: 60 });

    await expect(create).rejects.toThrow(/maxDuration \(60 s\) to be at least minDuration/);
    expect(stub.calls).toEqual([]);
  });

  it('refuses to create a lock without a combination', async () => {
    const { stub, locks } = setup();

    const create = locks.create({ combinationId: '', minDuration: 1, maxDuration: 2 });

    await expect(create).rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });

  it('creates a lock from a shared lock', async () => {
    const { stub, locks } = setup();
    stub.reply({ lockId: 'joined' }, 201);

    const created = await locks.createFromSharedLock({
      sharedLockId: 'shared', combinationId: 'comb', password: 'pw',
    });

    expect(created.lockId).toBe('joined');
    expect(stub.onlyCall()).toMatchObject({
      method: 'POST',
      path: '/public-locks/{sharedLockId}/create-lock',
      params: { path: { sharedLockId: 'shared' } },
      body: { combinationId: 'comb', password: 'pw', isTestLock: false },
    });
  });

  it('reads another user\'s locks', async () => {
    const { stub, locks } = setup();
    stub.reply([lockBody({ role: 'visitor' })]);

    const [lock] = await locks.ofUser('user-1');

    expect(stub.onlyCall()).toMatchObject({
      method: 'GET', path: '/locks/user/{userId}', params: { path: { userId: 'user-1' } },
    });
    expect(lock?.role).toBe('visitor');
  });

  it('lists the habits a penalty extension can watch', async () => {
    const { stub, locks } = setup();
    const habit = { habitName: 'default_dice', label: 'Roll the dice' };
    stub.reply([habit]);

    expect(await locks.punishableActions()).toEqual([habit]);
    expect(stub.onlyCall()).toMatchObject({
      method: 'GET', path: '/extensions/penalty/punishable-actions',
    });
  });
});
