import nock from 'nock';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterConnectionError, createChasterClient, unwrap } from '../../src/index.js';
import { FaultServer } from '../support/fault-server.js';
import { API, SECRET_TOKEN, isolateNetwork, recordingLogger, resetNetwork } from './helpers.js';

function everythingAbout(error: unknown): string {
  return `${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}\n${String(error)}`;
}

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(() => undefined, (error: unknown) => error);
}

beforeEach(isolateNetwork);
afterEach(resetNetwork);

describe('the token never leaks', () => {
  it('stays out of a connection error and its cause chain', async () => {
    const server = await FaultServer.start();
    await server.refuseConnections();

    const failure = await failureOf(createChasterClient({
      token: SECRET_TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
    }).GET('/locks'));

    expect(failure).toBeInstanceOf(ChasterConnectionError);
    expect(everythingAbout(failure)).not.toContain(SECRET_TOKEN);
  });

  it('stays out of an API error even when the server echoes it back', async () => {
    nock(API).get('/locks').reply(401, {
      statusCode: 401,
      message: `Invalid token Bearer ${SECRET_TOKEN}`,
      access_token: SECRET_TOKEN,
    });
    const result = await createChasterClient({ token: SECRET_TOKEN }).GET('/locks');

    const failure = (() => {
      try {
        return unwrap(result);
      } catch (error) {
        return error;
      }
    })();

    expect(failure).toBeInstanceOf(Error);
    expect(everythingAbout(failure)).not.toContain(SECRET_TOKEN);
  });

  it('stays out of timeout and abort errors', async () => {
    const server = await FaultServer.start();
    server.script({ delayMs: 200 }, { delayMs: 200 });
    const client = createChasterClient({
      token: SECRET_TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
    });

    const timeout = await failureOf(client.GET('/locks', { timeout: 20 }));
    const abort = await failureOf(client.GET('/locks', { signal: AbortSignal.timeout(20) }));

    expect(everythingAbout(timeout)).not.toContain(SECRET_TOKEN);
    expect(everythingAbout(abort)).not.toContain(SECRET_TOKEN);
    await server.stop();
  });

  it('stays out of every log line, at debug level, across retries', async () => {
    nock(API)
      .get('/locks').reply(503, { token: SECRET_TOKEN })
      .get('/locks').reply(200, [], { 'x-chaster-transaction-id': 'tx-1' });
    const logger = recordingLogger();

    await createChasterClient({
      token: async () => SECRET_TOKEN,
      logger,
      logLevel: 'debug',
      retry: { initialDelayMs: 1 },
    }).GET('/locks');

    expect(logger.lines.length).toBeGreaterThanOrEqual(3);
    expect(inspect(logger.lines, { depth: 10 })).not.toContain(SECRET_TOKEN);
  });
});

describe('logging', () => {
  it('writes nothing when no level is set', async () => {
    nock(API).get('/locks').reply(503, {}).get('/locks').reply(200, []);
    const logger = recordingLogger();
    const previous = process.env['CHASTER_LOG'];
    delete process.env['CHASTER_LOG'];

    await createChasterClient({ token: 't', logger, retry: { initialDelayMs: 1 } }).GET('/locks');

    if (previous !== undefined) process.env['CHASTER_LOG'] = previous;
    expect(logger.lines).toEqual([]);
  });

  it('writes one debug line per attempt naming the template, status and request id', async () => {
    nock(API)
      .get('/locks/l1').reply(503, {})
      .get('/locks/l1').reply(200, {}, { 'x-chaster-transaction-id': 'tx-7' });
    const logger = recordingLogger();

    await createChasterClient({
      token: 't',
      logger,
      logLevel: 'debug',
      retry: { initialDelayMs: 1 },
    }).GET('/locks/{lockId}', { params: { path: { lockId: 'l1' } } });

    const attempts = logger.lines.filter((line) => line.level === 'debug');
    expect(attempts.map((line) => line.fields)).toMatchObject([
      { method: 'GET', path: '/locks/{lockId}', attempt: 1, status: 503 },
      { method: 'GET', path: '/locks/{lockId}', attempt: 2, status: 200, requestId: 'tx-7' },
    ]);
    expect(String(attempts[0]?.fields?.['requestId'])).toMatch(/^local-/);
  });

  it('warns once per retry with the wait and the reason', async () => {
    nock(API).get('/locks').reply(502, {}).get('/locks').reply(200, []);
    const logger = recordingLogger();

    await createChasterClient({
      token: 't',
      logger,
      logLevel: 'warn',
      retry: { initialDelayMs: 4, jitter: false },
    }).GET('/locks');

    expect(logger.lines.map((line) => line.fields)).toEqual([
      { method: 'GET', path: '/locks', retry: 1, waitMs: 4, reason: 'status 502' },
    ]);
  });
});
