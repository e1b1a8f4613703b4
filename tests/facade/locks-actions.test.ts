import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  DiceResult,
  GuessTimerResult,
  PilloryStatus,
  ShareLink,
  ShareLinkInfo,
  ShareLinkVoteResult,
  WheelOfFortuneResult,
} from '../../src/contracts/extension-actions.js';
import { ChasterUsageError } from '../../src/errors/index.js';
import { Lock } from '../../src/facade/locks/lock.js';
import { LOCK_ID, lockBody, readFixture } from './support/lock-bodies.js';
import { createStubClient } from './support/stub-client.js';

const ACTION_PATH = '/locks/{lockId}/extensions/{extensionId}/action';

function lockWith(role: string, slugs: string[]) {
  const stub = createStubClient({ fallback: () => ({ status: 201, body: {} }) });
  const lock = new Lock(stub.context, lockBody({ role, slugs }));
  return { stub, lock };
}

/** Asserts the one recorded call was the action route for `slug` with this body. */
function expectAction(
  stub: ReturnType<typeof createStubClient>,
  slug: string,
  body: unknown,
): void {
  expect(stub.onlyCall()).toMatchObject({
    method: 'POST',
    path: ACTION_PATH,
    params: { path: { lockId: LOCK_ID, extensionId: `ext-${slug}` } },
  });
  expect(stub.onlyCall().body).toEqual(body);
}

describe('built-in extension actions', () => {
  it('spins the wheel of fortune and returns the captured result shape', async () => {
    const captured = readFixture<WheelOfFortuneResult>(
      'POST_locks_lockId_extensions_extensionId_action.wheel-of-fortune.submit.json',
    );
    const { stub, lock } = lockWith('wearer', ['dice', 'wheel-of-fortune']);
    stub.reply(captured, 201);

    const result = await lock.spinWheelOfFortune();

    expectAction(stub, 'wheel-of-fortune', { action: 'submit', payload: {} });
    expect(result.action.segment).toEqual({ type: 'add-time', text: '', duration: 3_600 });
    expect(result.text).toBe('Added 1 hour');
  });

  it('rolls the dice and returns the captured result shape', async () => {
    const captured = readFixture<DiceResult>(
      'POST_locks_lockId_extensions_extensionId_action.dice.submit.json',
    );
    const { stub, lock } = lockWith('wearer', ['dice']);
    stub.reply(captured, 201);

    const { adminDice, playerDice, duration } = await lock.rollDice();

    expectAction(stub, 'dice', { action: 'submit', payload: {} });
    expect([adminDice, playerDice, duration]).toEqual([5, 4, 3_600]);
  });

  it('guesses the timer', async () => {
    const { stub, lock } = lockWith('wearer', ['guess-timer']);
    stub.reply({ canBeUnlocked: true }, 201);

    expect(await lock.guessTimer()).toEqual({ canBeUnlocked: true });
    expectAction(stub, 'guess-timer', { action: 'submit', payload: {} });
  });

  it('requests a task, or a vote on one with its duration in seconds', async () => {
    const { stub, lock } = lockWith('wearer', ['tasks']);

    await lock.requestTask();
    await lock.requestTaskVote({ hours: 2 });

    expect(stub.calls.map((call) => call.body)).toEqual([
      { action: 'submit', payload: { requestVote: false } },
      { action: 'submit', payload: { requestVote: true, voteDuration: 7_200 } },
    ]);
  });

  it('assigns and updates tasks as the keyholder', async () => {
    const { stub, lock } = lockWith('keyholder', ['tasks']);
    const task = { task: 'Write 100 lines', points: 5 };

    await lock.assignTask(task);
    await lock.updateTasks([task, { task: 'Plank', points: 1 }]);

    expect(stub.calls.map((call) => call.body)).toEqual([
      { action: 'assignTask', payload: { task } },
      { action: 'updateTasks', payload: { tasks: [task, { task: 'Plank', points: 1 }] } },
    ]);
  });

  it('completes and fails tasks through completeTask', async () => {
    const { stub, lock } = lockWith('keyholder', ['tasks']);

    await lock.completeTask();
    await lock.failTask();

    expect(stub.calls.map((call) => call.body)).toEqual([
      { action: 'completeTask', payload: { isCompleted: true } },
      { action: 'completeTask', payload: { isCompleted: false } },
    ]);
  });

  it('puts the wearer in the pillory with the duration in seconds', async () => {
    const { stub, lock } = lockWith('keyholder', ['pillory']);

    await lock.putInPillory({ duration: { minutes: 30 }, reason: 'Late' });

    expectAction(stub, 'pillory', {
      action: 'submit', payload: { duration: 1_800, reason: 'Late' },
    });
  });

  it('reads the pillory status as anyone who sees the lock', async () => {
    const { stub, lock } = lockWith('visitor', ['pillory']);
    const status = { votes: [{ _id: 'v', nbVotes: 2, totalDurationAdded: 120,
      voteEndsAt: '2024-01-12T03:00:00.000Z', canVote: true, reason: 'Late',
      createdAt: '2024-01-12T02:00:00.000Z' }] };
    stub.reply(status, 201);

    expect(await lock.pilloryStatus()).toEqual(status);
    expectAction(stub, 'pillory', { action: 'getStatus', payload: {} });
  });

  it('opens for hygiene with submit as the wearer and keyholderOpen as the keyholder', async () => {
    const wearer = lockWith('wearer', ['temporary-opening']);
    const keyholder = lockWith('keyholder', ['temporary-opening']);

    await wearer.lock.openForHygiene();
    await keyholder.lock.openForHygiene();

    expectAction(wearer.stub, 'temporary-opening', { action: 'submit', payload: {} });
    expectAction(keyholder.stub, 'temporary-opening', { action: 'keyholderOpen', payload: {} });
  });

  it('opens for hygiene as the role given with `as`', async () => {
    const { stub, lock } = lockWith('wearer', ['temporary-opening']);

    await lock.openForHygiene({ as: 'keyholder' });

    expect(stub.onlyCall().body).toEqual({ action: 'keyholderOpen', payload: {} });
  });

  it('requests a verification picture as the keyholder', async () => {
    const { stub, lock } = lockWith('keyholder', ['verification-picture']);

    await lock.requestVerificationPicture();

    expectAction(stub, 'verification-picture', {
      action: 'createVerificationRequest', payload: {},
    });
  });

  it('reads the share link and its voting', async () => {
    const { stub, lock } = lockWith('wearer', ['link']);
    stub.reply({ link: 'https://chaster.app/sessions/AbC' }, 201)
      .reply({ lockId: LOCK_ID, extensionId: 'ext-link', votes: 1, minVotes: 0, canVote: true },
        201);

    expect((await lock.shareLink()).link).toBe('https://chaster.app/sessions/AbC');
    expect((await lock.shareLinkInfo()).votes).toBe(1);
    expect(stub.calls.map((call) => call.body)).toEqual([
      { action: 'getLink', payload: {} },
      { action: 'getInfo', payload: {} },
    ]);
  });

  it.each([
    ['AbC123', 'AbC123'],
    ['https://chaster.app/sessions/AbC123', 'AbC123'],
    ['https://chaster.app/sessions/AbC123/?ref=x#top', 'AbC123'],
  ])('votes on the share link %s with the session id %s', async (link, sessionId) => {
    const { stub, lock } = lockWith('visitor', ['link']);
    stub.reply({ duration: -3_600 }, 201);

    const { duration } = await lock.voteShareLink({ action: 'remove', sessionId: link });

    expect(duration).toBe(-3_600);
    expectAction(stub, 'link', { action: 'vote', payload: { action: 'remove', sessionId } });
  });

  it('runs any catalog action by slug and name', async () => {
    const { stub, lock } = lockWith('wearer', ['link']);
    stub.reply({ link: 'l' }, 201);

    const result = await lock.triggerAction('link', 'getLink', {});

    expect(result.link).toBe('l');
    expectAction(stub, 'link', { action: 'getLink', payload: {} });
  });

  it('passes the signal to the action request', async () => {
    const { stub, lock } = lockWith('wearer', ['dice']);
    const signal = new AbortController().signal;
    stub.reply({ adminDice: 1, playerDice: 2, duration: 0 }, 201);

    await lock.rollDice({ signal });

    expect(stub.onlyCall().signal).toBe(signal);
  });
});

describe('action result types', () => {
  it('are the named contract types, checked by the type checker', () => {
    type Resolved<Method extends (...args: never[]) => unknown> = Awaited<ReturnType<Method>>;

    expectTypeOf<Resolved<Lock['spinWheelOfFortune']>>().toEqualTypeOf<WheelOfFortuneResult>();
    expectTypeOf<Resolved<Lock['rollDice']>>().toEqualTypeOf<DiceResult>();
    expectTypeOf<Resolved<Lock['guessTimer']>>().toEqualTypeOf<GuessTimerResult>();
    expectTypeOf<Resolved<Lock['pilloryStatus']>>().toEqualTypeOf<PilloryStatus>();
    expectTypeOf<Resolved<Lock['shareLink']>>().toEqualTypeOf<ShareLink>();
    expectTypeOf<Resolved<Lock['shareLinkInfo']>>().toEqualTypeOf<ShareLinkInfo>();
    expectTypeOf<Resolved<Lock['voteShareLink']>>().toEqualTypeOf<ShareLinkVoteResult>();
    expectTypeOf<Resolved<Lock['assignTask']>>().toEqualTypeOf<void>();
  });

  it('match the captured wheel and dice bodies field for field', () => {
    const wheel = readFixture<Record<string, unknown>>(
      'POST_locks_lockId_extensions_extensionId_action.wheel-of-fortune.submit.json',
    );
    const dice = readFixture<Record<string, unknown>>(
      'POST_locks_lockId_extensions_extensionId_action.dice.submit.json',
    );
    const wheelKeys: (keyof WheelOfFortuneResult)[] = ['action', 'index', 'text'];
    const diceKeys: (keyof DiceResult)[] = ['adminDice', 'duration', 'playerDice'];

    expect(Object.keys(wheel).sort()).toEqual(wheelKeys);
    expect(Object.keys(dice).sort()).toEqual(diceKeys);
  });
});

describe('local refusals of extension actions', () => {
  it('names the method, the missing extension and the lock', async () => {
    const { stub, lock } = lockWith('keyholder', ['dice']);

    const action = lock.putInPillory({ duration: 60, reason: 'x' });

    await expect(action).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(action).rejects.toThrow(
      `putInPillory needs the pillory extension, which lock ${LOCK_ID} does not have`,
    );
    expect(stub.calls).toEqual([]);
  });

  it('names the method, the role it needs and the caller\'s role', async () => {
    const { stub, lock } = lockWith('wearer', ['tasks']);

    await expect(lock.assignTask({ task: 'x', points: 1 })).rejects.toThrow(
      `assignTask is a keyholder action; you are the wearer of lock ${LOCK_ID}`,
    );
    expect(stub.calls).toEqual([]);
  });

  const refusals: [string, string, string[], (lock: Lock) => Promise<unknown>][] = [
    ['spinWheelOfFortune', 'keyholder', ['wheel-of-fortune'], (l) => l.spinWheelOfFortune()],
    ['rollDice', 'keyholder', ['dice'], (l) => l.rollDice()],
    ['guessTimer', 'visitor', ['guess-timer'], (l) => l.guessTimer()],
    ['requestTask', 'keyholder', ['tasks'], (l) => l.requestTask()],
    ['updateTasks', 'wearer', ['tasks'], (l) => l.updateTasks([])],
    ['completeTask', 'visitor', ['tasks'], (l) => l.completeTask()],
    ['putInPillory', 'wearer', ['pillory'], (l) => l.putInPillory({ duration: 1, reason: '' })],
    ['openForHygiene', 'visitor', ['temporary-opening'], (l) => l.openForHygiene()],
    ['requestVerificationPicture', 'wearer', ['verification-picture'],
      (l) => l.requestVerificationPicture()],
    ['shareLink', 'visitor', ['link'], (l) => l.shareLink()],
  ];

  it.each(refusals)('refuses %s as a %s before any request', async (name, role, slugs, act) => {
    const { stub, lock } = lockWith(role, slugs);

    await expect(act(lock)).rejects.toThrow(new RegExp(`^${name} is a .* action; you are`));
    expect(stub.calls).toEqual([]);
  });

  it.each([
    ['an empty task', { task: ' ', points: 1 }, 'non-empty text'],
    ['points that are not a number', { task: 'x', points: '5' }, 'finite number'],
  ])('refuses %s', async (_what, task, message) => {
    const { stub, lock } = lockWith('keyholder', ['tasks']);

    await expect(lock.assignTask(task as never)).rejects.toThrow(message);
    expect(stub.calls).toEqual([]);
  });

  it('refuses a share-link vote with an unknown action or no session', async () => {
    const { stub, lock } = lockWith('visitor', ['link']);

    await expect(lock.voteShareLink({ action: 'double' as never, sessionId: 'a' }))
      .rejects.toThrow('add, remove or random');
    await expect(lock.voteShareLink({ action: 'add', sessionId: 'https://chaster.app/' }))
      .rejects.toThrow('sessionId');
    expect(stub.calls).toEqual([]);
  });

  it('refuses a vote of no duration for a task', async () => {
    const { stub, lock } = lockWith('wearer', ['tasks']);

    await expect(lock.requestTaskVote(0)).rejects.toThrow('at least 1 second');
    expect(stub.calls).toEqual([]);
  });
});
