import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChasterClient } from '../../../src/client/create-client.js';
import { ChasterPermissionError } from '../../../src/errors/index.js';
import { createFacadeContext } from '../../../src/facade/context.js';
import { Partner } from '../../../src/facade/partner/partner.js';
import { ChasterRegularActionLimitError } from
  '../../../src/facade/partner/regular-action-limit-error.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { loadFixture } from '../../fixtures/index.js';
import { fixtureLock, SESSION_ID, sessionBody } from './support.js';

const API = 'https://api.chaster.app';
const SESSION_PATH = `/api/extensions/sessions/${SESSION_ID}`;

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

beforeEach(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function partner(clientId?: string): Partner {
  const client = createChasterClient({ token: 'dev-token', clientId, retry: false });
  return new Partner(createFacadeContext(client), { clientId });
}

describe('Extensions API over HTTP', () => {
  it('exchanges a main token with the client id header, then adds time to its lock', async () => {
    const api = nock(API, { reqheaders: { authorization: 'Bearer dev-token' } })
      .get('/api/extensions/auth/sessions/main-token')
      .matchHeader('x-chaster-client-id', 'my-app')
      .reply(200, { session: sessionBody(lock), lockForUser: lock, role: 'wearer', userId: 'u1' })
      .post(`${SESSION_PATH}/action`, { action: { name: 'add_time', params: 3600 } })
      .reply(201);

    const { session, role } = await partner('my-app').auth.sessionFromMainToken('main-token');
    await session.addTime({ hours: 1 });

    expect(role).toBe('wearer');
    expect(session.lockId).toBe(lock._id);
    expect(api.isDone()).toBe(true);
  });

  it('sends the client id it was given even when the Layer 1 client has none', async () => {
    const api = nock(API)
      .get('/api/extensions/auth/sessions/main-token')
      .matchHeader('x-chaster-client-id', 'facade-app')
      .reply(200, {
        session: sessionBody(lock), lockForUser: lock, role: 'keyholder', userId: 'u',
      });
    const client = createChasterClient({ token: 'dev-token', retry: false });
    const facade = new Partner(createFacadeContext(client), { clientId: 'facade-app' });

    const { userId } = await facade.auth.sessionFromMainToken('main-token');

    expect(userId).toBe('u');
    expect(api.isDone()).toBe(true);
  });

  it('sends nothing when the main token exchange has no client id', async () => {
    const api = nock(API).get('/api/extensions/auth/sessions/main-token').reply(200, {});

    await expect(partner().auth.sessionFromMainToken('main-token')).rejects.toThrow(/clientId/);

    expect(api.isDone()).toBe(false);
    expect(nock.pendingMocks()).toHaveLength(1);
  });

  it('reads the history of a session page by page with the captured history body', async () => {
    const history = await loadFixture('POST_locks_lockId_history.json') as {
      results: { _id: string }[];
    };
    const api = nock(API)
      .post(`${SESSION_PATH}/logs/search`,
        { role: 'keyholder', limit: 15, showOnlyExtensionActions: false })
      .reply(201, history);

    const session = partner().sessions.fromData(sessionBody(lock));
    const entries = await session.logs().collect({ limit: 100 });

    expect(entries.map((entry) => entry._id)).toEqual(history.results.map((entry) => entry._id));
    expect(entries[0]?.prefix).toBe('default');
    expect(api.isDone()).toBe(true);
  });

  it('searches sessions across two pages', async () => {
    const item = (paginationId: string, sessionId: string) =>
      ({ ...sessionBody(lock, { sessionId }), paginationId });
    const api = nock(API)
      .post('/api/extensions/sessions/search',
        { extensionSlug: 'daily-dice', status: 'locked', limit: 1 })
      .reply(201, { results: [item('p1', 's1')], hasMore: true, count: 2 })
      .post('/api/extensions/sessions/search',
        { extensionSlug: 'daily-dice', status: 'locked', limit: 1, paginationLastId: 'p1' })
      .reply(201, { results: [item('p2', 's2')], hasMore: false, count: 2 });

    const ids: string[] = [];
    for await (const session of partner().sessions.search({
      extensionSlug: 'daily-dice', status: 'locked', limit: 1,
    })) ids.push(session.id);

    expect(ids).toEqual(['s1', 's2']);
    expect(api.isDone()).toBe(true);
  });

  it('turns a 422 regular action into the typed error with the request id', async () => {
    nock(API)
      .post(`${SESSION_PATH}/regular-actions`, { payload: { spin: 1 } })
      .reply(422, {
        statusCode: 422, message: 'No regular action left', nbActionsRemaining: 0,
        nextActionDate: '2024-02-01T10:00:00.000Z', regularity: 86400, mode: 'cumulative',
      }, { 'x-chaster-transaction-id': 'tx-42' });

    const session = partner().sessions.fromData(sessionBody(lock));
    const error = await session.submitRegularAction({ spin: 1 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChasterRegularActionLimitError);
    const limit = error as ChasterRegularActionLimitError;
    expect(limit.requestId).toBe('tx-42');
    expect(limit.nextActionDate?.getTime()).toBe(Date.parse('2024-02-01T10:00:00.000Z'));
    expect(limit.regularity).toBe(86400);
    expect(limit.path).toBe('/api/extensions/sessions/{sessionId}/regular-actions');
  });

  it('drives the newer actor-based endpoints and reads the pillory status', async () => {
    const votes = [{
      _id: 'v1', nbVotes: 2, totalDurationAdded: 600, voteEndsAt: '2024-02-01T10:00:00.000Z',
      reason: 'Late', createdAt: '2024-02-01T09:00:00.000Z',
    }];
    const api = nock(API)
      .post(`${SESSION_PATH}/tasks/assign`,
        { task: { task: 'Plank', points: 3, duration: 120 }, actor: 'keyholder' })
      .reply(201)
      .post(`${SESSION_PATH}/penalties/increment`, { habitName: 'snack', count: 1 })
      .reply(201)
      .post(`${SESSION_PATH}/temporary-opening/open`, { actor: 'wearer' })
      .reply(201)
      .get(`${SESSION_PATH}/pillory/status`)
      .reply(200, { votes });

    const session = partner().sessions.fromData(sessionBody(lock));
    await session.tasks.assign({ task: 'Plank', points: 3, duration: 120, actor: 'keyholder' });
    await session.penalties.increment('snack');
    await session.openTemporaryOpening({ actor: 'wearer' });
    const status = await session.pilloryStatus();

    expect(status.votes).toEqual(votes);
    expect(api.isDone()).toBe(true);
  });

  it('reads and saves a configuration, and manages extensions', async () => {
    const configuration = { config: { sides: 6 }, createdAt: '2024-01-12T00:42:23.550Z',
      extensionSlug: 'daily-dice', role: 'keyholder', sessionId: null, user: 'u1' };
    const api = nock(API)
      .get('/api/extensions/configurations/conf-token').reply(200, configuration)
      .put('/api/extensions/configurations/conf-token', { config: { sides: 8 } })
      .reply(200, { ...configuration, config: { sides: 8 } })
      .get('/api/developers/extensions').reply(200, [{ _id: 'e1', slug: 'daily-dice' }])
      .delete('/api/developers/extensions/e1').reply(200);

    const chaster = partner();
    const read = await chaster.configurations.get('conf-token');
    const saved = await chaster.configurations.update('conf-token', { sides: 8 });
    const extensions = await chaster.extensions.list();
    await chaster.extensions.delete('e1');

    expect([read.config, saved.config]).toEqual([{ sides: 6 }, { sides: 8 }]);
    expect(extensions.map((extension) => extension.slug)).toEqual(['daily-dice']);
    expect(api.isDone()).toBe(true);
  });

  it('throws the typed error of a refused lock action', async () => {
    nock(API).post(`${SESSION_PATH}/action`).reply(403, {
      statusCode: 403, message: 'Pillory extension is not enabled', error: 'Forbidden',
    });

    const session = partner().sessions.fromData(sessionBody(lock));

    await expect(session.pillory({ duration: 60 })).rejects.toThrow(ChasterPermissionError);
  });
});
