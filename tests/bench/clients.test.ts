import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChasterJsClient,
  createOpenapiFetchClient,
  createRawFetchClient,
  type BenchClient,
} from '../../scripts/bench/clients.js';
import { isSkipped, loadLayer1Client } from '../../scripts/bench/layer1.js';
import { startLocksServer, type RunningServer } from '../../scripts/bench/server.js';

const LOCKS = Array.from({ length: 20 }, (_, index) => ({ _id: `lock-${index}` }));

let server: RunningServer;
const created: BenchClient[] = [];

beforeAll(async () => {
  server = await startLocksServer(Buffer.from(JSON.stringify(LOCKS)));
});

afterAll(async () => {
  for (const client of created) client.dispose?.();
  await server.close();
});

describe('benchmark clients', () => {
  const factories = [createRawFetchClient, createOpenapiFetchClient, createChasterJsClient];

  it.each(factories.map((factory) => [factory.name, factory] as const))(
    '%s fetches and parses the twenty locks',
    async (_name, factory) => {
      const client = factory({ baseUrl: server.url, token: 't' });
      created.push(client);

      expect(await client.request()).toEqual(LOCKS);
    },
  );

  it.each(factories.map((factory) => [factory.name, factory] as const))(
    '%s fails instead of looking fast when the server refuses it',
    async (_name, factory) => {
      const client = factory({ baseUrl: `${server.url}/missing`, token: 't' });
      created.push(client);

      const outcome = await client.request().then(
        (body) => (Array.isArray(body) ? 'locks' : 'error body'),
        () => 'thrown',
      );
      expect(outcome).not.toBe('locks');
    },
  );

  it('builds the Layer 1 client or says in one line why it cannot', async () => {
    const layer1 = await loadLayer1Client({ baseUrl: server.url, token: 't' });

    if (isSkipped(layer1)) {
      expect(layer1.reason).toMatch(/^(src\/index\.ts|createChasterClient)/);
    } else {
      expect(await layer1.request()).toEqual(LOCKS);
    }
  });
});
