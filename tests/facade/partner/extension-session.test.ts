import { beforeAll, describe, expect, it } from 'vitest';
import { ChasterNotFoundError, ChasterUnprocessableError, ChasterUsageError } from
  '../../../src/errors/index.js';
import { ExtensionSession } from '../../../src/facade/partner/extension-session.js';
import { ChasterRegularActionLimitError } from
  '../../../src/facade/partner/regular-action-limit-error.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { createStubClient, type StubClient } from '../support/stub-client.js';
import { fixtureLock, SESSION_ID, sessionBody } from './support.js';

const ACTION_PATH = '/api/extensions/sessions/{sessionId}/action';
const PATH_PARAMS = { path: { sessionId: SESSION_ID } };

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

function sessionOn(stub: StubClient, overrides = {}): ExtensionSession {
  return new ExtensionSession(stub.context, sessionBody(lock, overrides));
}

describe('ExtensionSession getters', () => {
  it('reads the session id, lock, config, stored data and metadata from the body', () => {
    const session = sessionOn(createStubClient());

    expect(session.id).toBe(SESSION_ID);
    expect(session.lockId).toBe('65a08aef8a34e4829ab74d0d');
    expect(session.lock.status).toBe('locked');
    expect(session.slug).toBe('daily-dice');
    expect(session.config).toEqual({ sides: 6 });
    expect(session.sessionData).toEqual({ rolls: 2 });
    expect(session.metadata.homeActions[0]?.slug).toBe('roll');
    expect(session.mode).toBe('non_cumulative');
    expect(session.nbActionsRemaining).toBe(1);
  });

  it('gives the next action date as a Date, or null when an action is allowed now', () => {
    const stub = createStubClient();
    const waiting = sessionOn(stub, { nextActionDate: '2024-02-01T10:00:00.000Z' });

    expect(waiting.nextActionDate?.toISOString()).toBe('2024-02-01T10:00:00.000Z');
    expect(sessionOn(stub).nextActionDate).toBeNull();
  });
});

describe('ExtensionSession lock actions', () => {
  it('adds time in seconds through the session action route', async () => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub).addTime({ hours: 1, minutes: 30 });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', ACTION_PATH]);
    expect(call.params).toEqual(PATH_PARAMS);
    expect(call.body).toEqual({ action: { name: 'add_time', params: 5400 } });
  });

  it('removes time, which an extension may do unlike a wearer', async () => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub).removeTime(600);

    expect(stub.onlyCall().body).toEqual({ action: { name: 'remove_time', params: 600 } });
  });

  it.each([
    ['freeze', 'freeze'],
    ['unfreeze', 'unfreeze'],
    ['toggleFreeze', 'toggle_freeze'],
  ] as const)('%s sends the %s action without params', async (method, name) => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub)[method]();

    expect(stub.onlyCall().body).toEqual({ action: { name } });
  });

  it('puts the wearer in the pillory with a duration and a reason', async () => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub).pillory({ duration: { minutes: 10 }, reason: 'Late' });

    expect(stub.onlyCall().body).toEqual({
      action: { name: 'pillory', params: { duration: 600, reason: 'Late' } },
    });
  });

  it('leaves the pillory reason out when none is given', async () => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub).pillory({ duration: 60 });

    expect(stub.onlyCall().body).toEqual({ action: { name: 'pillory', params: { duration: 60 } } });
  });

  it('hides the remaining time with the set_display_remaining_time action', async () => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub).setDisplayRemainingTime(false);

    expect(stub.onlyCall().body).toEqual({
      action: { name: 'set_display_remaining_time', params: false },
    });
  });

  it('passes the caller signal to Layer 1', async () => {
    const stub = createStubClient().reply(undefined, 201);
    const controller = new AbortController();

    await sessionOn(stub).freeze({ signal: controller.signal });

    expect(stub.onlyCall().signal).toBe(controller.signal);
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['fractional', 1.5],
    ['an unknown part', { hour: 1 }],
  ])('refuses a %s duration before any request', async (_label, duration) => {
    const stub = createStubClient();

    await expect(sessionOn(stub).addTime(duration as number)).rejects.toThrow(ChasterUsageError);
    await expect(sessionOn(stub).removeTime(duration as number)).rejects.toThrow(
      ChasterUsageError,
    );
    expect(stub.calls).toHaveLength(0);
  });

  it('refuses a non-boolean display flag and a blank reason before any request', async () => {
    const stub = createStubClient();
    const session = sessionOn(stub);

    await expect(session.setDisplayRemainingTime('no' as unknown as boolean)).rejects.toThrow(
      /must be true or false/,
    );
    await expect(session.pillory({ duration: 60, reason: '  ' })).rejects.toThrow(
      /pillory reason must be a non-empty string/,
    );
    expect(stub.calls).toHaveLength(0);
  });

  it('throws the typed API error Chaster answers with', async () => {
    const stub = createStubClient().replyError(404, {
      statusCode: 404, message: 'Session not found', error: 'Not Found',
    });

    const failure = sessionOn(stub).freeze();

    await expect(failure).rejects.toThrow(ChasterNotFoundError);
    await expect(failure).rejects.toThrow(`404 Session not found: POST ${ACTION_PATH}`);
  });
});

describe('ExtensionSession reads and writes', () => {
  it('refresh reads the session again and returns a new object', async () => {
    const stub = createStubClient().reply({ session: sessionBody(lock, { data: { rolls: 3 } }) });
    const session = sessionOn(stub);

    const fresh = await session.refresh();

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/api/extensions/sessions/{sessionId}']);
    expect(call.params).toEqual(PATH_PARAMS);
    expect(fresh).toBeInstanceOf(ExtensionSession);
    expect(fresh.sessionData).toEqual({ rolls: 3 });
    expect(session.sessionData).toEqual({ rolls: 2 });
  });

  it('patches only the parts given', async () => {
    const stub = createStubClient().reply(undefined, 200);

    await sessionOn(stub).patch({ data: { rolls: 4 }, config: undefined });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['PATCH', '/api/extensions/sessions/{sessionId}']);
    expect(call.params).toEqual(PATH_PARAMS);
    expect(call.body).toEqual({ data: { rolls: 4 } });
  });

  it('refuses a patch with nothing to change, or with a part that is not an object', async () => {
    const stub = createStubClient();
    const session = sessionOn(stub);

    await expect(session.patch({})).rejects.toThrow(/at least one of config, metadata or data/);
    await expect(session.patch({ data: [] as unknown as Record<string, unknown> })).rejects
      .toThrow(/patch data must be an object/);
    expect(stub.calls).toHaveLength(0);
  });

  it('sets reasons preventing unlocking and keeps the home actions it holds', async () => {
    const stub = createStubClient().reply(undefined, 200);
    const session = sessionOn(stub);

    await session.setReasonsPreventingUnlocking(['2 tasks left']);

    expect(stub.onlyCall().body).toEqual({
      metadata: {
        homeActions: session.metadata.homeActions,
        reasonsPreventingUnlocking: ['2 tasks left'],
      },
    });
  });

  it('refuses reasons that are not a list of non-empty strings', async () => {
    const stub = createStubClient();
    const session = sessionOn(stub);

    await expect(session.setReasonsPreventingUnlocking('x' as unknown as string[])).rejects
      .toThrow(ChasterUsageError);
    await expect(session.setReasonsPreventingUnlocking(['ok', ''])).rejects.toThrow(
      /reasons\[1\]/,
    );
    expect(stub.calls).toHaveLength(0);
  });

  it('writes a custom log entry with the fields given', async () => {
    const stub = createStubClient().reply(undefined, 201);

    await sessionOn(stub).log({
      title: '%USER% rolled', description: 'Rolled a 6', role: 'extension', icon: 'dice',
      color: '#ff0000',
    });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual([
      'POST', '/api/extensions/sessions/{sessionId}/logs/custom',
    ]);
    expect(call.body).toEqual({
      title: '%USER% rolled', description: 'Rolled a 6', role: 'extension', icon: 'dice',
      color: '#ff0000',
    });
  });

  it('refuses a custom log entry without a title or description', async () => {
    const stub = createStubClient();

    await expect(sessionOn(stub).log({ title: '', description: 'x' })).rejects.toThrow(
      /log title/,
    );
    await expect(sessionOn(stub).log({ title: 'x', description: '' })).rejects.toThrow(
      /log description/,
    );
    expect(stub.calls).toHaveLength(0);
  });

  it('reads the pillory status', async () => {
    const votes = [{
      _id: 'v1', nbVotes: 3, totalDurationAdded: 900, voteEndsAt: '2024-02-01T10:00:00.000Z',
      reason: 'Late', createdAt: '2024-02-01T09:00:00.000Z',
    }];
    const stub = createStubClient().reply({ votes });

    const status = await sessionOn(stub).pilloryStatus();

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual([
      'GET', '/api/extensions/sessions/{sessionId}/pillory/status',
    ]);
    expect(call.params).toEqual(PATH_PARAMS);
    expect(status.votes).toEqual(votes);
  });
});
