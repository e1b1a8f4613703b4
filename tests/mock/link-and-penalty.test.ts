import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { act, call, extensionId, field, HOUR_MS, latestEntries } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

describe('share link', () => {
  it('gives the link and the voting info', async () => {
    const { wes, vic } = mock.users;
    const lock = mock.locks.wes;
    const partyId = extensionId(lock, 'link');

    const link = await act(mock, wes, lock, 'link', 'getLink');
    const info = await act(mock, vic, lock, 'link', 'getInfo');

    expect(link.body).toEqual({ link: `https://chaster.app/sessions/${partyId}` });
    expect(info.body).toEqual({
      lockId: lock.id,
      extensionId: partyId,
      votes: 0,
      minVotes: 0,
      canVote: true,
    });
  });

  it('adds and removes the configured time and logs link_time_changed', async () => {
    const { vic, kim } = mock.users;
    const lock = mock.locks.wes;
    const before = lock.endsAt;

    const added = await act(mock, vic, lock, 'link', 'vote', { action: 'add', sessionId: 'a' });
    const removed = await act(mock, vic, lock, 'link', 'vote', {
      action: 'remove',
      sessionId: 'b',
    });
    const [entry] = await latestEntries(mock, kim, lock.id, 1);

    expect(added.body).toEqual({ duration: 3600 });
    expect(removed.body).toEqual({ duration: -1800 });
    expect(lock.endsAt - before).toBe(1_800_000);
    expect(entry).toMatchObject({ type: 'link_time_changed', payload: { duration: -1800 } });
  });

  it('lets a session vote once a day', async () => {
    const { vic } = mock.users;
    const lock = mock.locks.wes;
    const vote = () => act(mock, vic, lock, 'link', 'vote', { action: 'random', sessionId: 's' });

    const first = await vote();
    const second = await vote();
    mock.clock.advance(24 * HOUR_MS);
    const nextDay = await vote();

    expect(first.status).toBe(201);
    expect(Math.abs(Number(field(first.body, 'duration')))).toBeLessThanOrEqual(3600);
    expect(second.status).toBe(400);
    expect(second.body).toMatchObject({ message: 'You can only vote once a day' });
    expect(nextDay.status).toBe(201);
  });

  it('does not let the wearer vote', async () => {
    const result = await act(mock, mock.users.wes, mock.locks.wes, 'link', 'vote', {
      action: 'remove',
      sessionId: 'me',
    });

    expect(result.status).toBe(403);
  });

  it('keeps the lock shut until enough votes came in', async () => {
    const lock = mock.createLock({
      wearer: 'sam',
      duration: 0,
      extensions: [{ slug: 'link', config: { timeToAdd: 0, timeToRemove: 0, nbVisits: 1 } }],
    });

    const before = await call(mock, 'GET', `/locks/${lock.id}`, { as: mock.users.sam });
    await act(mock, mock.users.vic, lock, 'link', 'vote', { action: 'add', sessionId: 'v' });
    const after = await call(mock, 'GET', `/locks/${lock.id}`, { as: mock.users.sam });

    expect(before.body).toMatchObject({ canBeUnlocked: false });
    expect(after.body).toMatchObject({ canBeUnlocked: true });
  });
});

describe('penalties', () => {
  const lockPath = () => {
    const lock = mock.locks.sam;
    return `/locks/${lock.id}/extensions/${extensionId(lock, 'penalty')}`;
  };
  const searchPath = () => `${lockPath()}/penalty-session/penalty-periods/search`;

  it('lists the habits and the ongoing period', async () => {
    const result = await call(mock, 'GET', `${lockPath()}/penalty-session`, { as: mock.users.sam });

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      habits: [
        {
          habitName: 'daily-dice',
          extension: { slug: 'dice' },
          recurringParams: { frequency: 86400, nbActions: 1 },
          punishments: [{ name: 'add_time', params: { name: 'add_time', params: 3600 } }],
        },
      ],
      penaltyPeriods: [{ habitName: 'daily-dice', status: 'ongoing', nbActionsDone: 0 }],
    });
  });

  it('punishes a missed period on the clock and validates a kept one', async () => {
    const { sam } = mock.users;
    const lock = mock.locks.sam;
    const endsAt = lock.endsAt;

    mock.clock.advance(24 * HOUR_MS);
    const punishedBy = lock.endsAt - endsAt;
    await act(mock, sam, lock, 'dice', 'submit');
    const afterRoll = lock.endsAt;
    mock.clock.advance(24 * HOUR_MS);
    const search = await call(mock, 'POST', searchPath(), {
      as: sam,
      body: { habitName: 'daily-dice', limit: 10 },
    });
    const entries = await latestEntries(mock, sam, lock.id, 2);

    expect(punishedBy).toBe(HOUR_MS);
    expect(lock.endsAt).toBe(afterRoll);
    expect(search.status).toBe(201);
    expect(field(search.body, 'results')).toMatchObject([
      { status: 'ongoing', nbActionsDone: 0 },
      { status: 'validated', nbActionsDone: 1 },
      { status: 'punished', nbActionsDone: 0 },
    ]);
    expect(entries[0]).toMatchObject({ type: 'dice_rolled' });
    expect(entries[1]).toMatchObject({
      type: 'time_changed',
      role: 'extension',
      extension: 'penalty',
      payload: { duration: 3600 },
    });
  });

  it('pages the period search with a cursor', async () => {
    mock.clock.advance(3 * 24 * HOUR_MS);

    const first = await call(mock, 'POST', searchPath(), {
      as: mock.users.sam,
      body: { habitName: 'daily-dice', limit: 2 },
    });
    const results = field(first.body, 'results') as { _id: string }[];
    const second = await call(mock, 'POST', searchPath(), {
      as: mock.users.sam,
      body: { habitName: 'daily-dice', limit: 2, cursor: results[1]?._id },
    });

    expect(field(first.body, 'count')).toBe(4);
    expect(field(first.body, 'hasMore')).toBe(true);
    expect(field(second.body, 'results')).toHaveLength(2);
    expect(field(second.body, 'hasMore')).toBe(false);
  });

  it('answers 404 for the penalty session of another extension', async () => {
    const lock = mock.locks.sam;
    const result = await call(
      mock,
      'GET',
      `/locks/${lock.id}/extensions/${extensionId(lock, 'dice')}/penalty-session`,
      { as: mock.users.sam },
    );

    expect(result.status).toBe(404);
  });
});
