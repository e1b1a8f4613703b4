import { describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator, formatIssues } from '../../scripts/lib/schema-validator.js';
import type { SchemaCheckFunction, SchemaValidator } from '../../scripts/lib/schema-validator.js';
import { FIXTURES, loadFixture } from '../fixtures/index.js';
import type { OperationFixture } from '../fixtures/index.js';

const { document, effective } = await loadEffectiveDocument();
const withOverlays = createSchemaValidator(effective);
const bare = createSchemaValidator(document);

const operationFixtures = FIXTURES.filter(
  (fixture): fixture is OperationFixture => fixture.kind === 'operation',
);

function successCheck(validator: SchemaValidator, fixture: OperationFixture): SchemaCheckFunction {
  const check = validator.forResponse(fixture);

  if (check === undefined) {
    throw new Error(`${fixture.method} ${fixture.path} ${fixture.status} documents no body`);
  }
  return check;
}

describe('captured live bodies against the document with overlays', () => {
  it.each(operationFixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s matches the success response of its operation',
    async (_name, fixture) => {
      const check = successCheck(withOverlays, fixture);

      const result = check(await loadFixture(fixture.name));

      expect(result.issues, formatIssues(result.issues)).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );
});

describe('captured live bodies against the bare document', () => {
  it('rejects the shared-lock list, whose user is a plain id and dates missing', async () => {
    const fixture = operationFixtures.find((item) => item.name === 'GET_shared-locks.json');
    if (fixture === undefined) throw new Error('the shared-lock list fixture is missing');

    const result = successCheck(bare, fixture)(await loadFixture(fixture.name));

    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual({ path: '/0/user', message: 'must be object' });
    expect(result.issues).toContainEqual({
      path: '/0',
      message: "must have required property 'createdAt'",
    });
  });

  it('rejects most captured bodies, so the overlays are what makes them pass', async () => {
    const rejected: string[] = [];

    for (const fixture of operationFixtures) {
      const result = successCheck(bare, fixture)(await loadFixture(fixture.name));
      if (!result.valid) rejected.push(fixture.name);
    }

    expect(rejected).toEqual([
      'GET_auth_profile.json',
      'GET_conversations.json',
      'GET_conversations_conversationId.json',
      'GET_extensions.json',
      'GET_locks.json',
      'GET_locks_lockId.json',
      'GET_locks_lockId_extensions_extensionId.json',
      'GET_settings.json',
      'GET_shared-locks.json',
      'GET_shared-locks_sharedLockId.json',
      'GET_users_profile_by-id_userId.json',
      'POST_locks_lockId_history.json',
    ]);
  });
});
