import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator, formatIssues } from '../../scripts/lib/schema-validator.js';
import { createExtensionSession, createMockChaster } from '../../src/mock/index.js';
import { createPartnerExtension } from '../../src/mock/index.js';
import type { MockChaster, MockWebhookOptions } from '../../src/mock/index.js';
import { call } from './support.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** A webhook receiver on 127.0.0.1 answering each request with the next status given. */
interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** `'hang'` answers nothing, to test the timeout. */
async function startReceiver(statuses: (number | 'hang')[] = []): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      received.push({ headers: request.headers, body });

      const status = statuses.shift() ?? 200;
      if (status !== 'hang') response.writeHead(status).end();
    });
  });
  servers.push(server);

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function addTime(mock: MockChaster, seconds = 60) {
  return call(mock, 'POST', `/api/extensions/sessions/${mock.partner.session.sessionId}/action`, {
    as: mock.users.dev,
    body: { action: { name: 'add_time', params: seconds } },
  });
}

function mockFor(url: string, extra: Partial<MockWebhookOptions> = {}) {
  return createMockChaster({ webhook: { url, ...extra } });
}

describe('webhook deliveries', () => {
  it('POSTs a bare action_log.created event with Basic credentials', async () => {
    const receiver = await startReceiver();
    const basicAuth = { username: 'hooks', password: 's3cret' };
    const mock = mockFor(receiver.url, { basicAuth });

    await addTime(mock, 120);
    await mock.webhooks.settle();
    const [first] = receiver.received;

    expect(receiver.received).toHaveLength(1);
    expect(first?.headers.authorization).toBe(`Basic ${btoa('hooks:s3cret')}`);
    expect(first?.headers['content-type']).toBe('application/json');
    expect(first?.body).toMatchObject({
      event: 'action_log.created',
      sentAt: new Date(mock.clock.now()).toISOString(),
      requestId: expect.any(String),
      data: {
        sessionId: mock.partner.session.sessionId,
        actionLog: { type: 'time_changed', payload: { duration: 120 }, role: 'extension' },
      },
    });
    expect(mock.webhooks.deliveries).toMatchObject([{
      event: 'action_log.created',
      extensionSlug: 'lucky-cards',
      status: 'delivered',
      attempts: [{ status: 200, error: null }],
    }]);
  });

  it('sends session events that match the document\'s schemas', async () => {
    const receiver = await startReceiver();
    const mock = createMockChaster({ webhookUrl: receiver.url });
    const { extension } = mock.partner;

    const session = createExtensionSession(mock, { extension, lock: mock.locks.sam });
    await call(mock, 'PATCH', `/api/extensions/sessions/${session.sessionId}`, {
      as: mock.users.dev,
      body: { data: { level: 2 } },
    });
    await call(mock, 'POST', `/locks/${mock.locks.sam.id}/extensions`, {
      as: mock.users.sam,
      body: { extensions: [] },
    });
    await mock.webhooks.settle();

    const { effective } = await loadEffectiveDocument();
    const validator = createSchemaValidator(effective);
    const schemaOf: Record<string, string> = {
      'extension_session.created': 'ExtensionSessionCreated',
      'extension_session.updated': 'ExtensionSessionUpdated',
      'extension_session.deleted': 'ExtensionSessionDeleted',
      'action_log.created': 'ActionLogCreated',
    };
    const problems = receiver.received.flatMap(({ body }) => {
      const result = validator.forComponent(schemaOf[String(body.event)] ?? 'missing')(body);
      return result.valid ? [] : [formatIssues(result.issues)];
    });
    const sessionEvents = receiver.received
      .map(({ body }) => body)
      .filter((body) => String(body.event).startsWith('extension_session.'));

    expect(problems).toEqual([]);
    expect(sessionEvents.map((body) => body.event)).toEqual([
      'extension_session.created',
      'extension_session.updated',
      'extension_session.deleted',
    ]);
    expect(sessionEvents[1]).toMatchObject({ data: { session: { data: { level: 2 } } } });
  });

  it('tells the backend when the session\'s lock is unlocked', async () => {
    const receiver = await startReceiver();
    const mock = mockFor(receiver.url);
    await call(mock, 'POST', `/locks/${mock.locks.wes.id}/unlock`, { as: mock.users.kim });
    await mock.webhooks.settle();

    const events = receiver.received.map(({ body }) => body);
    const updated = events.find((body) => body.event === 'extension_session.updated');

    expect(events.map((body) => body.event).sort()).toEqual([
      'action_log.created',
      'extension_session.updated',
    ]);
    expect(updated).toMatchObject({ data: { session: { lock: { status: 'unlocked' } } } });
  });

  it('sends one event per session on the lock, each with its own request id', async () => {
    const receiver = await startReceiver();
    const mock = mockFor(receiver.url);
    const other = mock.createUser({ username: 'ada', isDeveloper: true });
    const extension = createPartnerExtension(mock, { owner: other, displayName: 'Dares' });
    createExtensionSession(mock, { extension, lock: mock.locks.wes });
    await mock.webhooks.settle();

    await addTime(mock);
    await mock.webhooks.settle();
    const logs = mock.webhooks.deliveries.filter((item) => item.event === 'action_log.created');

    expect(logs.map((item) => item.extensionSlug).sort()).toEqual(['dares', 'lucky-cards']);
    expect(new Set(logs.map((item) => item.requestId)).size).toBe(2);
  });

  it('sends nothing without a webhook URL', async () => {
    const mock = createMockChaster();
    await addTime(mock);
    await mock.webhooks.settle();

    expect(mock.webhooks.deliveries).toEqual([]);
  });

  it('forgets deliveries on reset and keeps sending afterwards', async () => {
    const receiver = await startReceiver();
    const mock = mockFor(receiver.url);
    await addTime(mock);
    await mock.webhooks.settle();

    mock.reset();
    const cleared = mock.webhooks.deliveries.length;
    await addTime(mock);
    await mock.webhooks.settle();

    expect(cleared).toBe(0);
    expect(mock.webhooks.deliveries).toHaveLength(1);
    expect(receiver.received).toHaveLength(2);
  });
});

describe('webhook retries', () => {
  it('retries 1, 2, 3 and 4 minutes apart on the virtual clock, then gives up', async () => {
    const receiver = await startReceiver([503, 503, 503, 503, 503]);
    const mock = mockFor(receiver.url);
    const start = mock.clock.now();
    await addTime(mock);
    await mock.webhooks.settle();

    const counts: number[] = [receiver.received.length];
    for (const minutes of [1, 2, 3, 4]) {
      mock.clock.advance(minutes * 60_000 - 1);
      await mock.webhooks.settle();
      counts.push(receiver.received.length);
      mock.clock.advance(1);
      await mock.webhooks.settle();
      counts.push(receiver.received.length);
    }
    const [delivery] = mock.webhooks.deliveries;

    expect(counts).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(delivery?.status).toBe('failed');
    expect(delivery?.attempts.map((attempt) => Date.parse(attempt.at) - start)).toEqual([
      0, 60_000, 180_000, 360_000, 600_000,
    ]);
    expect(new Set(receiver.received.map(({ body }) => body.requestId)).size).toBe(1);
  });

  it('stops retrying once the receiver accepts', async () => {
    const receiver = await startReceiver([500]);
    const mock = mockFor(receiver.url);
    await addTime(mock);
    await mock.webhooks.settle();

    mock.clock.advance(60_000);
    await mock.webhooks.settle();
    mock.clock.advance(600_000);
    await mock.webhooks.settle();

    expect(receiver.received).toHaveLength(2);
    expect(mock.webhooks.deliveries[0]).toMatchObject({
      status: 'delivered',
      attempts: [{ status: 500 }, { status: 200 }],
    });
  });

  it('counts a receiver that does not answer in time as a failure', async () => {
    const receiver = await startReceiver(['hang']);
    const mock = mockFor(receiver.url, { timeoutMs: 25 });
    await addTime(mock);
    await mock.webhooks.settle();

    expect(mock.webhooks.deliveries[0]).toMatchObject({
      status: 'pending',
      attempts: [{ status: null, error: expect.stringContaining('TimeoutError') }],
    });
  });

  it('records a refused connection and retries it', async () => {
    const receiver = await startReceiver();
    await receiver.close();
    const mock = mockFor(receiver.url);
    await addTime(mock);
    await mock.webhooks.settle();
    mock.clock.advance(60_000);
    await mock.webhooks.settle();

    expect(mock.webhooks.deliveries[0]?.attempts).toHaveLength(2);
    expect(mock.webhooks.deliveries[0]?.attempts[0]?.error).toEqual(expect.any(String));
  });
});

describe('an injected fetch', () => {
  it('delivers through it instead of the network', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const stub: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), body: JSON.parse(String(init?.body)) });
      return new Response(null, { status: 204 });
    };
    const mock = mockFor('http://127.0.0.1:9/never-used', { fetch: stub });

    await addTime(mock);
    await mock.webhooks.settle();

    expect(calls).toMatchObject([
      { url: 'http://127.0.0.1:9/never-used', body: { event: 'action_log.created' } },
    ]);
    expect(mock.webhooks.deliveries[0]?.status).toBe('delivered');
  });
});
