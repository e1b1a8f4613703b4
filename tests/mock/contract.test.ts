/**
 * Drives the contract scenarios through every operation the fake implements and checks each
 * answer against the document (with overlays), and the extension-action results against the
 * shapes of the bodies captured live.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator, formatIssues } from '../../scripts/lib/schema-validator.js';
import { HANDLER_TABLES, mergeHandlerTables } from '../../src/mock/handlers/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import { loadFixture } from '../fixtures/index.js';
import type { FixtureName } from '../fixtures/index.js';
import { createRecorder } from './contract/harness.js';
import type { Exchange } from './contract/harness.js';
import { SCENARIOS } from './contract/scenarios.js';

const exchanges: Exchange[] = [];
const actionResults = new Map<string, unknown>();

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
  for (const scenario of Object.values(SCENARIOS)) {
    const mock = createMockChaster({ seed: 1 });
    const recorder = createRecorder(mock);
    await scenario(mock, recorder);

    exchanges.push(...recorder.exchanges);
    for (const [key, result] of recorder.actionResults) actionResults.set(key, result);
  }
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
