import { describe, expect, it } from 'vitest';

import { createExtensionSession, createMockChaster } from '../../src/mock/index.js';
import type { ExtensionSetup, LockRecord, MockChaster } from '../../src/mock/index.js';
import { call, field, HOUR_MS, latestEntries } from './support.js';

function post(mock: MockChaster, route: string, body: unknown, sessionId?: string) {
  const id = sessionId ?? mock.partner.session.sessionId;
  return call(mock, 'POST', `/api/extensions/sessions/${id}/${route}`, {
    as: mock.users.dev,
    body,
  });
}

function userData(lock: LockRecord, slug: string): Record<string, unknown> | null {
  return lock.extensions.find((party) => party.slug === slug)?.userData ?? null;
}

/** A session on a new lock with only the given built-in extensions; self-lock by default. */
function sessionOn(
  mock: MockChaster,
  extensions: (string | ExtensionSetup)[],
  keyholder?: string,
) {
  const lock = mock.createLock({ wearer: 'sam', keyholder: keyholder ?? null, extensions });
  const session = createExtensionSession(mock, { extension: mock.partner.extension, lock });
  return { lock, sessionId: session.sessionId };
}

describe('tasks through the Extensions API', () => {
  it('assigns a task as the extension and completes it as the keyholder', async () => {
    const mock = createMockChaster();
    const lock = mock.locks.wes;
    const task = { task: 'Plank', points: 3 };

    const assigned = await post(mock, 'tasks/assign', { task, actor: 'extension' });
    const held = field(userData(lock, 'tasks'), 'currentTask');
    const completed = await post(mock, 'tasks/complete', { actor: 'keyholder', isCompleted: true });
    const [done, given] = await latestEntries(mock, mock.users.kim, lock.id, 2);

    expect(assigned.status).toBe(201);
    expect(held).toEqual(task);
    expect(completed.status).toBe(201);
    expect(given).toMatchObject({ type: 'tasks_task_assigned', role: 'extension', payload: task });
    expect(done).toMatchObject({
      type: 'tasks_task_completed',
      role: 'keyholder',
      user: { username: 'kim' },
    });
  });

  it('completes a timed task only after its timer has run', async () => {
    const mock = createMockChaster();
    await post(mock, 'tasks/assign', {
      task: { task: 'Wall sit', points: 1, duration: 120 },
      actor: 'keyholder',
    });

    const early = await post(mock, 'tasks/complete', { actor: 'wearer', isCompleted: true });
    const started = await post(mock, 'tasks/start-timer', { actor: 'wearer' });
    const twice = await post(mock, 'tasks/start-timer', { actor: 'wearer' });
    mock.clock.advance(60_000);
    const running = await post(mock, 'tasks/complete', { actor: 'wearer', isCompleted: true });
    mock.clock.advance(60_000);
    const finished = await post(mock, 'tasks/complete', { actor: 'wearer', isCompleted: true });

    expect(field(early.body, 'message')).toBe('The task timer has not started');
    expect(started.status).toBe(201);
    expect(field(twice.body, 'message')).toBe('The task timer has already started');
    expect(field(running.body, 'message')).toBe('The task timer is still running');
    expect(finished.status).toBe(201);
  });

  it('refuses to start a timer for a task that is not timed', async () => {
    const mock = createMockChaster();
    await post(mock, 'tasks/assign', { task: { task: 'Read', points: 1 }, actor: 'extension' });
    const result = await post(mock, 'tasks/start-timer', { actor: 'extension' });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toBe('The current task is not timed');
  });

  it('refuses to complete a task that needs a verification picture', async () => {
    const mock = createMockChaster();
    await post(mock, 'tasks/assign', {
      task: { task: 'Photo', points: 1, verificationRequired: true },
      actor: 'extension',
    });
    const result = await post(mock, 'tasks/complete', { actor: 'extension', isCompleted: true });

    expect(result.status).toBe(400);
    expect(field(userData(mock.locks.wes, 'tasks'), 'currentTask')).toEqual({
      task: 'Photo',
      points: 1,
    });
  });

  it('reads requireVerificationPicture and duration 0 as an untimed photo task', async () => {
    const mock = createMockChaster();
    const assigned = await post(mock, 'tasks/assign', {
      task: { task: 'Photo', points: 1, requireVerificationPicture: true, duration: 0 },
      actor: 'extension',
    });
    const timer = await post(mock, 'tasks/start-timer', { actor: 'extension' });
    const complete = await post(mock, 'tasks/complete', { actor: 'extension', isCompleted: true });

    expect(assigned.status).toBe(201);
    expect(field(timer.body, 'message')).toBe('The current task is not timed');
    expect(complete.status).toBe(400);
  });

  it('refuses a timed task shorter than a minute', async () => {
    const mock = createMockChaster();
    const result = await post(mock, 'tasks/assign', {
      task: { task: 'Blink', points: 1, duration: 10 },
      actor: 'extension',
    });

    expect(field(result.body, 'message')).toEqual(['duration must not be less than 60']);
  });

  it('answers 400 on a lock without the tasks extension', async () => {
    const mock = createMockChaster();
    const { sessionId } = sessionOn(mock, ['dice']);
    const result = await post(mock, 'tasks/assign', {
      task: { task: 'Read', points: 1 },
      actor: 'extension',
    }, sessionId);

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toBe('The Tasks extension is not enabled on this lock');
  });

  it('answers 400 to the keyholder actor on a lock without a keyholder', async () => {
    const mock = createMockChaster();
    const { sessionId } = sessionOn(mock, ['tasks']);
    const result = await post(mock, 'tasks/assign', {
      task: { task: 'Read', points: 1 },
      actor: 'keyholder',
    }, sessionId);

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toBe('The lock has no keyholder');
  });

  it('refuses an unknown actor', async () => {
    const mock = createMockChaster();
    const result = await post(mock, 'tasks/start-timer', { actor: 'friend' });

    expect(field(result.body, 'message')).toEqual([
      'actor must be one of the following values: wearer, keyholder, extension',
    ]);
  });
});

describe('hygiene opening and verification pictures', () => {
  it('opens the lock for hygiene as the keyholder, revealing the combination', async () => {
    const mock = createMockChaster();
    const opened = await post(mock, 'temporary-opening/open', { actor: 'keyholder' });
    const combination = await call(
      mock,
      'GET',
      `/extensions/temporary-opening/${mock.locks.wes.id}/combination`,
      { as: mock.users.wes },
    );
    const [entry] = await latestEntries(mock, mock.users.kim, mock.locks.wes.id, 1);

    expect(opened.status).toBe(201);
    expect(opened.body).toBeUndefined();
    expect(combination.status).toBe(200);
    expect(entry).toMatchObject({ type: 'temporary_opening_opened', role: 'keyholder' });
  });

  it('asks the wearer for a verification picture', async () => {
    const mock = createMockChaster();
    const result = await post(mock, 'verification-picture/request', { actor: 'extension' });
    const lock = await call(mock, 'GET', `/locks/${mock.locks.wes.id}`, { as: mock.users.wes });
    const actions = field(lock.body, 'availableHomeActions') as Record<string, unknown>[];

    expect(result.status).toBe(201);
    expect(actions.map((action) => action.slug)).toContain('verification-picture');
  });

  it('answers 400 when the hygiene opening is not enabled', async () => {
    const mock = createMockChaster();
    const { sessionId } = sessionOn(mock, ['dice'], 'kim');
    const result = await post(mock, 'temporary-opening/open', { actor: 'keyholder' }, sessionId);

    expect(field(result.body, 'message')).toBe(
      'The Hygiene opening extension is not enabled on this lock',
    );
  });
});

describe('penalties through the Extensions API', () => {
  const penaltyConfig = {
    slug: 'penalty',
    config: {
      penalties: [
        { habitName: 'check-in', nbActions: 2, frequency: 86_400, punishments: [] },
        {
          habitName: 'send-picture',
          type: 'time_limit',
          timeLimit: 7200,
          nbActions: 1,
          punishments: [{ name: 'add_time', params: 3600 }],
        },
      ],
    },
  };

  it('counts increments towards the ongoing period of a recurring habit', async () => {
    const mock = createMockChaster();
    const { lock, sessionId } = sessionOn(mock, [penaltyConfig]);
    const body = { habitName: 'check-in', count: 2 };
    const result = await post(mock, 'penalties/increment', body, sessionId);
    const session = await call(
      mock,
      'GET',
      `/locks/${lock.id}/extensions/${lock.extensions[0]?.id}/penalty-session`,
      { as: mock.users.sam },
    );

    expect(result.status).toBe(201);
    expect(session.body).toMatchObject({
      penaltyPeriods: [{ habitName: 'check-in', nbActionsDone: 2, nbActionsRequired: 2 }],
    });
  });

  it('punishes a time limit that runs out, on the virtual clock', async () => {
    const mock = createMockChaster();
    const { lock, sessionId } = sessionOn(mock, [penaltyConfig]);
    const before = lock.endsAt;

    await post(mock, 'penalties/time-limit/create', { habitName: 'send-picture' }, sessionId);
    mock.clock.advance(2 * HOUR_MS - 1);
    const stillRunning = lock.endsAt;
    mock.clock.advance(1);

    expect(stillRunning).toBe(before);
    expect(lock.endsAt).toBe(before + HOUR_MS);
  });

  it('spares a time limit met in time, and one cancelled', async () => {
    const mock = createMockChaster();
    const { lock, sessionId } = sessionOn(mock, [penaltyConfig]);
    const before = lock.endsAt;

    await post(mock, 'penalties/time-limit/create', { habitName: 'send-picture' }, sessionId);
    await post(mock, 'penalties/increment', { habitName: 'send-picture' }, sessionId);
    await post(mock, 'penalties/time-limit/create', { habitName: 'send-picture' }, sessionId);
    const cancelled = await post(mock, 'penalties/time-limit/cancel', {
      habitName: 'send-picture',
    }, sessionId);
    mock.clock.advance(3 * HOUR_MS);

    expect(cancelled.status).toBe(201);
    expect(lock.endsAt).toBe(before);
  });

  it('refuses a second time limit while one runs, and a cancel with none running', async () => {
    const mock = createMockChaster();
    const { sessionId } = sessionOn(mock, [penaltyConfig]);
    const body = { habitName: 'send-picture' };

    await post(mock, 'penalties/time-limit/create', body, sessionId);
    const second = await post(mock, 'penalties/time-limit/create', body, sessionId);
    await post(mock, 'penalties/time-limit/cancel', body, sessionId);
    const none = await post(mock, 'penalties/time-limit/cancel', body, sessionId);

    expect(second.status).toBe(400);
    expect(none.status).toBe(400);
  });

  it('refuses malformed habit names, unknown habits and a missing extension', async () => {
    const mock = createMockChaster();
    const { sessionId } = sessionOn(mock, [penaltyConfig]);
    const badName = await post(mock, 'penalties/increment', { habitName: 'Check In' }, sessionId);
    const unknown = await post(mock, 'penalties/increment', { habitName: 'nap' }, sessionId);
    const missing = await post(mock, 'penalties/increment', { habitName: 'nap' });

    expect(field(badName.body, 'message')).toEqual([
      'habitName must match /^[a-z0-9_-]{1,20}$/ regular expression',
    ]);
    expect(field(unknown.body, 'message')).toBe('The habit nap is not configured');
    expect(field(missing.body, 'message')).toBe(
      'The Penalties extension is not enabled on this lock',
    );
  });
});

describe('the pillory status', () => {
  it('is an empty list when the wearer is not in the pillory', async () => {
    const mock = createMockChaster();
    const result = await call(
      mock,
      'GET',
      `/api/extensions/sessions/${mock.partner.session.sessionId}/pillory/status`,
      { as: mock.users.dev },
    );

    expect(result.body).toEqual({ votes: [] });
  });

  it('answers 400 when the pillory is not enabled', async () => {
    const mock = createMockChaster();
    const { sessionId } = sessionOn(mock, ['dice']);
    const result = await call(mock, 'GET', `/api/extensions/sessions/${sessionId}/pillory/status`, {
      as: mock.users.dev,
    });

    expect(result.status).toBe(400);
  });
});
