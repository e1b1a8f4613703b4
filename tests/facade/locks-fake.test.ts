import { describe, expect, it } from 'vitest';
import { ChasterApiError, ChasterUsageError } from '../../src/errors/index.js';
import { Chaster } from '../../src/facade/chaster.js';
import { Lock } from '../../src/facade/locks/lock.js';
import { createMockChaster, type MockChaster } from '../../src/mock/index.js';

/** A facade signed in as one of the fake's users, calling it in-process. */
function signedIn(mock: MockChaster, token: string): Chaster {
  return new Chaster({ token, fetch: mock.fetch, baseUrl: mock.baseUrl, retry: false });
}

describe('locks against the fake Chaster', () => {
  it('lets the wearer read the lock and roll the dice', async () => {
    const mock = createMockChaster({ seed: 1 });
    const wes = signedIn(mock, mock.users.wes.token);

    const [lock] = await wes.locks.list();
    if (lock === undefined) throw new Error('the fake seeds a lock for wes');
    const roll = await lock.rollDice();

    expect(lock.role).toBe('wearer');
    expect(lock.extensions.has('dice')).toBe(true);
    expect(roll.playerDice).toBeGreaterThanOrEqual(1);
    expect(typeof roll.duration).toBe('number');
  });

  it('refuses the wearer\'s removal locally, and lets the keyholder remove time', async () => {
    const mock = createMockChaster({ seed: 2 });
    const lockId = mock.locks.wes.id;
    const wes = signedIn(mock, mock.users.wes.token);
    const kim = signedIn(mock, mock.users.kim.token);

    const asWearer = await wes.locks.get(lockId);
    const asKeyholder = await kim.locks.get(lockId);
    const before = Date.parse(asKeyholder.data.endDate ?? '');
    await asKeyholder.removeTime({ minutes: 10 });
    await asKeyholder.refresh();

    await expect(asWearer.removeTime(60)).rejects.toBeInstanceOf(ChasterUsageError);
    expect(asKeyholder.role).toBe('keyholder');
    expect(Date.parse(asKeyholder.data.endDate ?? '')).toBe(before - 600_000);
  });

  it('shows the keyholder\'s pillory to the wearer', async () => {
    const mock = createMockChaster({ seed: 3 });
    const lockId = mock.locks.wes.id;
    const kim = signedIn(mock, mock.users.kim.token);
    const wes = signedIn(mock, mock.users.wes.token);

    await (await kim.locks.get(lockId)).putInPillory({ duration: { hours: 1 }, reason: 'Late' });
    const { votes } = await (await wes.locks.get(lockId)).pilloryStatus();

    expect(votes.map((vote) => vote.reason)).toEqual(['Late']);
  });

  it('reads the history newest first through the paginator', async () => {
    const mock = createMockChaster({ seed: 4 });
    const wes = signedIn(mock, mock.users.wes.token);
    const lock = await wes.locks.get(mock.locks.wes.id);

    await lock.addTime(120);
    const entries = await lock.history({ limit: 1 }).collect({ limit: 3 });

    expect(entries.length).toBeGreaterThan(1);
    expect(entries[0]?.type).toBe('time_changed');
  });

  it('keeps a hidden timer unknown for its wearer', async () => {
    const mock = createMockChaster({ seed: 5 });
    const sam = signedIn(mock, mock.users.sam.token);

    const lock = await sam.locks.get(mock.locks.sam.id);

    expect(lock.isTimerHidden).toBe(true);
    expect(lock.remainingTime()).toBeNull();
  });

  it('passes the server\'s refusal of a stranger on as a typed API error', async () => {
    const mock = createMockChaster({ seed: 6 });
    const kim = signedIn(mock, mock.users.kim.token);
    const vic = signedIn(mock, mock.users.vic.token);
    const keyholderView = await kim.locks.get(mock.locks.wes.id);

    // Vic reuses kim's lock object: the local role check passes, so only the server can refuse.
    const borrowed = new Lock({ client: vic.client }, keyholderView.data);
    const removal = borrowed.removeTime(60);

    await expect(removal).rejects.toBeInstanceOf(ChasterApiError);
    await expect(removal).rejects.toMatchObject({ path: '/locks/{lockId}/update-time' });
  });
});
