import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocksServer, type RunningServer } from '../../scripts/bench/server.js';

const BODY = Buffer.from(JSON.stringify([{ _id: 'lock-1' }, { _id: 'lock-2' }]));
const AUTH = { authorization: 'Bearer test-token' };

let server: RunningServer;

beforeAll(async () => {
  server = await startLocksServer(BODY);
});

afterAll(async () => {
  await server.close();
});

describe('startLocksServer', () => {
  it('listens on loopback with an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers GET /locks with the exact bytes and the Chaster headers', async () => {
    const response = await fetch(`${server.url}/locks`, { headers: AUTH });

    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(BODY);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String(BODY.length));
    expect(response.headers.get('x-chaster-transaction-id')).toMatch(/^bench-[0-9a-f]{8}$/);
    expect(response.headers.get('x-ratelimit-limit')).toBe('100000');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99999');
  });

  it('advertises a rate-limit reset in Unix seconds a minute ahead', async () => {
    const before = Math.floor(Date.now() / 1000);
    const response = await fetch(`${server.url}/locks`, { headers: AUTH });
    await response.arrayBuffer();

    const reset = Number(response.headers.get('x-ratelimit-reset'));
    expect(reset - before).toBeGreaterThanOrEqual(59);
    expect(reset - before).toBeLessThanOrEqual(61);
  });

  it('gives each response its own transaction id', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => {
      const response = await fetch(`${server.url}/locks`, { headers: AUTH });
      await response.arrayBuffer();
      return response.headers.get('x-chaster-transaction-id');
    }));

    expect(new Set(ids).size).toBe(3);
  });

  it('refuses a request without a bearer token with a NestJS-shaped 401', async () => {
    const response = await fetch(`${server.url}/locks`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      statusCode: 401,
      message: 'Unauthorized',
      error: 'Unauthorized',
    });
  });

  it('answers 404 for other paths and methods', async () => {
    const other = await fetch(`${server.url}/shared-locks`, { headers: AUTH });
    const post = await fetch(`${server.url}/locks`, { method: 'POST', headers: AUTH });

    expect([other.status, post.status]).toEqual([404, 404]);
    await Promise.all([other.arrayBuffer(), post.arrayBuffer()]);
  });

  it('ignores the query string when routing', async () => {
    const response = await fetch(`${server.url}/locks?status=all`, { headers: AUTH });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  });
});
