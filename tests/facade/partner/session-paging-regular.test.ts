import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChasterAbortError, ChasterUnprocessableError, ChasterUsageError, isChasterError,
} from '../../../src/errors/index.js';
import { ExtensionSession } from '../../../src/facade/partner/extension-session.js';
import { ChasterRegularActionLimitError } from
  '../../../src/facade/partner/regular-action-limit-error.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { createStubClient, type StubClient } from '../support/stub-client.js';
import { fixtureLock, SESSION_ID, sessionBody } from './support.js';

const LOGS_PATH = '/api/extensions/sessions/{sessionId}/logs/search';
const REGULAR_PATH = '/api/extensions/sessions/{sessionId}/regular-actions';

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

function sessionOn(stub: StubClient): ExtensionSession {
  return new ExtensionSession(stub.context, sessionBody(lock));
}

function logEntry(id: string) {
  return {
    _id: id, type: 'custom', prefix: 'daily-dice', role: 'extension', lock: lock._id,
    title: 'Rolled', description: 'A 6', color: null, icon: null, payload: {},
    createdAt: '2024-01-12T00:42:23.550Z',
  };
}

describe('ExtensionSession.logs', () => {
  it('reads the first page as the keyholder by default, without a lastId', async () => {
    const stub = createStubClient().reply({ results: [logEntry('a')], hasMore: false, count: 1 });

    const page = await sessionOn(stub).logs();

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', LOGS_PATH]);
    expect(call.params).toEqual({ path: { sessionId: SESSION_ID } });
    expect(call.body).toEqual({ role: 'keyholder', limit: 15, showOnlyExtensionActions: false });
    expect(page).toEqual({ items: [logEntry('a')], hasMore: false, total: 1 });
  });

  it('follows the last entry id across pages and stops when no more are left', async () => {
    const stub = createStubClient()
      .reply({ results: [logEntry('a'), logEntry('b')], hasMore: true, count: 3 }, 201)
      .reply({ results: [logEntry('c')], hasMore: false, count: 3 }, 201);

    const ids: string[] = [];
    for await (const entry of sessionOn(stub).logs({
      role: 'wearer', limit: 2, onlyExtensionActions: true,
    })) ids.push(entry._id);

    expect(ids).toEqual(['a', 'b', 'c']);
    expect(stub.calls.map((call) => call.body)).toEqual([
      { role: 'wearer', limit: 2, showOnlyExtensionActions: true },
      { role: 'wearer', limit: 2, showOnlyExtensionActions: true, lastId: 'b' },
    ]);
  });

  it('passes its signal to every page request and stops once it is aborted', async () => {
    const controller = new AbortController();
    const stub = createStubClient().reply({ results: [logEntry('a')], hasMore: true });
    const logs = sessionOn(stub).logs({ signal: controller.signal });

    const seen: string[] = [];
    const reading = (async () => {
      for await (const entry of logs) {
        seen.push(entry._id);
        controller.abort();
      }
    })();

    await expect(reading).rejects.toThrow(ChasterAbortError);
    expect(seen).toEqual(['a']);
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]?.signal).toBe(controller.signal);
  });

  it('refuses a page size that is not a positive integer before any request', () => {
    const stub = createStubClient();

    expect(() => sessionOn(stub).logs({ limit: 0 })).toThrow(ChasterUsageError);
    expect(stub.calls).toHaveLength(0);
  });
});

describe('ExtensionSession regular actions', () => {
  const actions = {
    actions: [{ date: '2024-01-12T00:42:23.550Z', payload: { spin: 1 } }],
    mode: 'cumulative', regularity: 3600, nbActionsRemaining: 2, nextActionDate: null,
  };

  it('reads the regular actions', async () => {
    const stub = createStubClient().reply(actions);

    expect(await sessionOn(stub).regularActions()).toEqual(actions);

    const call = stub.onlyCall();
    expect([call.method, call.path, call.params]).toEqual([
      'GET', REGULAR_PATH, { path: { sessionId: SESSION_ID } },
    ]);
  });

  it('submits a regular action with its payload, or an empty one', async () => {
    const stub = createStubClient().reply(actions, 201).reply(actions, 201);
    const session = sessionOn(stub);

    await session.submitRegularAction({ spin: 2 });
    await session.submitRegularAction();

    expect(stub.calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', REGULAR_PATH, { payload: { spin: 2 } }],
      ['POST', REGULAR_PATH, { payload: {} }],
    ]);
  });

  it('turns the 422 of an exhausted session into ChasterRegularActionLimitError', async () => {
    const stub = createStubClient().replyError(422, {
      statusCode: 422, message: 'No regular action left', error: 'Unprocessable Entity',
      nbActionsRemaining: 0, nextActionDate: '2024-02-01T10:00:00.000Z', regularity: 3600,
      mode: 'non_cumulative',
    });

    const error: unknown = await sessionOn(stub).submitRegularAction({}).catch((e) => e);

    expect(error).toBeInstanceOf(ChasterRegularActionLimitError);
    expect(error).toBeInstanceOf(ChasterUnprocessableError);
    expect(isChasterError(error)).toBe(true);
    const limit = error as ChasterRegularActionLimitError;
    expect(limit.nextActionDate).toEqual(new Date('2024-02-01T10:00:00.000Z'));
    expect(limit.nbActionsRemaining).toBe(0);
    expect(limit.regularity).toBe(3600);
    expect(limit.mode).toBe('non_cumulative');
    expect(limit.status).toBe(422);
    expect(limit.message).toBe(`422 No regular action left: POST ${REGULAR_PATH}`);
    expect(limit.toJSON()).toMatchObject({
      name: 'ChasterRegularActionLimitError', nextActionDate: '2024-02-01T10:00:00.000Z',
    });
  });

  it('gives a null next action date when the 422 carries none', async () => {
    const stub = createStubClient().replyError(422, {
      statusCode: 422, message: 'Not your turn', nbActionsRemaining: 0, nextActionDate: null,
      regularity: 0, mode: 'turn',
    });

    const error = await sessionOn(stub).submitRegularAction().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChasterRegularActionLimitError);
    expect((error as ChasterRegularActionLimitError).nextActionDate).toBeNull();
    expect((error as ChasterRegularActionLimitError).mode).toBe('turn');
  });

  it('keeps a 422 without regular-action fields a plain ChasterUnprocessableError', async () => {
    const stub = createStubClient().replyError(422, {
      statusCode: 422, message: 'Lock is unlocked', error: 'Unprocessable Entity',
    });

    const error = await sessionOn(stub).submitRegularAction().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChasterUnprocessableError);
    expect(error).not.toBeInstanceOf(ChasterRegularActionLimitError);
  });

  it('refuses a payload that is not an object before any request', async () => {
    const stub = createStubClient();

    await expect(sessionOn(stub).submitRegularAction([] as unknown as Record<string, unknown>))
      .rejects.toThrow(/regular action payload must be an object/);
    expect(stub.calls).toHaveLength(0);
  });
});
