import { beforeAll, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import { ExtensionSession } from '../../../src/facade/partner/extension-session.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { createStubClient, type StubClient } from '../support/stub-client.js';
import { fixtureLock, SESSION_ID, sessionBody } from './support.js';

const PREFIX = '/api/extensions/sessions/{sessionId}';
const PATH_PARAMS = { path: { sessionId: SESSION_ID } };

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

function sessionOn(stub: StubClient): ExtensionSession {
  return new ExtensionSession(stub.context, sessionBody(lock));
}

/** Runs one action against a stub answering 201 and returns the one call it made. */
async function callOf(run: (session: ExtensionSession) => Promise<unknown>) {
  const stub = createStubClient().reply(undefined, 201);
  await run(sessionOn(stub));

  const call = stub.onlyCall();
  return { method: call.method, path: call.path, params: call.params, body: call.body };
}

/** Runs an action expected to be refused locally and checks nothing was sent. */
async function expectRefused(
  run: (session: ExtensionSession) => Promise<unknown>,
  message: RegExp,
): Promise<void> {
  const stub = createStubClient();

  await expect(run(sessionOn(stub))).rejects.toThrow(ChasterUsageError);
  await expect(run(sessionOn(stub))).rejects.toThrow(message);
  expect(stub.calls).toHaveLength(0);
}

describe('session.tasks', () => {
  it('assigns a plain task as the given actor', async () => {
    const call = await callOf(
      (s) => s.tasks.assign({ task: 'Plank', points: 5, actor: 'extension' }),
    );

    expect(call).toEqual({
      method: 'POST', path: `${PREFIX}/tasks/assign`, params: PATH_PARAMS,
      body: { task: { task: 'Plank', points: 5 }, actor: 'extension' },
    });
  });

  it('assigns a timed task that needs a verification, with the duration in seconds', async () => {
    const call = await callOf((s) => s.tasks.assign({
      task: 'Run', points: 10, verificationRequired: true, duration: { minutes: 20 },
      actor: 'keyholder',
    }));

    expect(call.body).toEqual({
      task: { task: 'Run', points: 10, verificationRequired: true, duration: 1200 },
      actor: 'keyholder',
    });
  });

  it.each([
    [59, /60 to 86400 whole seconds, got 59/],
    [86_401, /60 to 86400 whole seconds, got 86401/],
    [90.5, /task duration must be a whole number of seconds/],
  ])('refuses a timed task of %s seconds before any request', async (duration, message) => {
    await expectRefused(
      (s) => s.tasks.assign({ task: 'Run', points: 1, duration, actor: 'wearer' }),
      message,
    );
  });

  it('accepts the bounds of a timed task, 60 and 86400 seconds', async () => {
    const shortest = await callOf((s) => s.tasks.assign({
      task: 'a', points: 1, duration: 60, actor: 'wearer',
    }));
    const longest = await callOf((s) => s.tasks.assign({
      task: 'a', points: 1, duration: { days: 1 }, actor: 'wearer',
    }));

    expect([shortest.body, longest.body]).toMatchObject([
      { task: { duration: 60 } }, { task: { duration: 86_400 } },
    ]);
  });

  it('refuses a blank task, missing points or an unknown actor before any request', async () => {
    await expectRefused((s) => s.tasks.assign({ task: ' ', points: 1, actor: 'wearer' }),
      /task must be a non-empty string/);
    await expectRefused(
      (s) => s.tasks.assign({ task: 'a', points: Number.NaN, actor: 'wearer' }),
      /points must be a finite number/,
    );
    await expectRefused(
      (s) => s.tasks.assign({ task: 'a', points: 1, actor: 'visitor' as 'wearer' }),
      /actor must be 'wearer', 'keyholder' or 'extension'/,
    );
  });

  it('starts the timer of the current task', async () => {
    const call = await callOf((s) => s.tasks.startTimer({ actor: 'wearer' }));

    expect(call).toEqual({
      method: 'POST', path: `${PREFIX}/tasks/start-timer`, params: PATH_PARAMS,
      body: { actor: 'wearer' },
    });
  });

  it('completes or fails the current task', async () => {
    const done = await callOf((s) => s.tasks.complete({ actor: 'keyholder', isCompleted: true }));
    const failed = await callOf(
      (s) => s.tasks.complete({ actor: 'extension', isCompleted: false }),
    );

    expect(done).toEqual({
      method: 'POST', path: `${PREFIX}/tasks/complete`, params: PATH_PARAMS,
      body: { actor: 'keyholder', isCompleted: true },
    });
    expect(failed.body).toEqual({ actor: 'extension', isCompleted: false });
  });

  it('refuses to complete a task without a boolean isCompleted', async () => {
    await expectRefused(
      (s) => s.tasks.complete({ actor: 'wearer', isCompleted: 'yes' as unknown as boolean }),
      /isCompleted must be true or false/,
    );
  });
});

describe('session actor actions', () => {
  it('opens the lock for a temporary opening', async () => {
    const call = await callOf((s) => s.openTemporaryOpening({ actor: 'keyholder' }));

    expect(call).toEqual({
      method: 'POST', path: `${PREFIX}/temporary-opening/open`, params: PATH_PARAMS,
      body: { actor: 'keyholder' },
    });
  });

  it('requests a verification picture', async () => {
    const call = await callOf((s) => s.requestVerificationPicture({ actor: 'extension' }));

    expect(call).toEqual({
      method: 'POST', path: `${PREFIX}/verification-picture/request`, params: PATH_PARAMS,
      body: { actor: 'extension' },
    });
  });

  it('refuses an unknown actor before any request', async () => {
    await expectRefused((s) => s.openTemporaryOpening({ actor: 'admin' as 'wearer' }), /actor/);
    await expectRefused(
      (s) => s.requestVerificationPicture({} as { actor: 'wearer' }),
      /actor must be/,
    );
  });
});

describe('session.penalties', () => {
  it('increments a habit once by default', async () => {
    const call = await callOf((s) => s.penalties.increment('snack'));

    expect(call).toEqual({
      method: 'POST', path: `${PREFIX}/penalties/increment`, params: PATH_PARAMS,
      body: { habitName: 'snack', count: 1 },
    });
  });

  it('increments a habit by a count', async () => {
    const call = await callOf((s) => s.penalties.increment('late_bed-2', { count: 3 }));

    expect(call.body).toEqual({ habitName: 'late_bed-2', count: 3 });
  });

  it('creates and cancels a habit time limit', async () => {
    const created = await callOf((s) => s.penalties.createTimeLimit('check_in'));
    const cancelled = await callOf((s) => s.penalties.cancelTimeLimit('check_in'));

    expect(created).toEqual({
      method: 'POST', path: `${PREFIX}/penalties/time-limit/create`, params: PATH_PARAMS,
      body: { habitName: 'check_in' },
    });
    expect(cancelled).toEqual({
      method: 'POST', path: `${PREFIX}/penalties/time-limit/cancel`, params: PATH_PARAMS,
      body: { habitName: 'check_in' },
    });
  });

  it.each(['', 'Snack', 'snack time', 'a'.repeat(21), 'é'])(
    'refuses the habit name %j before any request',
    async (habitName) => {
      const rule = /habitName must be 1 to 20 characters/;

      await expectRefused((s) => s.penalties.increment(habitName), rule);
      await expectRefused((s) => s.penalties.createTimeLimit(habitName), rule);
      await expectRefused((s) => s.penalties.cancelTimeLimit(habitName), rule);
    },
  );

  it('accepts a habit name of exactly 20 characters', async () => {
    const call = await callOf((s) => s.penalties.createTimeLimit('a'.repeat(20)));

    expect(call.body).toEqual({ habitName: 'a'.repeat(20) });
  });

  it.each([0, -1, 1.5])('refuses a count of %s before any request', async (count) => {
    await expectRefused((s) => s.penalties.increment('snack', { count }),
      /count must be a positive integer/);
  });
});
