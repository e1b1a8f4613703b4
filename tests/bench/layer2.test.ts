import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocksBody } from '../../scripts/bench/fixture.js';
import { loadLayer2Client } from '../../scripts/bench/layer2.js';
import { writeStandInLibrary } from './stand-in-library.js';
import { isSkipped } from '../../scripts/bench/library.js';
import { startLocksServer, type RunningServer } from '../../scripts/bench/server.js';

let folder = '';
let server: RunningServer;
let lockIds: string[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bench-layer2-'));
  const body = await loadLocksBody();
  lockIds = (JSON.parse(body.toString('utf8')) as Array<{ _id: string }>).map((lock) => lock._id);
  server = await startLocksServer(body);
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

function library(name: string, source: string): Promise<URL> {
  return writeStandInLibrary(folder, name, source);
}

describe('loadLayer2Client', () => {
  it('lists the twenty locks as Lock objects through the facade of src/index.ts', async () => {
    const client = await loadLayer2Client({ baseUrl: server.url, token: 't' });
    expect(isSkipped(client) ? client.reason : 'loaded').toBe('loaded');

    const locks = isSkipped(client) ? [] : await client.request();

    expect(Array.isArray(locks) ? locks.length : -1).toBe(20);
    expect((locks as Array<{ id: string }>).map((lock) => lock.id)).toEqual(lockIds);
    expect((locks as Array<{ data: unknown }>)[0]?.data).toMatchObject({ _id: lockIds[0] });
  });

  it('throws the typed 404 instead of looking fast when the server refuses it', async () => {
    const client = await loadLayer2Client({ baseUrl: `${server.url}/missing`, token: 't' });

    await expect(isSkipped(client) ? undefined : client.request())
      .rejects.toMatchObject({ status: 404, path: '/locks' });
  });

  it('skips with a reason while the library does not export Chaster', async () => {
    const entry = await library('no-facade.mjs', 'export const createChasterClient = () => ({});');
    const client = await loadLayer2Client({ baseUrl: server.url, token: 't' }, entry);
    expect(isSkipped(client) ? client.reason : '').toBe('src/index.ts does not export Chaster yet');
  });

  it('skips with a reason when the facade has no locks.list', async () => {
    const entry = await library('bare.mjs', 'export class Chaster { locks = {}; }');
    const client = await loadLayer2Client({ baseUrl: server.url, token: 't' }, entry);
    expect(isSkipped(client) ? client.reason : '').toBe('new Chaster() has no locks.list()');
  });

  it('passes the token and base URL to the constructor', async () => {
    const entry = await library('echo.mjs', `
      export class Chaster {
        constructor(options) { this.locks = { list: async () => [options] }; }
      }
    `);
    const client = await loadLayer2Client({ baseUrl: 'http://127.0.0.1:9', token: 'k' }, entry);
    const body = isSkipped(client) ? undefined : await client.request();
    expect(body).toEqual([{ token: 'k', baseUrl: 'http://127.0.0.1:9' }]);
  });
});
