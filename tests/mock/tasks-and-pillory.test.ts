import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { act, call, HOUR_MS, latestEntries } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

function tasksUserData(): Record<string, unknown> | null {
  return mock.locks.wes.extensions.find((party) => party.slug === 'tasks')?.userData ?? null;
}

describe('tasks', () => {
  const configured = ['Write a page of lines', 'Tidy the desk', 'Run five kilometres'];

  it('draws a configured task for the wearer', async () => {
    const { wes } = mock.users;

    const result = await act(mock, wes, mock.locks.wes, 'tasks', 'submit', { requestVote: false });
    const [entry] = await latestEntries(mock, wes, mock.locks.wes.id, 1);
    const current = tasksUserData()?.currentTask as { task: string } | null;

    expect(result.status).toBe(201);
    expect(result.body).toBeUndefined();
    expect(configured).toContain(current?.task);
    expect(entry).toMatchObject({ type: 'tasks_task_assigned', payload: { task: current?.task } });
  });

  it('refuses a second task while one is in progress', async () => {
    const { wes } = mock.users;

    await act(mock, wes, mock.locks.wes, 'tasks', 'submit', { requestVote: false });
    const again = await act(mock, wes, mock.locks.wes, 'tasks', 'submit', { requestVote: false });

    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ message: 'A task is already in progress' });
  });

  it('runs a community vote on the virtual clock and assigns its task when it ends', async () => {
    const { wes, kim } = mock.users;

    const result = await act(mock, wes, mock.locks.wes, 'tasks', 'submit', {
      requestVote: true,
      voteDuration: 600,
    });
    const during = tasksUserData();
    mock.clock.advance(600_000);
    const [entry] = await latestEntries(mock, kim, mock.locks.wes.id, 1);

    expect(result.status).toBe(201);
    expect(during?.currentTask).toBeNull();
    expect(during?.voteEndsAt).toBe(new Date(mock.clock.now()).toISOString());
    expect(entry).toMatchObject({ type: 'tasks_vote_ended', role: 'extension' });
    expect(configured).toContain((tasksUserData()?.currentTask as { task: string }).task);
  });

  it('lets the keyholder assign a task and the wearer complete it for points', async () => {
    const { wes, kim } = mock.users;
    const lock = mock.locks.wes;

    const assigned = await act(mock, kim, lock, 'tasks', 'assignTask', {
      task: { task: 'Water the plants', points: 4 },
    });
    const completed = await act(mock, wes, lock, 'tasks', 'completeTask', { isCompleted: true });
    const entries = await latestEntries(mock, kim, lock.id, 2);

    expect([assigned.status, completed.status]).toEqual([201, 201]);
    expect(tasksUserData()).toMatchObject({ points: 4, currentTask: null });
    expect(entries.map((entry) => [entry.type, entry.role])).toEqual([
      ['tasks_task_completed', 'user'],
      ['tasks_task_assigned', 'keyholder'],
    ]);
    expect(entries[0]).toMatchObject({ payload: { task: 'Water the plants', points: 4 } });
  });

  it('records a failed task without points', async () => {
    const { kim } = mock.users;
    const lock = mock.locks.wes;

    await act(mock, kim, lock, 'tasks', 'assignTask', { task: { task: 'Juggle', points: 9 } });
    await act(mock, kim, lock, 'tasks', 'completeTask', { isCompleted: false });
    const [entry] = await latestEntries(mock, kim, lock.id, 1);

    expect(entry).toMatchObject({ type: 'tasks_task_failed', payload: { task: 'Juggle' } });
    expect(tasksUserData()).toMatchObject({ points: 0 });
  });

  it('answers 400 when completing without a task', async () => {
    const result = await act(mock, mock.users.wes, mock.locks.wes, 'tasks', 'completeTask', {
      isCompleted: true,
    });

    expect(result.body).toMatchObject({ message: 'No task is in progress' });
  });

  it('lets the keyholder rewrite the task list, not the wearer', async () => {
    const { wes, kim } = mock.users;
    const lock = mock.locks.wes;
    const tasks = [{ task: 'Only this', points: 1 }];

    const byWearer = await act(mock, wes, lock, 'tasks', 'updateTasks', { tasks });
    const byKeyholder = await act(mock, kim, lock, 'tasks', 'updateTasks', { tasks });
    await act(mock, wes, lock, 'tasks', 'submit', { requestVote: false });

    expect(byWearer.status).toBe(403);
    expect(byKeyholder.status).toBe(201);
    expect(tasksUserData()?.currentTask).toEqual({ task: 'Only this', points: 1 });
  });

  it('keeps the lock shut until enough points are earned', async () => {
    const lock = mock.createLock({
      wearer: 'sam',
      keyholder: 'kim',
      duration: 60,
      extensions: [{ slug: 'tasks', config: { enablePoints: true, pointsRequired: 3, tasks: [] } }],
    });
    mock.clock.advance(60_000);

    const view = await call(mock, 'GET', `/locks/${lock.id}`, { as: mock.users.sam });
    const task = { task: 'x', points: 3 };
    await act(mock, mock.users.kim, lock, 'tasks', 'assignTask', { task });
    await act(mock, mock.users.sam, lock, 'tasks', 'completeTask', { isCompleted: true });
    const after = await call(mock, 'GET', `/locks/${lock.id}`, { as: mock.users.sam });

    expect(view.body).toMatchObject({
      canBeUnlocked: false,
      extensionsAllowUnlocking: false,
      reasonsPreventingUnlocking: [{ reason: '3 more task points are needed', icon: 'tasks' }],
    });
    expect(after.body).toMatchObject({ canBeUnlocked: true, reasonsPreventingUnlocking: [] });
  });
});

describe('pillory', () => {
  it('puts the wearer in the pillory until the vote ends on the clock', async () => {
    const { wes, kim } = mock.users;
    const lock = mock.locks.wes;

    const submit = await act(mock, kim, lock, 'pillory', 'submit', {
      duration: 3600,
      reason: 'Late again',
    });
    const running = await act(mock, wes, lock, 'pillory', 'getStatus');
    const view = await call(mock, 'GET', `/locks/${lock.id}`, { as: wes });
    mock.clock.advance(HOUR_MS);
    const ended = await act(mock, wes, lock, 'pillory', 'getStatus');
    const entries = await latestEntries(mock, kim, lock.id, 2);

    expect(submit.status).toBe(201);
    expect(running.body).toMatchObject({
      votes: [
        {
          nbVotes: 0,
          totalDurationAdded: 0,
          canVote: false,
          reason: 'Late again',
          voteEndsAt: new Date(mock.clock.now()).toISOString(),
        },
      ],
    });
    expect(view.body).toMatchObject({ extensionsAllowUnlocking: false });
    expect(ended.body).toEqual({ votes: [] });
    expect(entries.map((entry) => entry.type)).toEqual(['pillory_out', 'pillory_in']);
    expect(entries[1]).toMatchObject({ payload: { duration: 3600, reason: 'Late again' } });
  });

  it('tells a visitor they may vote', async () => {
    await act(mock, mock.users.kim, mock.locks.wes, 'pillory', 'submit', {
      duration: 600,
      reason: 'x',
    });

    const status = await act(mock, mock.users.vic, mock.locks.wes, 'pillory', 'getStatus');

    expect(status.body).toMatchObject({ votes: [{ canVote: true }] });
  });

  it('validates the submit payload', async () => {
    const result = await act(mock, mock.users.kim, mock.locks.wes, 'pillory', 'submit', {
      duration: 'long',
    });

    expect(result.body).toMatchObject({
      message: ['duration must be a number conforming to the specified constraints'],
    });
  });
});
