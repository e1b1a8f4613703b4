import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call, field, HOUR_MS } from './support.js';

let mock: MockChaster;

async function readLock(lockId: string, as: { token: string }) {
  const result = await call(mock, 'GET', `/locks/${lockId}`, { as });
  if (result.status !== 200) throw new Error(`GET lock answered ${result.status}`);
  return result.body as Record<string, unknown>;
}

function endMs(lock: Record<string, unknown>): number {
  return Date.parse(String(lock.endDate));
}

beforeEach(() => {
  mock = createMockChaster();
});

describe('time arithmetic', () => {
  it('adds and removes time from the end date', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;
    const before = endMs(await readLock(lockId, kim));

    await call(mock, 'POST', `/locks/${lockId}/update-time`, { as: kim, body: { duration: 7200 } });
    const added = endMs(await readLock(lockId, kim));
    await call(mock, 'POST', `/locks/${lockId}/update-time`, { as: kim, body: { duration: -600 } });
    const removed = endMs(await readLock(lockId, kim));

    expect(added - before).toBe(2 * HOUR_MS);
    expect(removed - added).toBe(-600_000);
  });

  it('writes a time_changed entry with the signed duration', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;

    await call(mock, 'POST', `/locks/${lockId}/update-time`, { as: kim, body: { duration: -90 } });
    const history = await call(mock, 'POST', `/locks/${lockId}/history`, { as: kim, body: {} });

    const [latest] = field(history.body, 'results') as Record<string, unknown>[];
    expect(latest).toMatchObject({
      type: 'time_changed',
      prefix: 'default',
      role: 'keyholder',
      payload: { duration: -90 },
    });
  });

  it('counts down as the virtual clock advances and keeps the end date', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;
    const before = await readLock(lockId, kim);

    mock.clock.advance(3 * HOUR_MS);
    const after = await readLock(lockId, kim);

    expect(after.endDate).toBe(before.endDate);
    expect(Number(after.totalDuration) - Number(before.totalDuration)).toBe(3 * HOUR_MS);
  });

  it('does not count down while frozen and resumes with the same time left', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;
    const start = mock.clock.now();
    const remainingBefore = endMs(await readLock(lockId, kim)) - start;

    await call(mock, 'POST', `/locks/${lockId}/freeze`, { as: kim, body: { isFrozen: true } });
    mock.clock.advance(5 * HOUR_MS);
    const frozen = await readLock(lockId, kim);
    await call(mock, 'POST', `/locks/${lockId}/freeze`, { as: kim, body: { isFrozen: false } });
    const thawed = await readLock(lockId, kim);

    expect(frozen.isFrozen).toBe(true);
    expect(frozen.frozenAt).toBe(new Date(start).toISOString());
    expect(endMs(frozen) - mock.clock.now()).toBe(remainingBefore);
    expect(thawed.isFrozen).toBe(false);
    expect(thawed.frozenAt).toBeNull();
    expect(endMs(thawed) - mock.clock.now()).toBe(remainingBefore);
    expect(mock.locks.wes.frozenTotalMs).toBe(5 * HOUR_MS);
  });

  it('refuses to freeze a frozen lock', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;

    await call(mock, 'POST', `/locks/${lockId}/freeze`, { as: kim, body: { isFrozen: true } });
    const again = await call(mock, 'POST', `/locks/${lockId}/freeze`, {
      as: kim,
      body: { isFrozen: true },
    });

    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ message: 'The lock is already frozen' });
  });
});

describe('max limit date', () => {
  it('caps the end date and frees the wearer once it passes', async () => {
    const now = mock.clock.now();
    const lock = mock.createLock({
      wearer: 'sam',
      keyholder: 'kim',
      duration: 10 * 3600,
      maxLimitDate: now + 2 * HOUR_MS,
    });
    const { kim, sam } = mock.users;

    const capped = await readLock(lock.id, kim);
    mock.clock.advance(2 * HOUR_MS);
    const passed = await readLock(lock.id, sam);
    const unlock = await call(mock, 'POST', `/locks/${lock.id}/unlock`, { as: sam });

    expect(capped.endDate).toBe(new Date(now + 2 * HOUR_MS).toISOString());
    expect(capped.canBeUnlockedByMaxLimitDate).toBe(false);
    expect(passed.canBeUnlockedByMaxLimitDate).toBe(true);
    expect(passed.canBeUnlocked).toBe(true);
    expect(unlock.status).toBe(204);
  });

  it('lets the wearer raise the max limit date but not lower it, answering 204', async () => {
    const now = mock.clock.now();
    const lock = mock.createLock({ wearer: 'sam', maxLimitDate: now + HOUR_MS });
    const { sam } = mock.users;
    const later = new Date(now + 3 * HOUR_MS).toISOString();
    const earlier = new Date(now + HOUR_MS / 2).toISOString();

    const raised = await call(mock, 'POST', `/locks/${lock.id}/max-limit-date`, {
      as: sam,
      body: { maxLimitDate: later, disableMaxLimitDate: false },
    });
    const lowered = await call(mock, 'POST', `/locks/${lock.id}/max-limit-date`, {
      as: sam,
      body: { maxLimitDate: earlier, disableMaxLimitDate: false },
    });

    expect(raised.status).toBe(204);
    expect(raised.body).toBeUndefined();
    expect((await readLock(lock.id, sam)).maxLimitDate).toBe(later);
    expect(lowered.status).toBe(400);
  });

  it('removes the max limit date when asked to', async () => {
    const lock = mock.createLock({ wearer: 'sam', maxLimitDate: mock.clock.now() + HOUR_MS });
    const { sam } = mock.users;

    const result = await call(mock, 'POST', `/locks/${lock.id}/max-limit-date`, {
      as: sam,
      body: { maxLimitDate: new Date().toISOString(), disableMaxLimitDate: true },
    });
    const after = await readLock(lock.id, sam);

    expect(result.status).toBe(204);
    expect(after.maxLimitDate).toBeNull();
    expect(after.limitLockTime).toBe(false);
  });
});

describe('hidden timer', () => {
  it('shows endDate null to the wearer and the real date to the keyholder', async () => {
    const { kim, wes } = mock.users;
    const lockId = mock.locks.wes.id;

    const settings = await call(mock, 'POST', `/locks/${lockId}/settings`, {
      as: kim,
      body: { displayRemainingTime: false },
    });
    const asWearer = await readLock(lockId, wes);
    const asKeyholder = await readLock(lockId, kim);

    expect(settings.status).toBe(204);
    expect(asWearer.endDate).toBeNull();
    expect(asWearer.isAllowedToViewTime).toBe(false);
    expect(asKeyholder.endDate).toBe(new Date(mock.locks.wes.endsAt).toISOString());
    expect(asKeyholder.isAllowedToViewTime).toBe(true);
  });

  it('hides the seeded self-lock timer from its own wearer', async () => {
    const lock = await readLock(mock.locks.sam.id, mock.users.sam);

    expect(lock.endDate).toBeNull();
    expect(lock.role).toBe('wearer');
  });

  it('writes timer_hidden and timer_revealed entries', async () => {
    const { kim } = mock.users;
    const lockId = mock.locks.wes.id;

    await call(mock, 'POST', `/locks/${lockId}/settings`, {
      as: kim,
      body: { displayRemainingTime: false },
    });
    await call(mock, 'POST', `/locks/${lockId}/settings`, {
      as: kim,
      body: { displayRemainingTime: true, hideTimeLogs: true },
    });
    const history = await call(mock, 'POST', `/locks/${lockId}/history`, {
      as: kim,
      body: { limit: 3 },
    });

    const types = (field(history.body, 'results') as { type: string }[]).map((entry) => entry.type);
    expect(types).toEqual(['time_logs_hidden', 'timer_revealed', 'timer_hidden']);
  });
});
