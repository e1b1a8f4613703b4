import { beforeAll, describe, expect, it } from 'vitest';
import { operationTable } from '../../../generated/operations.js';
import { ChasterUsageError } from '../../../src/errors/index.js';
import { ExtensionSession } from '../../../src/facade/partner/extension-session.js';
import { coverage, Partner, skipped } from '../../../src/facade/partner/partner.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { createStubClient, type StubClient } from '../support/stub-client.js';
import { fixtureLock, SESSION_ID, sessionBody } from './support.js';

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

function partnerOn(stub: StubClient, clientId?: string): Partner {
  return new Partner(stub.context, clientId === undefined ? {} : { clientId });
}

function searchItem(paginationId: string, sessionId: string) {
  return { ...sessionBody(lock, { sessionId }), paginationId };
}

describe('partner.sessions', () => {
  it('gets one session as an ExtensionSession', async () => {
    const stub = createStubClient().reply({ session: sessionBody(lock) });

    const session = await partnerOn(stub).sessions.get(SESSION_ID);

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/api/extensions/sessions/{sessionId}']);
    expect(call.params).toEqual({ path: { sessionId: SESSION_ID } });
    expect(session).toBeInstanceOf(ExtensionSession);
    expect(session.id).toBe(SESSION_ID);
  });

  it('does not check the shape of a session id, only that it is not empty', async () => {
    const stub = createStubClient().reply({ session: sessionBody(lock, { sessionId: 'x' }) });
    const partner = partnerOn(stub);

    await expect(partner.sessions.get('x')).resolves.toBeInstanceOf(ExtensionSession);
    await expect(partner.sessions.get('')).rejects.toThrow(/sessionId must be a non-empty/);
    expect(stub.calls).toHaveLength(1);
  });

  it('wraps a session body it is given without a request', () => {
    const stub = createStubClient();

    const session = partnerOn(stub).sessions.fromData(sessionBody(lock));

    expect(session.lockId).toBe(lock._id);
    expect(stub.calls).toHaveLength(0);
    expect(() => partnerOn(stub).sessions.fromData(null as never)).toThrow(ChasterUsageError);
  });

  it('searches page by page, following each last paginationId', async () => {
    const stub = createStubClient()
      .reply({ results: [searchItem('p1', 's1'), searchItem('p2', 's2')], hasMore: true,
        count: 3 }, 201)
      .reply({ results: [searchItem('p3', 's3')], hasMore: false, count: 3 }, 201);

    const sessions = await partnerOn(stub).sessions
      .search({ extensionSlug: 'daily-dice', status: 'locked', limit: 2 })
      .collect({ limit: 10 });

    expect(sessions.map((session) => session.id)).toEqual(['s1', 's2', 's3']);
    expect(sessions.every((session) => session instanceof ExtensionSession)).toBe(true);
    expect(stub.calls.map((call) => [call.method, call.path, call.params, call.body])).toEqual([
      ['POST', '/api/extensions/sessions/search', undefined,
        { extensionSlug: 'daily-dice', status: 'locked', limit: 2 }],
      ['POST', '/api/extensions/sessions/search', undefined,
        { extensionSlug: 'daily-dice', status: 'locked', limit: 2, paginationLastId: 'p2' }],
    ]);
  });

  it('gives the first page with the total when awaited', async () => {
    const stub = createStubClient().reply({ results: [searchItem('p1', 's1')], hasMore: false,
      count: 1 }, 201);

    const page = await partnerOn(stub).sessions.search({ extensionSlug: 'd', status: 'all' });

    expect(page.total).toBe(1);
    expect(page.hasMore).toBe(false);
    expect(page.items[0]?.id).toBe('s1');
    expect(stub.onlyCall().body).toEqual({ extensionSlug: 'd', status: 'all', limit: 15 });
  });

  it('refuses a search without a slug or with a bad page size before any request', () => {
    const stub = createStubClient();
    const sessions = partnerOn(stub).sessions;

    expect(() => sessions.search({ extensionSlug: '', status: 'all' })).toThrow(/extensionSlug/);
    expect(() => sessions.search({ extensionSlug: 'd', status: 'all', limit: 0 })).toThrow(
      /limit must be a positive integer/,
    );
    expect(stub.calls).toHaveLength(0);
  });
});

describe('partner.auth.sessionFromMainToken', () => {
  const authBody = () => ({
    session: sessionBody(lock), lockForUser: lock, role: 'keyholder', userId: 'u1',
  });

  it('exchanges the main token, sending the client id header', async () => {
    const stub = createStubClient().reply(authBody());

    const result = await partnerOn(stub, 'my-app').auth.sessionFromMainToken('main-token');

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/api/extensions/auth/sessions/{token}']);
    expect(call.params).toEqual({
      path: { token: 'main-token' }, header: { 'X-Chaster-Client-Id': 'my-app' },
    });
    expect(result.session).toBeInstanceOf(ExtensionSession);
    expect(result.session.id).toBe(SESSION_ID);
    expect([result.role, result.userId, result.lock._id]).toEqual(['keyholder', 'u1', lock._id]);
  });

  it('refuses without a client id, before any request', async () => {
    const stub = createStubClient();

    await expect(partnerOn(stub).auth.sessionFromMainToken('main-token')).rejects.toThrow(
      /needs a clientId option: Chaster requires X-Chaster-Client-Id/,
    );
    await expect(partnerOn(stub, '').auth.sessionFromMainToken('main-token')).rejects.toThrow(
      ChasterUsageError,
    );
    expect(stub.calls).toHaveLength(0);
  });

  it('refuses an empty main token before any request', async () => {
    const stub = createStubClient();

    await expect(partnerOn(stub, 'my-app').auth.sessionFromMainToken('')).rejects.toThrow(
      /mainToken must be a non-empty string/,
    );
    expect(stub.calls).toHaveLength(0);
  });
});

describe('partner.configurations', () => {
  const configuration = {
    config: { sides: 6 }, createdAt: '2024-01-12T00:42:23.550Z', extensionSlug: 'daily-dice',
    role: 'keyholder', sessionId: null, user: 'u1',
  };

  it('reads and saves the configuration of a configuration page', async () => {
    const stub = createStubClient().reply(configuration).reply(configuration);
    const configurations = partnerOn(stub).configurations;

    expect(await configurations.get('conf-token')).toEqual(configuration);
    expect(await configurations.update('conf-token', { sides: 8 })).toEqual(configuration);

    expect(stub.calls.map((call) => [call.method, call.path, call.params, call.body])).toEqual([
      ['GET', '/api/extensions/configurations/{token}', { path: { token: 'conf-token' } },
        undefined],
      ['PUT', '/api/extensions/configurations/{token}', { path: { token: 'conf-token' } },
        { config: { sides: 8 } }],
    ]);
  });

  it('creates configuration tokens for a lock, a shared lock and on their own', async () => {
    const stub = createStubClient()
      .reply({ token: 't1' }, 201).reply({ token: 't2' }, 201).reply({ token: 't3' }, 201);
    const configurations = partnerOn(stub).configurations;

    const tokens = [
      await configurations.createForLock({ lockId: 'l1', partnerExtensionId: 'e1' }),
      await configurations.createForSharedLock({ sharedLockId: 's1', partnerExtensionId: 'e1' }),
      await configurations.create({ partnerExtensionId: 'e1', role: 'wearer' }),
    ];

    expect(tokens).toEqual([{ token: 't1' }, { token: 't2' }, { token: 't3' }]);
    expect(stub.calls.map((call) => [call.method, call.path, call.params, call.body])).toEqual([
      ['POST', '/locks/{lockId}/partner-extensions/{partnerExtensionId}/partner-configurations',
        { path: { lockId: 'l1', partnerExtensionId: 'e1' } }, undefined],
      ['POST', '/shared-locks/{sharedLockId}/partner-extensions/{partnerExtensionId}/'
        + 'partner-configurations',
      { path: { sharedLockId: 's1', partnerExtensionId: 'e1' } }, undefined],
      ['POST', '/partner-extensions/{partnerExtensionId}/partner-configurations',
        { path: { partnerExtensionId: 'e1' } }, { role: 'wearer' }],
    ]);
  });

  it('refuses empty tokens and ids and a config that is not an object before any request',
    async () => {
      const stub = createStubClient();
      const configurations = partnerOn(stub).configurations;

      await expect(configurations.get('')).rejects.toThrow(/token/);
      await expect(configurations.update('t', null as never)).rejects.toThrow(/config must be/);
      await expect(configurations.createForLock({ lockId: '', partnerExtensionId: 'e' }))
        .rejects.toThrow(/lockId/);
      await expect(configurations.create({ partnerExtensionId: 'e', role: '' })).rejects
        .toThrow(/role/);
      expect(stub.calls).toHaveLength(0);
    });
});

describe('partner.extensions', () => {
  const extension = { _id: 'e1', slug: 'daily-dice', displayName: 'Daily dice' };
  const changes = {
    defaultRegularity: 3600, enableStartTimeout: false, isEnabled: true, isTesting: false,
    webhookUrl: 'https://example.org/hook',
  };

  it('lists, gets, creates, updates and deletes extensions', async () => {
    const stub = createStubClient()
      .reply([extension]).reply(extension).reply(extension, 201).reply(undefined).reply(undefined);
    const extensions = partnerOn(stub).extensions;

    expect(await extensions.list()).toEqual([extension]);
    expect(await extensions.get('e1')).toEqual(extension);
    expect(await extensions.create({ displayName: 'Daily dice' })).toEqual(extension);
    await extensions.update('e1', changes);
    await extensions.delete('e1');

    const byId = { path: { extensionId: 'e1' } };
    expect(stub.calls.map((call) => [call.method, call.path, call.params, call.body])).toEqual([
      ['GET', '/api/developers/extensions', undefined, undefined],
      ['GET', '/api/developers/extensions/{extensionId}', byId, undefined],
      ['POST', '/api/developers/extensions', undefined, { displayName: 'Daily dice' }],
      ['PUT', '/api/developers/extensions/{extensionId}', byId, changes],
      ['DELETE', '/api/developers/extensions/{extensionId}', byId, undefined],
    ]);
  });

  it('refuses an update that leaves out a setting Chaster would reset', async () => {
    const stub = createStubClient();
    const { isTesting: _left, ...partial } = changes;

    await expect(partnerOn(stub).extensions.update('e1', partial as typeof changes)).rejects
      .toThrow(/isTesting must be true or false/);
    await expect(partnerOn(stub).extensions.create({ displayName: ' ' })).rejects.toThrow(
      /displayName/,
    );
    expect(stub.calls).toHaveLength(0);
  });
});

type Reach = (partner: Partner, session: ExtensionSession) => Promise<unknown>;

/** One call per declared operation, as the coverage strings describe it. */
const REACH: Record<keyof typeof coverage, Reach> = {
  PartnerExtensionController_findAll: (p) => p.extensions.list(),
  PartnerExtensionController_create: (p) => p.extensions.create({ displayName: 'x' }),
  PartnerExtensionController_findOne: (p) => p.extensions.get('e1'),
  PartnerExtensionController_update: (p) => p.extensions.update('e1', {
    defaultRegularity: 1, enableStartTimeout: false, isEnabled: true, isTesting: true,
  }),
  PartnerExtensionController_delete: (p) => p.extensions.delete('e1'),
  PartnerMainAuthorizationController_getSessionAuth: (p) => p.auth.sessionFromMainToken('m'),
  PartnerConfigurationController_getConfiguration: (p) => p.configurations.get('t'),
  PartnerConfigurationController_updateConfiguration: (p) => p.configurations.update('t', {}),
  PartnerConfigurationCreationController_createLockPartnerConfiguration: (p) =>
    p.configurations.createForLock({ lockId: 'l', partnerExtensionId: 'e' }),
  PartnerConfigurationCreationController_createSharedLockPartnerConfiguration: (p) =>
    p.configurations.createForSharedLock({ sharedLockId: 's', partnerExtensionId: 'e' }),
  PartnerConfigurationCreationController_createPartnerConfiguration: (p) =>
    p.configurations.create({ partnerExtensionId: 'e', role: 'wearer' }),
  PartnerSessionController_getSessions: async (p) =>
    p.sessions.search({ extensionSlug: 'd', status: 'all' }),
  PartnerActionsController_getExtensionSession: (p) => p.sessions.get('s'),
  PartnerActionsController_patchExtensionSession: (_p, s) => s.patch({ data: {} }),
  PartnerActionsController_doAction: (_p, s) => s.addTime(1),
  PartnerLogController_logCustomAction: (_p, s) => s.log({ title: 't', description: 'd' }),
  PartnerActionsController_getLogs: async (_p, s) => s.logs(),
  SessionRegularActionController_getRegularActions: (_p, s) => s.regularActions(),
  SessionRegularActionController_submitRegularAction: (_p, s) => s.submitRegularAction(),
  PartnerTasksController_assignTask: (_p, s) =>
    s.tasks.assign({ task: 't', points: 1, actor: 'wearer' }),
  PartnerTasksController_startTimer: (_p, s) => s.tasks.startTimer({ actor: 'wearer' }),
  PartnerTasksController_completeTask: (_p, s) =>
    s.tasks.complete({ actor: 'wearer', isCompleted: true }),
  PartnerTemporaryOpeningController_open: (_p, s) => s.openTemporaryOpening({ actor: 'wearer' }),
  PartnerVerificationPictureController_request: (_p, s) =>
    s.requestVerificationPicture({ actor: 'wearer' }),
  PartnerPenaltiesController_increment: (_p, s) => s.penalties.increment('h'),
  PartnerPenaltiesController_createTimeLimit: (_p, s) => s.penalties.createTimeLimit('h'),
  PartnerPenaltiesController_cancelTimeLimit: (_p, s) => s.penalties.cancelTimeLimit('h'),
  PartnerPilloryController_getStatus: (_p, s) => s.pilloryStatus(),
};

describe('partner coverage', () => {
  it.each(Object.keys(REACH) as (keyof typeof coverage)[])(
    'the method declared for %s calls that operation',
    async (operationId) => {
      const stub = createStubClient({
        fallback: () => ({ status: 200, body: { session: sessionBody(lock), results: [],
          hasMore: false } }),
      });
      const partner = partnerOn(stub, 'my-app');

      await REACH[operationId](partner, partner.sessions.fromData(sessionBody(lock)));

      const operation = operationTable.find((row) => row.operationId === operationId);
      const call = stub.onlyCall();
      expect([call.method.toLowerCase(), call.path]).toEqual([operation?.method, operation?.path]);
    },
  );

  const partnerOperations = operationTable.filter((operation) => operation.tags.some(
    (tag) => tag === 'Partner Extensions' || tag === 'Partner Configurations',
  ));

  it('maps every non-deprecated Partner operation, including the documentation-only ones', () => {
    const live = partnerOperations.filter((operation) => !operation.deprecated);

    expect(Object.keys(coverage).sort()).toEqual(live.map((o) => o.operationId).sort());
    expect(live.filter((operation) => operation.source === 'docs')).toHaveLength(9);
  });

  it('lists the deprecated Partner operations as skipped, with a reason', () => {
    const deprecated = partnerOperations.filter((operation) => operation.deprecated);

    expect(Object.keys(skipped).sort()).toEqual(deprecated.map((o) => o.operationId).sort());
  });
});
