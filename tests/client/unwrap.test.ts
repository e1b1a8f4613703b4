import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ChasterNotFoundError,
  ChasterRateLimitError,
  createChasterClient,
  unwrap,
} from '../../src/index.js';
import { API, isolateNetwork, resetNetwork } from './helpers.js';

beforeEach(isolateNetwork);
afterEach(resetNetwork);

describe('unwrap', () => {
  it('returns the data of a success', async () => {
    nock(API).get('/locks/l1').reply(200, { _id: 'l1' });
    const client = createChasterClient({ token: 't' });

    const result = await client.GET('/locks/{lockId}', { params: { path: { lockId: 'l1' } } });
    const lock = unwrap(result);

    expect(lock).toEqual({ _id: 'l1' });
  });

  it('returns undefined for a 204', async () => {
    nock(API).post('/locks/l1/archive').reply(204);
    const client = createChasterClient({ token: 't' });

    const result = await client.POST('/locks/{lockId}/archive', {
      params: { path: { lockId: 'l1' } },
    });

    expect(unwrap(result)).toBeUndefined();
  });

  it('throws the typed error naming the path template and the request id', async () => {
    nock(API).get('/locks/l1').reply(
      404,
      { statusCode: 404, message: 'Lock not found', error: 'Not Found' },
      { 'x-chaster-transaction-id': 'tx-9' },
    );
    const client = createChasterClient({ token: 't' });
    const result = await client.GET('/locks/{lockId}', { params: { path: { lockId: 'l1' } } });

    const failure = (() => {
      try {
        unwrap(result);
      } catch (error) {
        return error;
      }
    })();

    expect(failure).toBeInstanceOf(ChasterNotFoundError);
    expect(failure).toMatchObject({
      status: 404,
      method: 'GET',
      path: '/locks/{lockId}',
      requestId: 'tx-9',
      message: '404 Lock not found: GET /locks/{lockId}',
    });
  });

  it('throws ChasterRateLimitError for a 429 returned after the retries', async () => {
    nock(API).get('/locks').reply(429, { message: 'Too Many Requests' }, { 'retry-after': '999' });
    const result = await createChasterClient({ token: 't' }).GET('/locks');

    expect(() => unwrap(result)).toThrow(ChasterRateLimitError);
  });
});
