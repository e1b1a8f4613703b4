import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStandInLibrary } from './stand-in-library.js';
import { isSkipped, loadLayer1Client } from '../../scripts/bench/layer1.js';
import { startLocksServer, type RunningServer } from '../../scripts/bench/server.js';

/** A stand-in library with Layer 1's shape: a factory returning an openapi-fetch-like GET. */
const STAND_IN = `
export function createChasterClient({ token, baseUrl }) {
  return {
    async GET(path) {
      const headers = { authorization: 'Bearer ' + token };
      const response = await fetch(baseUrl + path, { headers });
      const body = await response.json();
      return response.ok ? { data: body, response } : { error: body, response };
    },
  };
}
`;

let folder = '';
let server: RunningServer;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bench-layer1-'));
  server = await startLocksServer(Buffer.from(JSON.stringify([{ _id: 'a' }, { _id: 'b' }])));
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

function library(name: string, source: string): Promise<URL> {
  return writeStandInLibrary(folder, name, source);
}

describe('loadLayer1Client', () => {
  it('drives a library that exports createChasterClient through its GET', async () => {
    const entry = await library('good.mjs', STAND_IN);

    const client = await loadLayer1Client({ baseUrl: server.url, token: 't' }, entry);

    expect(isSkipped(client)).toBe(false);
    const body = isSkipped(client) ? undefined : await client.request();
    expect(body).toEqual([{ _id: 'a' }, { _id: 'b' }]);
  });

  it('throws when the client hands back an error body instead of data', async () => {
    const entry = await library('error.mjs', STAND_IN);

    const client = await loadLayer1Client({ baseUrl: `${server.url}/x`, token: 't' }, entry);

    await expect(isSkipped(client) ? undefined : client.request())
      .rejects.toThrow('Layer 1 answered with an error body');
  });

  it('skips with a reason while the library does not exist', async () => {
    const absent = pathToFileURL(join(folder, 'absent.mjs'));
    const client = await loadLayer1Client({ baseUrl: server.url, token: 't' }, absent);
    expect(isSkipped(client) ? client.reason : '').toBe('src/index.ts does not exist yet');
  });

  it('skips with a reason while the factory is not exported', async () => {
    const entry = await library('empty.mjs', 'export const version = 1;');
    const client = await loadLayer1Client({ baseUrl: server.url, token: 't' }, entry);
    expect(isSkipped(client) ? client.reason : '').toContain('does not export createChasterClient');
  });

  it('skips with the first line of the error when the library fails to load', async () => {
    const entry = await library('broken.mjs', "throw new Error('half written\\nmore');");
    const client = await loadLayer1Client({ baseUrl: server.url, token: 't' }, entry);
    const reason = isSkipped(client) ? client.reason : '';
    expect(reason).toBe('src/index.ts failed to load: half written');
  });

  it('skips when the factory returns something without GET', async () => {
    const entry = await library('odd.mjs', 'export const createChasterClient = () => ({});');
    const client = await loadLayer1Client({ baseUrl: server.url, token: 't' }, entry);
    expect(isSkipped(client) ? client.reason : '').toContain('did not return a client with GET');
  });
});
