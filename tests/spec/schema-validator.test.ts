import { describe, expect, it } from 'vitest';

import {
  createSchemaValidator,
  formatIssues,
  toJsonSchema,
} from '../../scripts/lib/schema-validator.js';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

const DOCUMENT = {
  openapi: '3.0.0',
  paths: {
    '/pets/{petId}': {
      get: {
        responses: {
          '200': json({ $ref: '#/components/schemas/Pet' }),
          '4XX': json({ $ref: '#/components/schemas/Problem' }),
        },
      },
      post: {
        requestBody: {
          content: { 'multipart/form-data': { schema: { $ref: '#/components/schemas/Upload' } } },
        },
        responses: { '204': { description: 'No content' } },
      },
    },
  },
  components: {
    schemas: {
      Owner: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      Pet: {
        type: 'object',
        example: { name: 'Rex' },
        'x-internal': true,
        discriminator: { propertyName: 'kind' },
        properties: {
          id: { type: 'string', readOnly: true },
          secret: { type: 'string', writeOnly: true },
          owner: {
            type: 'object',
            nullable: true,
            allOf: [{ $ref: '#/components/schemas/Owner' }],
          },
          mood: { type: 'string', nullable: true, enum: ['calm', 'wild'] },
          weight: { type: 'number', minimum: 0, exclusiveMinimum: true },
          bornAt: { type: 'string', format: 'date-time' },
        },
        required: ['id', 'secret', 'owner'],
      },
      Problem: {
        type: 'object',
        properties: { message: { type: 'string' } },
        required: ['message'],
      },
      Upload: {
        type: 'object',
        properties: { file: { type: 'string', format: 'binary' } },
        required: ['file'],
      },
    },
  },
};

const pet = (extra: Record<string, unknown> = {}) => ({ id: 'p1', owner: null, ...extra });

describe('toJsonSchema', () => {
  it('turns nullable beside allOf into a null alternative', () => {
    const converted = toJsonSchema(DOCUMENT.components.schemas.Pet.properties.owner);

    expect(converted).toEqual({
      anyOf: [
        { type: 'object', allOf: [{ $ref: 'urn:chaster-sdk:response:Owner' }] },
        { type: 'null' },
      ],
    });
  });

  it('drops examples, extensions, discriminators and binary formats', () => {
    const converted = toJsonSchema({
      type: 'string',
      format: 'binary',
      example: 'x',
      'x-chaster-known-values': ['a'],
      deprecated: true,
      externalDocs: { url: 'https://example.invalid' },
    });

    expect(converted).toEqual({ type: 'string' });
  });
});

describe('createSchemaValidator', () => {
  const validator = createSchemaValidator(DOCUMENT);
  const petResponse = validator.forResponse({ method: 'get', path: '/pets/{petId}', status: 200 });

  it('accepts a body that follows references and nullable members', () => {
    const bornAt = '2024-01-12T00:42:23.000Z';
    const owned = pet({ owner: { name: 'Ada' }, mood: null, weight: 3, bornAt });

    expect(petResponse?.(owned)).toEqual({ valid: true, issues: [] });
    expect(petResponse?.(pet()).valid).toBe(true);
  });

  it('reports each mismatch with its instance path', () => {
    const bad = pet({ owner: {}, mood: 'sleepy', weight: 0, bornAt: 'yesterday' });

    const result = petResponse?.(bad);

    expect(formatIssues(result?.issues ?? []).split('\n')).toEqual(
      expect.arrayContaining([
        "/owner: must have required property 'name'",
        '/mood: must be equal to one of the allowed values',
        '/weight: must be > 0',
        '/bornAt: must match format "date-time"',
      ]),
    );
    expect(result?.valid).toBe(false);
  });

  it('lets a response omit a writeOnly field and a request omit a readOnly one', () => {
    const asRequest = validator.forComponent('Pet', 'request');

    expect(petResponse?.(pet()).valid).toBe(true);
    expect(asRequest({ secret: 's', owner: null }).valid).toBe(true);
    expect(asRequest({ owner: null }).issues).toEqual([
      { path: '/', message: "must have required property 'secret'" },
    ]);
  });

  it('falls back to a status range and ignores media type parameters', () => {
    const problem = validator.forResponse({
      method: 'GET',
      path: '/pets/{petId}',
      status: 404,
      contentType: 'application/json; charset=utf-8',
    });

    expect(problem?.({ message: 'Not Found' }).valid).toBe(true);
    expect(problem?.({}).valid).toBe(false);
  });

  it('gives no validator for a response without a body', () => {
    const noBody = validator.forResponse({ method: 'POST', path: '/pets/{petId}', status: 204 });

    expect(noBody).toBeUndefined();
  });

  it('throws for an operation or status the document lacks', () => {
    const path = '/pets/{petId}';

    expect(() => validator.forResponse({ method: 'PUT', path, status: 200 })).toThrow(
      'The document has no operation PUT /pets/{petId}',
    );
    expect(() => validator.forResponse({ method: 'POST', path, status: 500 })).toThrow(
      'has no 500 response',
    );
    expect(() => validator.forComponent('Cat')).toThrow('no component schema Cat');
  });

  it('checks a multipart body without judging the binary file contents', () => {
    const upload = validator.forRequest('POST', '/pets/{petId}', 'multipart/form-data');

    expect(upload?.({ file: '\u0000\u0001' }).valid).toBe(true);
    expect(upload?.({}).valid).toBe(false);
  });

  it('hands back the same compiled validator when asked twice', () => {
    const again = validator.forResponse({ method: 'GET', path: '/pets/{petId}', status: '200' });

    expect(again).toBe(petResponse);
    expect(validator.forComponent('Owner')).toBe(validator.forComponent('Owner'));
  });
});
