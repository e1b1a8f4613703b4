/**
 * Drives one scenario through every operation the fake implements and checks each answer
 * against the document (with overlays), and the extension-action results against the shapes
 * of the bodies captured live.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { operationTable } from '../../generated/operations.js';
import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator, formatIssues } from '../../scripts/lib/schema-validator.js';
import { HANDLER_TABLES, mergeHandlerTables } from '../../src/mock/handlers/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster, UserRecord } from '../../src/mock/index.js';
import { loadFixture } from '../fixtures/index.js';
import type { FixtureName } from '../fixtures/index.js';
import { extensionId, field, HOUR_MS } from './support.js';

interface Exchange {
  operationId: string;
  method: string;
  template: string;
  status: number;
  body: unknown;
}

const exchanges: Exchange[] = [];
const actionResults = new Map<string, unknown>();

interface HitOptions {
  params?: Record<string, string>;
  body?: unknown;
  form?: FormData;
}

async function hit(
  mock: MockChaster,
  as: UserRecord,
  method: string,
  template: string,
  options: HitOptions = {},
): Promise<unknown> {
  const params = options.params ?? {};
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  const operation = operationTable.find(
    (row) => row.method === method.toLowerCase() && row.path === template,
  );
  if (operation === undefined) throw new Error(`No operation ${method} ${template}`);

  const headers: Record<string, string> = { authorization: `Bearer ${as.token}` };
  let body: BodyInit | undefined = options.form;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  const response = await mock.fetch(path, { method, headers, ...(body ? { body } : {}) });
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);
  exchanges.push({
    operationId: operation.operationId,
    method,
    template,
    status: response.status,
    body: parsed,
  });
  return parsed;
}

async function trigger(
  mock: MockChaster,
  as: UserRecord,
  lock: { id: string; extensions: { slug: string; id: string }[] },
  slug: string,
  action: string,
  payload: Record<string, unknown> = {},
): Promise<void> {
  const result = await hit(mock, as, 'POST', '/locks/{lockId}/extensions/{extensionId}/action', {
    params: { lockId: lock.id, extensionId: extensionId(lock, slug) },
    body: { action, payload },
  });
  actionResults.set(`${slug}.${action}`, result);
}

async function runScenario(mock: MockChaster): Promise<void> {
  const { kim, wes, sam } = mock.users;
  const wesLock = mock.locks.wes;
  const samLock = mock.locks.sam;
  const lockId = wesLock.id;

  for (const template of ['/auth/profile', '/auth/profile/update', '/users/badge/count']) {
    await hit(mock, wes, 'GET', template);
  }
  await hit(mock, wes, 'GET', '/settings');
  await hit(mock, wes, 'GET', '/extensions');
  await hit(mock, wes, 'GET', '/extensions/penalty/punishable-actions');
  await hit(mock, wes, 'GET', '/users/profile/by-id/{userId}', { params: { userId: kim.id } });
  await hit(mock, wes, 'GET', '/users/profile/{username}', { params: { username: 'kim' } });
  await hit(mock, wes, 'GET', '/users/profile/{username}/details', {
    params: { username: 'wes' },
  });
  await hit(mock, kim, 'GET', '/locks/user/{userId}', { params: { userId: wes.id } });

  // Kim (Premium) starts a self-lock with a max limit date and a few extensions.
  const code = await hit(mock, kim, 'POST', '/combinations/code', { body: { code: '2468' } });
  const created = await hit(mock, kim, 'POST', '/locks', {
    body: {
      minDuration: 3600,
      maxDuration: 7200,
      maxLimitDuration: 86_400,
      displayRemainingTime: true,
      limitLockTime: true,
      combinationId: field(code, 'combinationId'),
      extensions: [{ slug: 'dice', config: { multiplier: 60 }, mode: 'unlimited', regularity: 0 }],
      allowSessionOffer: false,
      isTestLock: false,
      hideTimeLogs: false,
    },
  });
  const kimLockId = String(field(created, 'lockId'));
  await hit(mock, kim, 'POST', '/locks/{lockId}/extensions', {
    params: { lockId: kimLockId },
    body: {
      extensions: [
        { slug: 'dice', config: { multiplier: 120 }, mode: 'unlimited', regularity: 0 },
        { slug: 'link', config: {}, mode: 'unlimited', regularity: 3600 },
      ],
    },
  });
  await hit(mock, kim, 'POST', '/locks/{lockId}/max-limit-date', {
    params: { lockId: kimLockId },
    body: {
      maxLimitDate: new Date(mock.clock.now() + 2 * 86_400_000).toISOString(),
      disableMaxLimitDate: false,
    },
  });
  await hit(mock, kim, 'PUT', '/locks/{lockId}/is-test-lock', { params: { lockId: kimLockId } });

  await hit(mock, wes, 'GET', '/locks');
  await hit(mock, wes, 'GET', '/locks/{lockId}', { params: { lockId } });
  await hit(mock, kim, 'GET', '/locks/{lockId}', { params: { lockId } });
  await hit(mock, wes, 'POST', '/locks/search', { body: { limit: 5 } });
  await hit(mock, kim, 'POST', '/keyholder/locks/search', { body: { page: 0, limit: 10 } });
  await hit(mock, kim, 'GET', '/locks/{lockId}/extensions/{extensionId}', {
    params: { lockId, extensionId: extensionId(wesLock, 'dice') },
  });

  await hit(mock, kim, 'POST', '/locks/{lockId}/update-time', {
    params: { lockId },
    body: { duration: 600 },
  });
  for (const isFrozen of [true, false]) {
    const options = { params: { lockId }, body: { isFrozen } };
    await hit(mock, kim, 'POST', '/locks/{lockId}/freeze', options);
  }
  await hit(mock, kim, 'POST', '/locks/{lockId}/settings', {
    params: { lockId },
    body: { hideTimeLogs: true },
  });
  await hit(mock, wes, 'POST', '/locks/{lockId}/trust-keyholder', { params: { lockId } });

  await trigger(mock, wes, wesLock, 'wheel-of-fortune', 'submit');
  await trigger(mock, wes, wesLock, 'dice', 'submit');
  await trigger(mock, sam, samLock, 'guess-timer', 'submit');
  await trigger(mock, wes, wesLock, 'tasks', 'submit', { requestVote: false });
  await trigger(mock, wes, wesLock, 'tasks', 'completeTask', { isCompleted: true });
  await trigger(mock, kim, wesLock, 'tasks', 'assignTask', { task: { task: 'Read', points: 1 } });
  await trigger(mock, kim, wesLock, 'tasks', 'updateTasks', {
    tasks: [{ task: 'Nap', points: 1 }],
  });
  await trigger(mock, kim, wesLock, 'pillory', 'submit', { duration: 600, reason: 'Because' });
  await trigger(mock, wes, wesLock, 'pillory', 'getStatus');
  await trigger(mock, wes, wesLock, 'link', 'getLink');
  await trigger(mock, wes, wesLock, 'link', 'getInfo');
  await trigger(mock, kim, wesLock, 'link', 'vote', { action: 'add', sessionId: 'contract' });
  await trigger(mock, kim, wesLock, 'verification-picture', 'createVerificationRequest');

  const form = new FormData();
  form.append('file', new Blob([new Uint8Array([1])], { type: 'image/jpeg' }), 'v.jpg');
  await hit(mock, wes, 'POST', '/extensions/verification-picture/{lockId}/submit', {
    params: { lockId },
    form,
  });
  await hit(mock, kim, 'GET', '/locks/{lockId}/verification-pictures', { params: { lockId } });

  await trigger(mock, wes, wesLock, 'temporary-opening', 'submit');
  await hit(mock, wes, 'GET', '/extensions/temporary-opening/{lockId}/combination', {
    params: { lockId },
  });
  const fresh = await hit(mock, wes, 'POST', '/combinations/code', { body: { code: '1357' } });
  await hit(mock, wes, 'POST', '/extensions/temporary-opening/{lockId}/combination', {
    params: { lockId },
    body: { combinationId: field(fresh, 'combinationId') },
  });
  const opened = wesLock.history.find((entry) => entry.type === 'temporary_opening_opened');
  await hit(
    mock,
    wes,
    'GET',
    '/extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination',
    { params: { lockId, actionLogId: opened?.id ?? '' } },
  );
  await trigger(mock, kim, wesLock, 'temporary-opening', 'keyholderOpen');

  mock.clock.advance(25 * HOUR_MS);
  const penalty = { lockId: samLock.id, extensionId: extensionId(samLock, 'penalty') };
  await hit(mock, sam, 'GET', '/locks/{lockId}/extensions/{extensionId}/penalty-session', {
    params: penalty,
  });
  await hit(
    mock,
    sam,
    'POST',
    '/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search',
    { params: penalty, body: { habitName: 'daily-dice', limit: 10 } },
  );

  await hit(mock, wes, 'POST', '/locks/{lockId}/history', {
    params: { lockId },
    body: { limit: 100 },
  });
  await hit(mock, kim, 'POST', '/locks/{lockId}/unlock', { params: { lockId } });
  await hit(mock, wes, 'GET', '/locks/{lockId}/combination', { params: { lockId } });
  await hit(mock, wes, 'POST', '/locks/{lockId}/archive', { params: { lockId } });
  await hit(mock, kim, 'POST', '/locks/{lockId}/archive/keyholder', { params: { lockId } });
  await hit(mock, wes, 'GET', '/locks', {});
}

/** The kind of each leaf, with the same keys, so two bodies of one shape compare equal. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;

  const entries = Object.entries(value as Record<string, unknown>)
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([key, item]) => [key, shapeOf(item)]);
  return Object.fromEntries(entries);
}

const { effective } = await loadEffectiveDocument();
const validator = createSchemaValidator(effective);
const implemented = Object.keys(mergeHandlerTables(HANDLER_TABLES)).sort();

beforeAll(async () => {
  await runScenario(createMockChaster({ seed: 1 }));
});

describe('contract with the document', () => {
  it('answers every step of the scenario with a success status', () => {
    const failures = exchanges
      .filter((exchange) => exchange.status >= 300)
      .map((exchange) => `${exchange.method} ${exchange.template} ${exchange.status}`);

    expect(failures).toEqual([]);
  });

  it('touches every implemented operation', () => {
    const touched = new Set(exchanges.map((exchange) => exchange.operationId));

    expect(implemented.filter((operationId) => !touched.has(operationId))).toEqual([]);
  });

  it('answers bodies that match the documented response schemas', () => {
    const problems: string[] = [];
    const validated = new Set<string>();

    for (const { method, template, status, body, operationId } of exchanges) {
      const check = validator.forResponse({ method, path: template, status });

      if (check === undefined) {
        if (body !== undefined) problems.push(`${operationId} ${status}: undocumented body`);
        continue;
      }
      if (body === undefined) continue;

      const result = check(body);
      validated.add(operationId);
      if (!result.valid) problems.push(`${operationId} ${status}:\n${formatIssues(result.issues)}`);
    }

    expect(problems).toEqual([]);
    expect([...validated]).toEqual(expect.arrayContaining([
      'LockController_findAll',
      'LockController_findOne',
      'LockController_getLockHistory',
      'LockExtensionController_triggerAction',
      'AuthMeController_me',
    ]));
  });
});

describe('extension-action results', () => {
  const captured: [string, FixtureName][] = [
    ['dice.submit', 'POST_locks_lockId_extensions_extensionId_action.dice.submit.json'],
    [
      'wheel-of-fortune.submit',
      'POST_locks_lockId_extensions_extensionId_action.wheel-of-fortune.submit.json',
    ],
  ];

  it.each(captured)('%s has the keys and types of the live body', async (key, fixture) => {
    expect(shapeOf(actionResults.get(key))).toEqual(shapeOf(await loadFixture(fixture)));
  });

  it('answers the documented shapes for the actions without a captured body', () => {
    const vote = {
      _id: 'x',
      nbVotes: 0,
      totalDurationAdded: 0,
      voteEndsAt: 'x',
      canVote: false,
      reason: 'x',
      createdAt: 'x',
    };
    const expected: Record<string, unknown> = {
      'guess-timer.submit': { canBeUnlocked: false },
      'pillory.getStatus': { votes: [vote] },
      'link.getLink': { link: 'x' },
      'link.getInfo': { lockId: 'x', extensionId: 'x', votes: 0, minVotes: 0, canVote: false },
      'link.vote': { duration: 0 },
    };

    for (const [key, example] of Object.entries(expected)) {
      expect(shapeOf(actionResults.get(key)), key).toEqual(shapeOf(example));
    }
  });

  it('answers the actions without a result with an empty 201', () => {
    const silent = [
      'tasks.submit',
      'tasks.completeTask',
      'tasks.assignTask',
      'tasks.updateTasks',
      'pillory.submit',
      'temporary-opening.submit',
      'temporary-opening.keyholderOpen',
      'verification-picture.createVerificationRequest',
    ];

    expect(silent.filter((key) => actionResults.get(key) !== undefined)).toEqual([]);
    expect(silent.every((key) => actionResults.has(key))).toBe(true);
  });
});
