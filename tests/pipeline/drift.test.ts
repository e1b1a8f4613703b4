import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { canonicalJson } from '../../scripts/lib/canonical-json.js';
import { sha256Hex } from '../../scripts/lib/pull.js';
import { REPO, runScript } from './run-script.js';

type Document = { paths: Record<string, Record<string, { operationId?: string }>> };

describe('check:drift', () => {
  let root = '';

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'drift-'));
    await cp(join(REPO, 'openapi'), join(root, 'openapi'), { recursive: true });
    await cp(join(REPO, 'generated'), join(root, 'generated'), { recursive: true });
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** An operation no overlay mentions, so removing it cannot make an overlay stale. */
  async function removableOperation(document: Document): Promise<[string, string, string]> {
    const folder = join(root, 'openapi/overlays');
    const names = await readdir(folder).catch(() => [] as string[]);
    const overlayTexts = await Promise.all(
      names.map((name) => readFile(join(folder, name), 'utf8')),
    );
    const mentioned = (text: string) => overlayTexts.some((overlay) => overlay.includes(text));

    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const id = operation.operationId;
        if (id !== undefined && !mentioned(id) && !mentioned(path)) return [path, method, id];
      }
    }
    throw new Error('every operation is touched by an overlay');
  }

  it('passes on an unchanged copy', async () => {
    const result = await runScript('check-drift.ts', ['--root', root]);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('fails and names the operation when the document lost one', async () => {
    const specPath = join(root, 'openapi/chaster.json');
    const document = JSON.parse(await readFile(specPath, 'utf8')) as Document;
    const [path, method, operationId] = await removableOperation(document);
    delete document.paths[path]?.[method];

    const text = canonicalJson(document);
    await writeFile(specPath, text);
    const metaPath = join(root, 'openapi/chaster.meta.json');
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, unknown>;
    await writeFile(metaPath, canonicalJson({ ...meta, sha256: sha256Hex(text) }));

    const result = await runScript('check-drift.ts', ['--root', root]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`operation removed: ${operationId}`);
    expect(result.stderr).toMatch(/Changed inputs: document/);
    expect(result.stderr).toContain('differing file: generated/operations.ts');
    expect(result.stderr).toContain('Fix: run npm run generate and commit generated/');
    expect(result.stderr).not.toContain('spec:pull');
  });

  it('fails with the spec:pull fix when the meta hash does not match the document', async () => {
    const metaPath = join(root, 'openapi/chaster.meta.json');
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, unknown>;
    await writeFile(metaPath, canonicalJson({ ...meta, sha256: '0'.repeat(64) }));

    const result = await runScript('check-drift.ts', ['--root', root]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not match openapi/chaster.meta.json');
    expect(result.stderr).toContain('npm run spec:pull');
    expect(result.stderr).not.toContain('npm run generate');
  });

  it('reports a missing and an extra generated file', async () => {
    await rm(join(root, 'generated/README.md'));
    await writeFile(join(root, 'generated/stray.ts'), 'export {};\n');

    const result = await runScript('check-drift.ts', ['--root', root]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing file: generated/README.md');
    expect(result.stderr).toContain('extra file: generated/stray.ts');
  });
});
