/**
 * The extension-backend story: a developer manages extensions in the portal, users open
 * configuration pages, the backend exchanges a main-page token, and drives its sessions on
 * wes's lock and on a penalty lock through every Extensions API route.
 */
import { createExtensionSession, createMainToken } from '../../../src/mock/index.js';
import type { MockChaster } from '../../../src/mock/index.js';
import { field } from '../support.js';
import type { ContractRecorder, ContractScenario } from './harness.js';

const SESSION = '/api/extensions/sessions/{sessionId}';
const MAIN_TOKEN = '/api/extensions/auth/sessions/{token}';

/** The token exchange needs `X-Chaster-Client-Id`, which the recorder's `hit` cannot send. */
async function exchangeMainToken(
  mock: MockChaster,
  { exchanges }: ContractRecorder,
  token: string,
): Promise<void> {
  const response = await mock.fetch(MAIN_TOKEN.replace('{token}', token), {
    headers: {
      authorization: `Bearer ${mock.users.dev.token}`,
      'x-chaster-client-id': mock.partner.extension.clientId,
    },
  });
  exchanges.push({
    operationId: 'PartnerMainAuthorizationController_getSessionAuth',
    method: 'GET',
    template: MAIN_TOKEN,
    status: response.status,
    body: await response.json(),
  });
}

/** A penalty lock (held by kim) with one recurring and one time-limit habit. */
function penaltyLock(mock: MockChaster) {
  return mock.createLock({
    wearer: 'sam',
    keyholder: 'kim',
    extensions: [{
      slug: 'penalty',
      config: {
        penalties: [
          { habitName: 'check-in', nbActions: 1, frequency: 86_400, punishments: [] },
          {
            habitName: 'send-picture',
            type: 'time_limit',
            timeLimit: 7200,
            punishments: [{ name: 'add_time', params: 3600 }],
          },
        ],
      },
    }],
  });
}

/** Runs the extension-backend story. */
export const partnerScenario: ContractScenario = async (mock, recorder) => {
  const { hit } = recorder;
  const { dev, kim, wes } = mock.users;
  const { extension, session } = mock.partner;
  const sessionId = session.sessionId;
  const inSession = { params: { sessionId } };

  await hit(dev, 'GET', '/api/developers/extensions');
  const made = await hit(dev, 'POST', '/api/developers/extensions', {
    body: { displayName: 'Daily Dares' },
  });
  const madeId = { params: { extensionId: String(field(made, '_id')) } };
  await hit(dev, 'GET', '/api/developers/extensions/{extensionId}', madeId);
  await hit(dev, 'PUT', '/api/developers/extensions/{extensionId}', {
    ...madeId,
    body: { summary: 'A dare a day', availableModes: ['unlimited'], configDescription: null },
  });

  const page = await hit(
    wes,
    'POST',
    '/partner-extensions/{partnerExtensionId}/partner-configurations',
    { params: { partnerExtensionId: extension.id }, body: { role: 'wearer' } },
  );
  const lockPage = await hit(
    kim,
    'POST',
    '/locks/{lockId}/partner-extensions/{partnerExtensionId}/partner-configurations',
    { params: { lockId: mock.locks.wes.id, partnerExtensionId: extension.id } },
  );
  const shared = await hit(kim, 'POST', '/shared-locks', {
    body: {
      name: 'Weekend', description: 'Two days', minDuration: 3600, maxDuration: 172_800,
      maxLimitDuration: null, minDate: null, maxDate: null, maxLimitDate: null,
      displayRemainingTime: true, limitLockTime: false, isPublic: false, maxLockedUsers: null,
      password: null, requireContact: false, photoId: '', hideTimeLogs: false,
    },
  });
  await hit(
    kim,
    'POST',
    '/shared-locks/{sharedLockId}/partner-extensions/{partnerExtensionId}/partner-configurations',
    { params: { sharedLockId: String(field(shared, 'id')), partnerExtensionId: extension.id } },
  );
  const token = { params: { token: String(field(page, 'token')) } };
  await hit(dev, 'GET', '/api/extensions/configurations/{token}', token);
  await hit(dev, 'PUT', '/api/extensions/configurations/{token}', {
    params: { token: String(field(lockPage, 'token')) },
    body: { config: { deck: 'tarot', cardsPerDraw: 2 } },
  });

  await exchangeMainToken(mock, recorder, createMainToken(mock, { session, user: wes }));
  await hit(dev, 'GET', SESSION, inSession);
  await hit(dev, 'POST', '/api/extensions/sessions/search', {
    body: { status: 'locked', extensionSlug: extension.slug, limit: 10 },
  });
  await hit(dev, 'PATCH', SESSION, {
    ...inSession,
    body: { metadata: { reasonsPreventingUnlocking: ['Draw a card first'], homeActions: [] } },
  });
  await hit(dev, 'PUT', `${SESSION}/data`, { ...inSession, body: { data: { drawn: 1 } } });
  await hit(dev, 'PUT', `${SESSION}/metadata`, {
    ...inSession,
    body: { metadata: { reasonsPreventingUnlocking: [], homeActions: [] } },
  });

  await hit(dev, 'POST', `${SESSION}/action`, {
    ...inSession,
    body: { action: { name: 'add_time', params: 600 } },
  });
  await hit(dev, 'POST', `${SESSION}/logs/custom`, {
    ...inSession,
    body: { title: '%USER% drew the ace', description: 'Ace of spades', role: 'user' },
  });
  await hit(dev, 'POST', `${SESSION}/logs/search`, {
    ...inSession,
    body: { role: 'keyholder', limit: 10 },
  });
  await hit(dev, 'GET', `${SESSION}/regular-actions`, inSession);
  await hit(dev, 'POST', `${SESSION}/regular-actions`, {
    ...inSession,
    body: { payload: { card: 'ace' } },
  });

  await hit(dev, 'POST', `${SESSION}/tasks/assign`, {
    ...inSession,
    body: { task: { task: 'Plank', points: 2, duration: 60 }, actor: 'extension' },
  });
  await hit(dev, 'POST', `${SESSION}/tasks/start-timer`, {
    ...inSession,
    body: { actor: 'wearer' },
  });
  mock.clock.advance(61_000);
  await hit(dev, 'POST', `${SESSION}/tasks/complete`, {
    ...inSession,
    body: { actor: 'keyholder', isCompleted: true },
  });
  await hit(dev, 'POST', `${SESSION}/temporary-opening/open`, {
    ...inSession,
    body: { actor: 'keyholder' },
  });
  await hit(dev, 'POST', `${SESSION}/verification-picture/request`, {
    ...inSession,
    body: { actor: 'keyholder' },
  });
  await hit(dev, 'POST', `${SESSION}/action`, {
    ...inSession,
    body: { action: { name: 'pillory', params: { duration: 900, reason: 'Lost the draw' } } },
  });
  await hit(dev, 'GET', `${SESSION}/pillory/status`, inSession);

  const penalties = createExtensionSession(mock, { extension, lock: penaltyLock(mock) });
  const onPenalties = { params: { sessionId: penalties.sessionId } };
  await hit(dev, 'POST', `${SESSION}/penalties/increment`, {
    ...onPenalties,
    body: { habitName: 'check-in', count: 1 },
  });
  for (const step of ['create', 'cancel']) {
    await hit(dev, 'POST', `${SESSION}/penalties/time-limit/${step}`, {
      ...onPenalties,
      body: { habitName: 'send-picture' },
    });
  }

  await hit(dev, 'DELETE', '/api/developers/extensions/{extensionId}', madeId);
};
