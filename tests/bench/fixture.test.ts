import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FixtureError,
  LOCKS_PER_RESPONSE,
  loadLocksBody,
  repeatLocks,
} from '../../scripts/bench/fixture.js';

let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bench-fixture-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fixtureFile(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

describe('repeatLocks', () => {
  it('cycles through the captured locks in order', () => {
    const locks = [{ _id: 'a' }, { _id: 'b' }];
    expect(repeatLocks(locks, 5).map((lock) => (lock as { _id: string })._id))
      .toEqual(['a', 'b', 'a', 'b', 'a']);
  });
});

describe('loadLocksBody', () => {
  it('serves twenty locks built from a one-lock capture', async () => {
    const path = await fixtureFile('one.json', JSON.stringify([{ _id: 'x', status: 'locked' }]));

    const body = JSON.parse((await loadLocksBody(path)).toString('utf8')) as unknown[];

    expect(body).toHaveLength(LOCKS_PER_RESPONSE);
    expect(body[19]).toEqual({ _id: 'x', status: 'locked' });
  });

  it('names the missing file in a FixtureError', async () => {
    const missing = join(folder, 'absent.json');
    await expect(loadLocksBody(missing)).rejects.toThrow(FixtureError);
    await expect(loadLocksBody(missing)).rejects.toThrow(`(ENOENT): ${missing}`);
  });

  it('refuses a body that is not a list of locks', async () => {
    const path = await fixtureFile('object.json', '{"locks": []}');
    await expect(loadLocksBody(path)).rejects.toThrow('not a non-empty array of locks');
  });

  it('refuses text that is not JSON', async () => {
    const path = await fixtureFile('broken.json', '[{');
    await expect(loadLocksBody(path)).rejects.toThrow('lock fixture is not JSON');
  });
});
