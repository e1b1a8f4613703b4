import { describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { applyOverlay } from '../../scripts/lib/overlay.js';
import { createSchemaValidator } from '../../scripts/lib/schema-validator.js';

type Node = Record<string, unknown>;

const { document, effective, overlays } = await loadEffectiveDocument();
const validator = createSchemaValidator(effective);

const SESSION = '/api/extensions/sessions/{sessionId}';

function at(root: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), root);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function operationById(root: unknown, operationId: string): Node {
  for (const pathItem of Object.values(at(root, 'paths') as Node)) {
    for (const operation of Object.values(pathItem as Node)) {
      if (isNode(operation) && operation.operationId === operationId) return operation;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

describe('the overlay files', () => {
  it.each(overlays.map((overlay, index) => [overlay.file, index] as const))(
    '%s applies without a stale target after the ones before it',
    (_file, index) => {
      const before = overlays.slice(0, index).reduce<unknown>(applyOverlay, document);
      const overlay = overlays[index];
      if (overlay === undefined) throw new Error('overlay index out of range');

      expect(() => applyOverlay(before, overlay)).not.toThrow();
    },
  );

  it('give every action a one-line reason of at most 80 characters', () => {
    const actions = overlays.flatMap((overlay) => overlay.document.actions);
    const reasons = actions.map((action) => action.description);
    const badReasons = reasons.filter((reason) => reason.includes('\n') || reason.length > 80);

    expect(reasons.length).toBeGreaterThan(40);
    expect(badReasons).toEqual([]);
  });

  it('leave every component reference resolvable', () => {
    const schemas = at(effective, 'components', 'schemas') as Node;
    const references = new Set<string>();
    JSON.stringify(effective, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string') references.add(value);
      return value;
    });

    const dangling = [...references].filter(
      (reference) => !(reference.replace('#/components/schemas/', '') in schemas),
    );

    expect(references.size).toBeGreaterThan(100);
    expect(dangling).toEqual([]);
  });
});

describe('status code corrections', () => {
  it.each([
    'LockController_setSettings',
    'LockController_trustKeyholder',
    'LockController_setMaxLimitDate',
    'LockController_unlock',
    'LockController_archive',
    'LockController_archiveKeyholder',
  ])('%s answers 204 with no body and no longer 201', (operationId) => {
    const responses = operationById(effective, operationId).responses as Node;

    expect(responses['201']).toBeUndefined();
    expect(responses['204']).toBeDefined();
    expect(at(responses, '204', 'content')).toBeUndefined();
    expect(Object.keys(operationById(document, operationId).responses as Node)).toContain('201');
  });

  it('keeps the 400 responses the snapshot documents beside the new 204', () => {
    const responses = operationById(effective, 'LockController_trustKeyholder').responses as Node;

    expect(Object.keys(responses).sort()).toEqual(['204', '400']);
  });

  it('leaves POST /public-locks/search answering 200 with its search result', () => {
    const responses = operationById(effective, 'PublicLockController_search').responses as Node;

    expect(Object.keys(responses)).toEqual(['200']);
    expect(at(responses, '200', 'content', 'application/json', 'schema')).toEqual({
      $ref: '#/components/schemas/SearchPublicLockRepDto',
    });
  });
});

describe('request, error and security corrections', () => {
  const picturePath = '/extensions/verification-picture/{lockId}/submit';

  it('uploads a verification picture as multipart/form-data with a required file', () => {
    const check = validator.forRequest('POST', picturePath, 'multipart/form-data');
    if (check === undefined) throw new Error('no multipart body documented');

    expect(check({ file: 'picture bytes', enableVerificationCode: 'true' }).valid).toBe(true);
    expect(check({ enableVerificationCode: 'false' }).issues).toEqual([
      { path: '/', message: "must have required property 'file'" },
    ]);
  });

  it('documents the 422 of a regular action with the fields FACTS lists', () => {
    const operationId = 'SessionRegularActionController_submitRegularAction';
    const operation = operationById(effective, operationId);
    const check = validator.forResponse({
      method: 'POST',
      path: `${SESSION}/regular-actions`,
      status: 422,
    });
    const schema = at(effective, 'components', 'schemas', 'SubmitRegularActionErrorDto');

    expect(Object.keys(operation.responses as Node).sort()).toEqual(['201', '422']);
    expect(at(schema, 'required')).toEqual([
      'message',
      'nbActionsRemaining',
      'nextActionDate',
      'regularity',
      'mode',
    ]);
    expect(
      check?.({
        message: 'No regular action left',
        nbActionsRemaining: 0,
        nextActionDate: '2024-01-12T02:03:42.000Z',
        regularity: 3600,
        mode: 'non_cumulative',
      }).valid,
    ).toBe(true);
  });

  it('asks for the client id header in every way to exchange a main-page token', () => {
    const operation = operationById(effective, 'PartnerMainAuthorizationController_getSessionAuth');

    expect(operation.security).toEqual([
      { bearer: [], clientId: [] },
      { oauth2: ['developer'], clientId: [] },
    ]);
  });
});
