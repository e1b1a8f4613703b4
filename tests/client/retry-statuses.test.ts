import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChasterClient } from '../../src/index.js';
import { API, isolateNetwork, resetNetwork } from './helpers.js';

const FAST_RETRY = { limit: 2, initialDelayMs: 1, maxDelayMs: 2, jitter: false };

function fastClient() {
  return createChasterClient({ token: 'test-token', retry: FAST_RETRY, timeout: 2_000 });
}

const ACTION = '/locks/{lockId}/extensions/{extensionId}/action' as const;
const actionParams = { path: { lockId: 'lock1', extensionId: 'ext1' } };
const actionBody = { action: 'submit', payload: {} };

beforeEach(isolateNetwork);
afterEach(resetNetwork);

describe('retries by status on a GET', () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries a GET after a ${status} and returns the success`, async () => {
      const scope = nock(API)
        .get('/locks').reply(status, { statusCode: status, message: 'try again' })
        .get('/locks').reply(200, [{ _id: 'lock1' }]);

      const result = await fastClient().GET('/locks');

      expect(result.response.status).toBe(200);
      expect(result.data).toEqual([{ _id: 'lock1' }]);
      expect(scope.isDone()).toBe(true);
    });
  }

  for (const status of [400, 401, 403, 404, 409, 422, 501]) {
    it(`returns a ${status} on a GET at once without retrying`, async () => {
      const scope = nock(API).get('/locks').once()
        .reply(status, { statusCode: status, message: 'no' });

      const result = await fastClient().GET('/locks');

      expect(result.response.status).toBe(status);
      expect(result.error).toEqual({ statusCode: status, message: 'no' });
      expect(scope.isDone()).toBe(true);
    });
  }

  it('gives up after the retry limit and returns the last 503 as the error result', async () => {
    const scope = nock(API).get('/locks').times(3).reply(503, { message: 'down' });

    const result = await fastClient().GET('/locks');

    expect(result.response.status).toBe(503);
    expect(result.error).toEqual({ message: 'down' });
    expect(scope.isDone()).toBe(true);
  });

  it('respects the limit during a 429 storm, then returns the 429', async () => {
    let calls = 0;
    nock(API).get('/locks').times(10).reply(() => {
      calls += 1;
      return [429, { statusCode: 429, message: 'Too Many Requests' }];
    });

    const client = createChasterClient({ token: 't', retry: { ...FAST_RETRY, limit: 4 } });
    const result = await client.GET('/locks');

    expect(result.response.status).toBe(429);
    expect(calls).toBe(5);
  });

  it('sends a single attempt when retries are disabled for the call', async () => {
    const scope = nock(API).get('/locks').once().reply(503, {});

    const result = await fastClient().GET('/locks', { retry: false });

    expect(result.response.status).toBe(503);
    expect(scope.isDone()).toBe(true);
  });
});

describe('retries of POSTs', () => {
  it('does not retry a 500 on a POST action, which the server may have applied', async () => {
    const scope = nock(API).post('/locks/lock1/extensions/ext1/action').once().reply(500, {});

    const result = await fastClient().POST(ACTION, { params: actionParams, body: actionBody });

    expect(result.response.status).toBe(500);
    expect(scope.isDone()).toBe(true);
  });

  it('retries a 500 on the history POST, which only reads', async () => {
    const bodies: unknown[] = [];
    const scope = nock(API)
      .post('/locks/lock1/history', (body) => bodies.push(body) > 0).reply(500, {})
      .post('/locks/lock1/history', (body) => bodies.push(body) > 0)
      .reply(201, { results: [], count: 0, hasMore: false });

    const result = await fastClient().POST('/locks/{lockId}/history', {
      params: { path: { lockId: 'lock1' } },
      body: { limit: 10 },
    });

    expect(result.data).toEqual({ results: [], count: 0, hasMore: false });
    expect(bodies).toEqual([{ limit: 10 }, { limit: 10 }]);
    expect(scope.isDone()).toBe(true);
  });

  it('retries a 429 on a POST action with the same body', async () => {
    const bodies: unknown[] = [];
    const scope = nock(API)
      .post('/locks/lock1/extensions/ext1/action', (body) => bodies.push(body) > 0)
      .reply(429, { message: 'slow down' })
      .post('/locks/lock1/extensions/ext1/action', (body) => bodies.push(body) > 0)
      .reply(201, { adminDice: 1, playerDice: 6, duration: 60 });

    const result = await fastClient().POST(ACTION, { params: actionParams, body: actionBody });

    expect(result.data).toEqual({ adminDice: 1, playerDice: 6, duration: 60 });
    expect(bodies).toEqual([actionBody, actionBody]);
    expect(scope.isDone()).toBe(true);
  });

  it('does not retry a 503 on a PATCH', async () => {
    const scope = nock(API).patch('/api/extensions/sessions/s1').once().reply(503, {});

    const result = await fastClient().PATCH('/api/extensions/sessions/{sessionId}', {
      params: { path: { sessionId: 's1' } },
      body: {},
    });

    expect(result.response.status).toBe(503);
    expect(scope.isDone()).toBe(true);
  });
});
