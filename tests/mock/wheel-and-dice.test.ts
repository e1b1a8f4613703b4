import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { act, call, HOUR_MS, latestEntries } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

function wheelLock(segments: { type: string; text?: string; duration?: number }[]) {
  return mock.createLock({
    wearer: 'sam',
    keyholder: 'kim',
    extensions: [
      {
        slug: 'wheel-of-fortune',
        mode: 'unlimited',
        config: { segments: segments.map((segment) => ({ text: '', duration: 0, ...segment })) },
      },
      'pillory',
    ],
  });
}

describe('wheel of fortune', () => {
  it('adds the time of an add-time segment and logs the turn', async () => {
    const lock = wheelLock([{ type: 'add-time', duration: 3600 }]);
    const before = lock.endsAt;

    const result = await act(mock, mock.users.sam, lock, 'wheel-of-fortune', 'submit');
    const [entry] = await latestEntries(mock, mock.users.sam, lock.id);

    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      index: 0,
      action: { segment: { type: 'add-time', text: '', duration: 3600 } },
      text: 'Added 1 hour',
    });
    expect(lock.endsAt - before).toBe(HOUR_MS);
    expect(entry).toMatchObject({
      type: 'wheel_of_fortune_turned',
      extension: 'wheel-of-fortune',
      payload: { segment: { type: 'add-time', text: '', duration: 3600 } },
    });
  });

  it('removes the time of a remove-time segment', async () => {
    const lock = wheelLock([{ type: 'remove-time', duration: 1800 }]);
    const before = lock.endsAt;

    const result = await act(mock, mock.users.sam, lock, 'wheel-of-fortune', 'submit');

    expect(result.body).toMatchObject({ text: 'Removed 30 minutes' });
    expect(lock.endsAt - before).toBe(-1_800_000);
  });

  it('shows the text of a text segment and changes no time', async () => {
    const lock = wheelLock([{ type: 'text', text: 'Sing a song' }]);
    const before = lock.endsAt;

    const result = await act(mock, mock.users.sam, lock, 'wheel-of-fortune', 'submit');

    expect(result.body).toMatchObject({ text: 'Sing a song' });
    expect(lock.endsAt).toBe(before);
  });

  it('freezes for the segment duration and unfreezes on the virtual clock', async () => {
    const lock = wheelLock([{ type: 'freeze', duration: 600 }]);

    await act(mock, mock.users.sam, lock, 'wheel-of-fortune', 'submit');
    const frozen = lock.frozenAt !== null;
    mock.clock.advance(600_000);
    const entries = await latestEntries(mock, mock.users.kim, lock.id, 3);

    expect(frozen).toBe(true);
    expect(lock.frozenAt).toBeNull();
    expect(entries.map((entry) => [entry.type, entry.role])).toEqual([
      ['lock_unfrozen', 'extension'],
      ['lock_frozen', 'user'],
      ['wheel_of_fortune_turned', 'user'],
    ]);
  });

  it('sets and clears a freeze with set-freeze and set-unfreeze segments', async () => {
    const freezer = wheelLock([{ type: 'set-freeze' }]);
    await act(mock, mock.users.sam, freezer, 'wheel-of-fortune', 'submit');

    const thawer = mock.createLock({
      wearer: 'wes',
      frozen: true,
      extensions: [{
        slug: 'wheel-of-fortune',
        mode: 'unlimited',
        config: { segments: [{ type: 'set-unfreeze', text: '', duration: 0 }] },
      }],
    });
    await act(mock, mock.users.wes, thawer, 'wheel-of-fortune', 'submit');

    expect(freezer.frozenAt).not.toBeNull();
    expect(thawer.frozenAt).toBeNull();
  });

  it('sends the wearer to the pillory with a pillory segment', async () => {
    const lock = wheelLock([{ type: 'pillory', text: 'Bad luck', duration: 900 }]);

    await act(mock, mock.users.sam, lock, 'wheel-of-fortune', 'submit');
    const status = await act(mock, mock.users.kim, lock, 'pillory', 'getStatus');

    expect(status.body).toMatchObject({ votes: [{ reason: 'Bad luck', nbVotes: 0 }] });
  });

  it('answers 400 once the period\'s regular action is spent, then allows the next', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;

    const first = await act(mock, wes, lock, 'wheel-of-fortune', 'submit');
    const second = await act(mock, wes, lock, 'wheel-of-fortune', 'submit');
    const view = await call(mock, 'GET', `/locks/${lock.id}`, { as: wes });
    const wheel = (view.body as { extensions: Record<string, unknown>[] }).extensions[0];
    mock.clock.advance(HOUR_MS);
    const third = await act(mock, wes, lock, 'wheel-of-fortune', 'submit');

    expect(first.status).toBe(201);
    expect(second.status).toBe(400);
    expect(second.body).toEqual({
      statusCode: 400,
      message: 'No action remaining',
      error: 'Bad Request',
    });
    expect(wheel).toMatchObject({ nbActionsRemaining: 0 });
    expect(Date.parse(String(wheel?.nextActionDate))).toBeGreaterThan(mock.clock.now() - HOUR_MS);
    expect(third.status).toBe(201);
  });
});

describe('dice', () => {
  it('moves the timer by the difference of the dice times the multiplier', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;
    const before = lock.endsAt;

    const result = await act(mock, wes, lock, 'dice', 'submit');
    const { adminDice, playerDice, duration } = result.body as Record<string, number>;
    const [entry] = await latestEntries(mock, wes, lock.id, 1);

    expect(adminDice).toBeGreaterThanOrEqual(1);
    expect(playerDice).toBeLessThanOrEqual(6);
    expect(duration).toBe(((adminDice ?? 0) - (playerDice ?? 0)) * 1800);
    expect(lock.endsAt - before).toBe((duration ?? 0) * 1000);
    expect(entry).toMatchObject({
      type: 'dice_rolled',
      payload: { adminDice, playerDice, duration },
    });
  });

  it('accumulates one roll per hour in cumulative mode', async () => {
    const { wes } = mock.users;
    const lock = mock.locks.wes;
    const view = await call(mock, 'GET', `/locks/${lock.id}`, { as: wes });
    const dice = (view.body as { extensions: { slug: string; nbActionsRemaining: number }[] })
      .extensions.find((extension) => extension.slug === 'dice');

    // Enabled two days before the seeded start: 48 periods elapsed plus the first.
    expect(dice?.nbActionsRemaining).toBe(49);
  });
});

describe('guess the timer', () => {
  it('adds random time between the bounds when the guess is early', async () => {
    const { sam } = mock.users;
    const lock = mock.locks.sam;
    const before = lock.endsAt;

    const result = await act(mock, sam, lock, 'guess-timer', 'submit');
    const added = (lock.endsAt - before) / 1000;
    const [entry] = await latestEntries(mock, sam, lock.id, 1);

    expect(result.body).toEqual({ canBeUnlocked: false });
    expect(added).toBeGreaterThanOrEqual(1800);
    expect(added).toBeLessThanOrEqual(3600);
    expect(entry).toMatchObject({ type: 'timer_guessed', payload: { canBeUnlocked: false } });
  });

  it('says the lock can be unlocked once the time is up', async () => {
    const { sam } = mock.users;
    const lock = mock.createLock({ wearer: sam, extensions: ['guess-timer'], duration: 60 });
    mock.clock.advance(60_000);

    const result = await act(mock, sam, lock, 'guess-timer', 'submit');
    const unlock = await call(mock, 'POST', `/locks/${lock.id}/unlock`, { as: sam });

    expect(result.body).toEqual({ canBeUnlocked: true });
    expect(unlock.status).toBe(204);
  });
});
