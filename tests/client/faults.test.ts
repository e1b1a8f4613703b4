import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ChasterConnectionError,
  ChasterResponseError,
  createChasterClient,
  type ChasterClientOptions,
} from '../../src/index.js';
import { FaultServer } from '../support/fault-server.js';

let server: FaultServer;

beforeEach(async () => {
  server = await FaultServer.start();
});

afterEach(async () => {
  await server.stop();
});

function clientFor(options: ChasterClientOptions = {}) {
  return createChasterClient({
    token: 't',
    baseUrl: server.baseUrl,
    timeout: 2_000,
    retry: { initialDelayMs: 1, maxDelayMs: 2, jitter: false },
    ...options,
  });
}

const ACTION = '/locks/{lockId}/extensions/{extensionId}/action' as const;
const actionInit = {
  params: { path: { lockId: 'l1', extensionId: 'e1' } },
  body: { action: 'submit', payload: {} },
};

describe('refused connections', () => {
  it('retries a POST action refused before sending, once the listener is back', async () => {
    await server.refuseConnections();
    let refusals = 0;
    const fetchThenRestart: typeof fetch = async (input, init) => {
      try {
        return await fetch(input, init);
      } catch (error) {
        refusals += 1;
        await server.listenAgain();
        throw error;
      }
    };
    server.script({ status: 201, body: { duration: 60 } });

    const result = await clientFor({ fetch: fetchThenRestart }).POST(ACTION, actionInit);

    expect(refusals).toBe(1);
    expect(result.data).toEqual({ duration: 60 });
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual(actionInit.body);
  });

  it('rejects with ChasterConnectionError keeping ECONNREFUSED in the cause chain', async () => {
    await server.refuseConnections();

    const failure = await clientFor({ retry: { limit: 1, initialDelayMs: 1 } })
      .GET('/locks')
      .catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterConnectionError);
    expect((failure as Error).message).toBe('Connection failed (ECONNREFUSED): GET /locks');
    const fetchError = (failure as Error).cause as Error;
    expect((fetchError.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });
});

describe('bodies cut mid-read', () => {
  it('retries a GET whose body was cut and returns the complete next answer', async () => {
    server.script(
      { body: { results: ['a'.repeat(200)] }, cutBodyAfterBytes: 20 },
      { body: { results: ['whole'] } },
    );

    const result = await clientFor().GET('/locks');

    expect(result.data).toEqual({ results: ['whole'] });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a POST action whose body was cut: ChasterConnectionError', async () => {
    server.script({ status: 201, body: { duration: 'x'.repeat(200) }, cutBodyAfterBytes: 10 });

    const failure = await clientFor().POST(ACTION, actionInit).catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterConnectionError);
    expect(failure).toMatchObject({ method: 'POST', path: ACTION });
    expect(server.requests).toHaveLength(1);
  });

  it('gives up on a GET whose body is cut on every attempt', async () => {
    const cut = { body: { results: ['b'.repeat(200)] }, cutBodyAfterBytes: 5 };
    server.script(cut, cut, cut);

    const failure = await clientFor().GET('/locks').catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterConnectionError);
    expect(server.requests).toHaveLength(3);
  });
});

describe('malformed bodies', () => {
  it('rejects a 200 with invalid JSON as ChasterResponseError with its request id', async () => {
    server.script({ body: '{"results": [', headers: { 'x-chaster-transaction-id': 'tx-42' } });

    const failure = await clientFor().GET('/locks').catch((e) => e);

    expect(failure).toBeInstanceOf(ChasterResponseError);
    expect(failure).toMatchObject({
      status: 200, method: 'GET', path: '/locks', requestId: 'tx-42',
    });
    expect((failure as Error).cause).toBeInstanceOf(SyntaxError);
    expect(server.requests).toHaveLength(1);
  });

  it('returns an error body that is not JSON as text', async () => {
    server.script({ status: 404, body: 'Not Found' });

    const result = await clientFor().GET('/locks');

    expect(result.error).toBe('Not Found');
  });
});
