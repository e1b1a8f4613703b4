import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { canonicalJson } from '../../scripts/lib/canonical-json.js';
import { runScript } from './run-script.js';

const VALID = {
  paths: { '/b': {}, '/a': { get: { operationId: 'A_get', responses: {} } } },
  openapi: '3.0.0',
  info: { version: '9.9.9', title: 'T' },
};
const PREVIOUS_BYTES = '{ "previous": true }\n';

function respond(path: string, response: import('node:http').ServerResponse): void {
  const json = { 'content-type': 'application/json' };

  switch (path) {
    case '/valid':
      response.writeHead(200, json).end(JSON.stringify(VALID));
      return;
    case '/html':
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>oops</p>');
      return;
    case '/truncated':
      response.writeHead(200, json).end(JSON.stringify(VALID).slice(0, 40));
      return;
    case '/unavailable':
      response.writeHead(503, 'Service Unavailable', json).end('{"statusCode":503}');
      return;
    case '/not-openapi':
      response.writeHead(200, json).end('{"swagger":"2.0","info":{"version":"1"},"paths":{}}');
      return;
    case '/slow':
      // Never answers within the client's 200 ms timeout; the socket is closed in afterAll.
      setTimeout(() => response.writeHead(200, json).end(JSON.stringify(VALID)), 3_000);
      return;
    default:
      response.writeHead(404).end();
  }
}

describe('spec:pull', () => {
  let server: Server;
  let base = '';
  let closedPort = 0;
  let folder = '';
  let target = '';

  beforeAll(async () => {
    server = createServer((request, response) => respond(request.url ?? '', response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // A port that was just free and is now closed: connecting to it is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
    folder = await mkdtemp(join(tmpdir(), 'pull-'));
    target = join(folder, 'chaster.json');
    await writeFile(target, PREVIOUS_BYTES);
  });

  const rejections: Array<[string, () => string[], RegExp]> = [
    ['an HTML page served with 200', () => [`${base}/html`], /HTML page/],
    ['truncated JSON', () => [`${base}/truncated`], /invalid JSON/],
    ['an HTTP 503', () => [`${base}/unavailable`], /HTTP 503 Service Unavailable/],
    ['JSON that is not OpenAPI 3', () => [`${base}/not-openapi`], /not an OpenAPI 3\.x/],
    ['a response slower than --timeout', () => [`${base}/slow`, '--timeout', '200'], /timed out/],
    ['a missing file', () => [join(folder, 'nope.json')], /file not found/],
    ['a closed loopback port', () => [`http://127.0.0.1:${closedPort}/x`], /ECONNREFUSED/],
  ];

  it.each(rejections)('rejects %s with one line, leaving the target as it was', async (...row) => {
    const [, args, why] = row;
    const [source = '', ...rest] = args();

    const result = await runScript('pull-spec.ts', ['--from', source, '--out', target, ...rest]);

    expect(result.code).toBe(1);
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`spec:pull: rejected ${source}: `);
    expect(result.stderr).toMatch(why);
    expect(await readFile(target, 'utf8')).toBe(PREVIOUS_BYTES);
    expect((await readdir(folder)).sort()).toEqual(['chaster.json']);
  });

  it('writes canonical bytes and a meta file for a valid document', async () => {
    const result = await runScript('pull-spec.ts', ['--from', `${base}/valid`, '--out', target]);

    const written = await readFile(target, 'utf8');
    const meta = JSON.parse(await readFile(join(folder, 'chaster.meta.json'), 'utf8')) as unknown;

    expect(result.code).toBe(0);
    expect(written).toBe(canonicalJson(VALID));
    expect(written.startsWith('{\n  "info": {\n    "title": "T",')).toBe(true);
    expect(meta).toEqual({
      documentVersion: '9.9.9',
      sha256: createHash('sha256').update(written).digest('hex'),
      source: `${base}/valid`,
    });
    expect((await readdir(folder)).sort()).toEqual(['chaster.json', 'chaster.meta.json']);
  });

  it('records a file source by its last two path segments and reports changes', async () => {
    const input = join(folder, 'input', 'spec.json');
    await rm(target);
    await runScript('pull-spec.ts', ['--from', `${base}/valid`, '--out', target]);
    await mkdir(join(folder, 'input'));
    await writeFile(input, JSON.stringify({ ...VALID, paths: { '/b': {} } }));

    const result = await runScript('pull-spec.ts', ['--from', input, '--out', target]);
    const meta = JSON.parse(await readFile(join(folder, 'chaster.meta.json'), 'utf8')) as {
      source: string;
    };

    expect(result.code).toBe(0);
    expect(meta.source).toBe('input/spec.json snapshot 9.9.9');
    expect(result.stdout).toContain('[breaking] removed GET /a (A_get)');
  });
});
