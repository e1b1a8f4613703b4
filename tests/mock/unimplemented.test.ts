/**
 * The operations the fake answers with 501. The list is spelt out so that implementing one
 * (or the document gaining one) means updating this test on purpose.
 */
import { describe, expect, it } from 'vitest';

import { operationTable } from '../../generated/operations.js';
import { HANDLER_TABLES, mergeHandlerTables } from '../../src/mock/handlers/index.js';
import { createMockChaster } from '../../src/mock/index.js';

const NOT_IMPLEMENTED = [
  'PenaltyController_getPenalties',
  'LegacySharedLockController_DEPRECATEDFindAll',
  'SharedLockController_DEPRECATEDCreate',
  'LegacySharedLockController_DEPRECATEDFindOne',
  'SharedLockController_DEPRECATEDUpdate',
];

describe('operations the fake does not implement', () => {
  const handlers = mergeHandlerTables(HANDLER_TABLES);
  const missing = operationTable.filter((row) => !(row.operationId in handlers));

  it('are exactly the listed ones', () => {
    expect(missing.map((row) => row.operationId)).toEqual(NOT_IMPLEMENTED);
  });

  it('each answer 501 naming the operation', async () => {
    const mock = createMockChaster();
    const authorization = `Bearer ${mock.users.kim.token}`;
    const answers: string[] = [];

    for (const row of missing) {
      const path = row.path.replace(/\{\w+\}/g, 'x0');
      const response = await mock.fetch(path, {
        method: row.method.toUpperCase(),
        headers: { authorization },
      });
      const body = (await response.json()) as { message: string };
      answers.push(`${response.status} ${body.message}`);
    }

    expect(answers).toEqual(
      NOT_IMPLEMENTED.map((id) => `501 Not implemented by the fake Chaster: ${id}`),
    );
  });
});
