import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  InvalidOverlayError,
  StaleOverlayError,
  applyOverlay,
  applyOverlays,
  loadOverlays,
  overlaysHash,
} from '../../scripts/lib/overlay.js';
import type { LoadedOverlay, OverlayAction } from '../../scripts/lib/overlay.js';

function overlayOf(
  actions: OverlayAction[],
  file = 'openapi/overlays/10-test.json',
): LoadedOverlay {
  const document = { overlay: '1.0.0', info: { title: 'test', version: '1' }, actions };
  return { file, document, text: JSON.stringify(document) };
}

function sampleDocument() {
  return {
    openapi: '3.0.0',
    info: { title: 'sample', version: '1.0.0' },
    tags: ['a', 'b'],
    paths: {
      '/locks': {
        get: { operationId: 'LockController_findAll', tags: ['Locks'], parameters: [] },
        post: { operationId: 'LockController_create', tags: ['Locks'] },
      },
      "/odd'name": { get: { operationId: 'Odd_get' } },
    },
    components: {
      schemas: {
        Lock: {
          type: 'object',
          required: ['_id'],
          properties: { _id: { type: 'string' }, status: { type: 'string', enum: ['locked'] } },
        },
      },
    },
  };
}

describe('applyOverlay', () => {
  it('merges an update object into the selected object recursively', () => {
    const overlay = overlayOf([
      {
        target: '$.components.schemas.Lock',
        description: 'adds a title',
        update: { properties: { title: { type: 'string' } }, description: 'A lock' },
      },
    ]);

    const result = applyOverlay(sampleDocument(), overlay) as ReturnType<typeof sampleDocument>;
    const lock = result.components.schemas.Lock as Record<string, unknown>;

    expect(lock.description).toBe('A lock');
    expect(Object.keys(lock.properties as object)).toEqual(['_id', 'status', 'title']);
    expect(lock.required).toEqual(['_id']);
  });

  it('appends array items of an update to the target array', () => {
    const overlay = overlayOf([
      {
        target: '$.components.schemas.Lock',
        description: 'live API also answers unlocked',
        update: { properties: { status: { enum: ['unlocked'] } }, required: ['status'] },
      },
    ]);

    const result = applyOverlay(sampleDocument(), overlay) as ReturnType<typeof sampleDocument>;
    const lock = result.components.schemas.Lock;

    expect(lock.properties.status.enum).toEqual(['locked', 'unlocked']);
    expect(lock.required).toEqual(['_id', 'status']);
  });

  it('appends a single entry when the target itself is an array', () => {
    const header = { name: 'X-Chaster-Client-Id', in: 'header', required: true };
    const overlay = overlayOf([
      {
        target: "$.paths['/locks'].get.parameters",
        description: 'needs client id',
        update: header,
      },
    ]);

    const result = applyOverlay(sampleDocument(), overlay) as ReturnType<typeof sampleDocument>;

    expect(result.paths['/locks'].get.parameters).toEqual([header]);
    expect(Array.isArray(result.paths['/locks'].get.parameters)).toBe(true);
  });

  it('keeps arrays as arrays and replaces primitives', () => {
    const overlay = overlayOf([
      { target: '$.info.version', description: 'pin version', update: '2.0.0' },
      { target: '$.tags', description: 'more tags', update: ['c'] },
    ]);

    const result = applyOverlay(sampleDocument(), overlay) as ReturnType<typeof sampleDocument>;

    expect(result.info.version).toBe('2.0.0');
    expect(result.tags).toEqual(['a', 'b', 'c']);
  });

  it('removes every selected node from its parent', () => {
    const overlay = overlayOf([
      { target: '$.components.schemas.Lock.properties.status', description: 'gone', remove: true },
      { target: '$.tags[*]', description: 'no tags', remove: true },
    ]);

    const result = applyOverlay(sampleDocument(), overlay) as ReturnType<typeof sampleDocument>;

    expect(Object.keys(result.components.schemas.Lock.properties)).toEqual(['_id']);
    expect(result.tags).toEqual([]);
  });

  it('selects operations with a filter expression', () => {
    const overlay = overlayOf([
      {
        target: "$.paths.*[?@.operationId=='LockController_create']",
        description: 'mark as deprecated',
        update: { deprecated: true },
      },
      {
        target: "$.paths.*[?@.operationId=='Odd_get']",
        description: 'quoted path names resolve',
        update: { summary: 'odd' },
      },
    ]);

    const result = applyOverlay(sampleDocument(), overlay) as ReturnType<typeof sampleDocument>;
    const post = result.paths['/locks'].post as Record<string, unknown>;
    const get = result.paths['/locks'].get as Record<string, unknown>;
    const odd = result.paths["/odd'name"].get as Record<string, unknown>;

    expect(post.deprecated).toBe(true);
    expect(get.deprecated).toBeUndefined();
    expect(odd.summary).toBe('odd');
  });

  it('throws a stale-target error naming the file, target and reason', () => {
    const overlay = overlayOf(
      [{ target: "$.paths['/gone'].get", description: 'fixes the gone route', update: { a: 1 } }],
      'openapi/overlays/20-gone.json',
    );

    let caught: unknown;
    try {
      applyOverlay(sampleDocument(), overlay);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(StaleOverlayError);
    const stale = caught as StaleOverlayError;
    expect(stale.file).toBe('openapi/overlays/20-gone.json');
    expect(stale.target).toBe("$.paths['/gone'].get");
    expect(stale.reason).toBe('fixes the gone route');
    expect(stale.message).toContain('openapi/overlays/20-gone.json');
    expect(stale.message).toContain("$.paths['/gone'].get");
    expect(stale.message).toContain('fixes the gone route');
  });

  it('leaves the input document untouched', () => {
    const input = sampleDocument();
    const before = JSON.stringify(input);
    const overlay = overlayOf([
      { target: '$.components.schemas.Lock', description: 'x', update: { required: ['status'] } },
      { target: '$.tags[0]', description: 'y', remove: true },
    ]);

    const result = applyOverlay(input, overlay);

    expect(JSON.stringify(input)).toBe(before);
    expect(result).not.toBe(input);
  });

  it('applies overlays in the order given, each seeing the previous result', () => {
    const first = overlayOf([
      { target: '$.paths', description: 'add route', update: { '/new': { get: {} } } },
    ]);
    const second = overlayOf([
      { target: "$.paths['/new'].get", description: 'name it', update: { operationId: 'New_get' } },
    ]);

    const result = applyOverlays(sampleDocument(), [first, second]) as {
      paths: Record<string, { get?: { operationId?: string } }>;
    };

    expect(result.paths['/new']?.get?.operationId).toBe('New_get');
  });
});

describe('loadOverlays', () => {
  let folder = '';

  afterEach(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  async function writeOverlays(files: Record<string, string>): Promise<string> {
    folder = await mkdtemp(join(tmpdir(), 'overlays-'));
    const dir = join(folder, 'openapi', 'overlays');
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }

  const valid = (title: string) =>
    JSON.stringify({
      overlay: '1.0.0',
      info: { title, version: '1' },
      actions: [{ target: '$.info', description: 'why', update: { title } }],
    });

  it('reads json files sorted by name with repository-relative names', async () => {
    const dir = await writeOverlays({
      '20-b.json': valid('b'),
      '10-a.json': valid('a'),
      'notes.md': 'not an overlay',
    });

    const overlays = await loadOverlays(dir);

    expect(overlays.map((o) => o.file)).toEqual([
      'openapi/overlays/10-a.json',
      'openapi/overlays/20-b.json',
    ]);
    expect(overlays[0]?.document.info.title).toBe('a');
  });

  it('gives an empty list for a missing folder', async () => {
    folder = await mkdtemp(join(tmpdir(), 'overlays-'));

    expect(await loadOverlays(join(folder, 'nothing'))).toEqual([]);
  });

  it('rejects an action with both update and remove', async () => {
    const text = JSON.stringify({
      overlay: '1.0.0',
      info: { title: 't', version: '1' },
      actions: [{ target: '$.info', description: 'why', update: {}, remove: true }],
    });
    const dir = await writeOverlays({ '10-bad.json': text });

    const loading = loadOverlays(dir);

    await expect(loading).rejects.toBeInstanceOf(InvalidOverlayError);
    await expect(loadOverlays(dir)).rejects.toThrow(/10-bad\.json.*exactly one of/);
  });

  it('rejects an action without a description and a wrong overlay version', async () => {
    const noReason = JSON.stringify({
      overlay: '1.0.0',
      info: { title: 't', version: '1' },
      actions: [{ target: '$.info', update: {} }],
    });
    const wrongVersion = valid('x').replace('"1.0.0"', '"2.0.0"');

    const first = await writeOverlays({ '10-a.json': noReason });
    await expect(loadOverlays(first)).rejects.toThrow(/description/);
    await rm(folder, { recursive: true, force: true });

    const second = await writeOverlays({ '10-a.json': wrongVersion });
    await expect(loadOverlays(second)).rejects.toThrow(/1\.0\.x/);
  });

  it('hashes names and texts so any edit or rename changes the hash', async () => {
    const dir = await writeOverlays({ '10-a.json': valid('a') });
    const overlays = await loadOverlays(dir);
    const base = overlaysHash(overlays);

    const edited = overlays.map((o) => ({ ...o, text: `${o.text} ` }));
    const renamed = overlays.map((o) => ({ ...o, file: 'openapi/overlays/11-a.json' }));

    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(overlaysHash(overlays)).toBe(base);
    expect(overlaysHash(edited)).not.toBe(base);
    expect(overlaysHash(renamed)).not.toBe(base);
    expect(overlaysHash([])).not.toBe(base);
  });
});
