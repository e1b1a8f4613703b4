import { describe, expect, it } from 'vitest';

import { diffSpecs, formatSpecDiff } from '../../scripts/lib/spec-diff.js';
import type { SpecChange } from '../../scripts/lib/spec-diff.js';
import { runScript } from './run-script.js';

function baseDocument() {
  return {
    openapi: '3.0.0',
    info: { title: 'T', version: '1.0.0' },
    paths: {
      '/locks': {
        get: {
          operationId: 'Locks_list',
          parameters: [
            { name: 'status', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              content: {
                'application/json': {
                  schema: { type: 'array', items: { $ref: '#/components/schemas/Lock' } },
                },
              },
            },
          },
        },
        post: {
          operationId: 'Locks_create',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/CreateLockDto' } },
            },
          },
          responses: { '201': {} },
        },
      },
    },
    components: {
      schemas: {
        Lock: {
          type: 'object',
          required: ['_id', 'status'],
          properties: {
            _id: { type: 'string' },
            status: { type: 'string', enum: ['locked', 'unlocked'] },
          },
        },
        CreateLockDto: {
          type: 'object',
          required: ['password'],
          properties: { password: { type: 'string' } },
        },
      },
    },
  };
}

type Doc = ReturnType<typeof baseDocument>;

function changed(edit: (doc: Doc) => void): SpecChange[] {
  const after = baseDocument();
  edit(after);
  return diffSpecs(baseDocument(), after).changes;
}

describe('diffSpecs', () => {
  it('finds nothing between identical documents', () => {
    const diff = diffSpecs(baseDocument(), baseDocument());

    expect(diff.changes).toEqual([]);
    expect(formatSpecDiff(diff)).toContain('No changes.');
  });

  it('marks a removed operation as breaking', () => {
    const changes = changed((doc) => {
      delete (doc.paths['/locks'] as Partial<Doc['paths']['/locks']>).post;
    });

    expect(changes).toEqual([
      {
        group: 'operations',
        kind: 'removed',
        subject: 'POST /locks (Locks_create)',
        detail: '',
        impact: 'breaking',
      },
    ]);
  });

  it('marks a new operation as non-breaking', () => {
    const changes = changed((doc) => {
      Object.assign(doc.paths, { '/new': { get: { operationId: 'New_get', responses: {} } } });
    });

    expect(changes.map((c) => [c.kind, c.subject, c.impact])).toEqual([
      ['added', 'GET /new (New_get)', 'non-breaking'],
    ]);
  });

  it('marks an added optional property as non-breaking', () => {
    const changes = changed((doc) => {
      Object.assign(doc.components.schemas.Lock.properties, { title: { type: 'string' } });
    });

    expect(changes).toEqual([
      {
        group: 'schemas',
        kind: 'changed',
        subject: 'Lock',
        detail: 'title: optional property added',
        impact: 'non-breaking',
      },
    ]);
  });

  it('marks a new required request property as breaking', () => {
    const changes = changed((doc) => {
      const dto = doc.components.schemas.CreateLockDto;
      Object.assign(dto.properties, { duration: { type: 'number' } });
      dto.required.push('duration');
    });

    expect(changes.map((c) => [c.subject, c.detail, c.impact])).toEqual([
      ['CreateLockDto', 'duration: required property added', 'breaking'],
    ]);
  });

  it('marks a property removed from a response schema as breaking', () => {
    const changes = changed((doc) => {
      delete (doc.components.schemas.Lock.properties as Partial<{ status: unknown }>).status;
      doc.components.schemas.Lock.required = ['_id'];
    });

    expect(changes.map((c) => [c.detail, c.impact])).toEqual([
      ['status: property removed', 'breaking'],
    ]);
  });

  it('marks a narrowed enum as breaking and a widened one as non-breaking', () => {
    const narrowed = changed((doc) => {
      doc.components.schemas.Lock.properties.status.enum = ['locked'];
    });
    const widened = changed((doc) => {
      doc.components.schemas.Lock.properties.status.enum.push('archived');
    });

    expect(narrowed.map((c) => [c.detail, c.impact])).toEqual([
      ['status: enum narrowed (-unlocked)', 'breaking'],
    ]);
    expect(widened.map((c) => [c.detail, c.impact])).toEqual([
      ['status: enum widened (+archived)', 'non-breaking'],
    ]);
  });

  it('marks a newly required parameter as breaking and a new optional one as not', () => {
    const changes = changed((doc) => {
      const parameters = doc.paths['/locks'].get.parameters;
      parameters[0] = { ...parameters[0]!, required: true };
      parameters.push({ name: 'page', in: 'query', required: false, schema: { type: 'string' } });
    });

    expect(changes.map((c) => [c.detail, c.impact])).toEqual([
      ['query parameter status became required', 'breaking'],
      ['optional query parameter page added', 'non-breaking'],
    ]);
  });

  it('lists a deprecation as non-breaking', () => {
    const changes = changed((doc) => {
      Object.assign(doc.paths['/locks'].get, { deprecated: true });
    });

    expect(changes.map((c) => [c.kind, c.subject, c.impact])).toEqual([
      ['deprecated', 'GET /locks (Locks_list)', 'non-breaking'],
    ]);
  });

  it('treats a changed property type as breaking', () => {
    const changes = changed((doc) => {
      Object.assign(doc.components.schemas.Lock.properties._id, { type: 'number' });
    });

    expect(changes.map((c) => [c.detail, c.impact])).toEqual([
      ['_id: type string -> number', 'breaking'],
    ]);
  });

  it('formats grouped lines and a summary', () => {
    const after = baseDocument();
    delete (after.paths['/locks'] as Partial<Doc['paths']['/locks']>).post;
    Object.assign(after.components.schemas.Lock.properties, { title: { type: 'string' } });

    const text = formatSpecDiff(diffSpecs(baseDocument(), after));

    expect(text.split('\n')).toEqual([
      'Changes 1.0.0 -> 1.0.0',
      '',
      'Operations:',
      '  [breaking] removed POST /locks (Locks_create)',
      '',
      'Schemas:',
      '  [non-breaking] changed Lock: title: optional property added',
      '',
      '2 changes: 1 breaking, 1 non-breaking.',
      '',
    ]);
  });
});

describe('spec:diff', () => {
  it('exits 1 with one line when an input cannot be read', async () => {
    const result = await runScript('diff-spec.ts', ['/nonexistent/a.json', 'openapi/chaster.json']);

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('cannot read /nonexistent/a.json');
  });

  it('exits 0 and reports no changes for the same document twice', async () => {
    const spec = 'openapi/chaster.json';

    const result = await runScript('diff-spec.ts', [spec, spec]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No changes.');
  });
});
