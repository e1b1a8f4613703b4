import { describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../src/errors/index.js';
import { Lock } from '../../src/facade/locks/lock.js';
import { LOCK_ID, lockBody, type LockBodyOptions } from './support/lock-bodies.js';
import { createStubClient } from './support/stub-client.js';

function lockAs(role: string, overrides: LockBodyOptions = {}) {
  const stub = createStubClient({ fallback: () => ({ status: 204 }) });
  const lock = new Lock(stub.context, lockBody({ role, ...overrides }));
  return { stub, lock };
}

const params = { path: { lockId: LOCK_ID } };

describe('Lock controls', () => {
  it('refreshes in place and returns itself', async () => {
    const { stub, lock } = lockAs('wearer');
    stub.reply(lockBody({ title: 'Renamed', isFrozen: true }));

    const result = await lock.refresh();

    expect(result).toBe(lock);
    expect(lock.title).toBe('Renamed');
    expect(lock.isFrozen).toBe(true);
    expect(stub.onlyCall()).toMatchObject({ method: 'GET', path: '/locks/{lockId}', params });
  });

  it('archives as the wearer through the wearer route', async () => {
    const { stub, lock } = lockAs('wearer');

    await lock.archive();

    expect(stub.onlyCall()).toMatchObject({ method: 'POST', path: '/locks/{lockId}/archive' });
  });

  it('archives as the keyholder through the keyholder route', async () => {
    const { stub, lock } = lockAs('keyholder');

    await lock.archive();

    expect(stub.onlyCall()).toMatchObject({
      method: 'POST', path: '/locks/{lockId}/archive/keyholder', params,
    });
  });

  it('unlocks', async () => {
    const { stub, lock } = lockAs('wearer');

    await lock.unlock();

    expect(stub.onlyCall()).toMatchObject({ method: 'POST', path: '/locks/{lockId}/unlock' });
  });

  it('adds time in seconds from duration parts', async () => {
    const { stub, lock } = lockAs('wearer');

    await lock.addTime({ hours: 1, minutes: 30 });

    expect(stub.onlyCall()).toMatchObject({
      method: 'POST', path: '/locks/{lockId}/update-time', params, body: { duration: 5_400 },
    });
  });

  it('removes time as the keyholder with a negative duration', async () => {
    const { stub, lock } = lockAs('keyholder');

    await lock.removeTime(600);

    expect(stub.onlyCall().body).toEqual({ duration: -600 });
  });

  it('refuses to remove time as the wearer, saying wearers may only add time', async () => {
    const { stub, lock } = lockAs('wearer');

    const removal = lock.removeTime(600);

    await expect(removal).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(removal).rejects.toThrow('wearers may only add time');
    expect(stub.calls).toEqual([]);
  });

  it('lets `as` override the role read from the lock', async () => {
    const { stub, lock } = lockAs('wearer');

    await lock.removeTime(60, { as: 'keyholder' });

    expect(stub.onlyCall().body).toEqual({ duration: -60 });
  });

  it.each([
    [-5, 'must not be negative'],
    [1.5, 'whole number of seconds'],
    [Number.POSITIVE_INFINITY, 'finite number'],
    [0, 'at least 1 second'],
    [{ hour: 1 }, 'unknown part "hour"'],
  ])('refuses to add the duration %j before any request', async (duration, message) => {
    const { stub, lock } = lockAs('wearer');

    await expect(lock.addTime(duration as number)).rejects.toThrow(message);
    expect(stub.calls).toEqual([]);
  });

  it('freezes and unfreezes', async () => {
    const { stub, lock } = lockAs('keyholder');

    await lock.freeze();
    await lock.unfreeze();

    expect(stub.calls.map((call) => [call.path, call.body])).toEqual([
      ['/locks/{lockId}/freeze', { isFrozen: true }],
      ['/locks/{lockId}/freeze', { isFrozen: false }],
    ]);
  });

  it('toggles the freeze from the snapshot\'s state', async () => {
    const { stub, lock } = lockAs('keyholder', { isFrozen: true });

    const frozen = await lock.toggleFreeze();

    expect(frozen).toBe(false);
    expect(stub.onlyCall().body).toEqual({ isFrozen: false });
  });

  it('sets the maximum limit date as ISO-8601', async () => {
    const { stub, lock } = lockAs('wearer');

    await lock.setMaxLimitDate('2025-01-01T00:00:00+01:00');

    expect(stub.onlyCall()).toMatchObject({
      path: '/locks/{lockId}/max-limit-date',
      body: { maxLimitDate: '2024-12-31T23:00:00.000Z', disableMaxLimitDate: false },
    });
  });

  it('removes the maximum limit date, repeating the current one', async () => {
    const { stub, lock } = lockAs('wearer', { maxLimitDate: '2025-02-01T00:00:00.000Z' });

    await lock.removeMaxLimitDate();

    expect(stub.onlyCall().body).toEqual({
      maxLimitDate: '2025-02-01T00:00:00.000Z', disableMaxLimitDate: true,
    });
  });

  it('refuses an unreadable maximum limit date', async () => {
    const { stub, lock } = lockAs('wearer');

    await expect(lock.setMaxLimitDate('next tuesday')).rejects.toThrow('valid date');
    expect(stub.calls).toEqual([]);
  });

  it('updates the settings given, without the signal in the body', async () => {
    const { stub, lock } = lockAs('keyholder');
    const signal = new AbortController().signal;

    await lock.updateSettings({ displayRemainingTime: false, signal });

    expect(stub.onlyCall()).toMatchObject({
      path: '/locks/{lockId}/settings', body: { displayRemainingTime: false }, signal,
    });
  });

  it('refuses to update no setting', async () => {
    const { stub, lock } = lockAs('keyholder');

    await expect(lock.updateSettings({})).rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });

  it.each([
    ['trustKeyholder', 'POST', '/locks/{lockId}/trust-keyholder'],
    ['convertToSelfLock', 'POST', '/locks/{lockId}/convert-to-self-lock'],
    ['setAsTestLock', 'PUT', '/locks/{lockId}/is-test-lock'],
  ] as const)('%s calls %s %s', async (method, verb, path) => {
    const { stub, lock } = lockAs('wearer');

    await lock[method]();

    expect(stub.onlyCall()).toMatchObject({ method: verb, path, params });
  });

  it('reads the combination', async () => {
    const { stub, lock } = lockAs('wearer');
    stub.reply({ _id: 'comb', type: 'code', code: '1234' });

    const combination = await lock.combination();

    expect(combination.code).toBe('1234');
    expect(stub.onlyCall()).toMatchObject({ method: 'GET', path: '/locks/{lockId}/combination' });
  });

  it('pages through the history by the last entry id, with the extension filter', async () => {
    const { stub, lock } = lockAs('wearer');
    stub.reply({ results: [{ _id: 'h1' }, { _id: 'h2' }], hasMore: true, count: 3 })
      .reply({ results: [{ _id: 'h3' }], hasMore: false, count: 3 });

    const entries = await lock.history({ extension: 'dice', limit: 2 }).collect({ limit: 10 });

    expect(entries.map((entry) => entry._id)).toEqual(['h1', 'h2', 'h3']);
    expect(stub.calls.map((call) => call.body)).toEqual([
      { extension: 'dice', limit: 2, lastId: undefined },
      { extension: 'dice', limit: 2, lastId: 'h2' },
    ]);
  });

  it('replaces the extensions', async () => {
    const { stub, lock } = lockAs('wearer');
    const extensions = [{ slug: 'dice', config: {}, mode: 'unlimited' as const, regularity: 60 }];

    await lock.setExtensions(extensions);

    expect(stub.onlyCall()).toMatchObject({
      method: 'POST', path: '/locks/{lockId}/extensions', body: { extensions },
    });
  });

  it('reads one extension found by slug, by its id inside the lock', async () => {
    const { stub, lock } = lockAs('wearer', { slugs: ['pillory', 'dice'] });
    stub.reply({ extension: { slug: 'dice' }, lock: lockBody() });

    const info = await lock.extensionInfo('dice');

    expect(info.extension).toEqual({ slug: 'dice' });
    expect(stub.onlyCall()).toMatchObject({
      method: 'GET',
      path: '/locks/{lockId}/extensions/{extensionId}',
      params: { path: { lockId: LOCK_ID, extensionId: 'ext-dice' } },
    });
  });

  it('refuses to read an extension the lock does not have', async () => {
    const { stub, lock } = lockAs('wearer', { slugs: ['pillory'] });

    await expect(lock.extensionInfo('dice')).rejects.toThrow(
      `extensionInfo needs the dice extension, which lock ${LOCK_ID} does not have`,
    );
    expect(stub.calls).toEqual([]);
  });
});
