import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyReader,
  compareFakeWithBare,
  FAKE_RATE_TARGET,
} from '../../scripts/bench/fake-comparison.js';
import {
  startFakeAndBareServers,
  type FakeAndBareServers,
} from '../../scripts/bench/fake-servers.js';
import { startLocksServer } from '../../scripts/bench/server.js';

let servers: FakeAndBareServers;

beforeAll(async () => {
  servers = await startFakeAndBareServers();
});

afterAll(async () => {
  await Promise.all([servers.fake.close(), servers.bare.close()]);
});

describe('startFakeAndBareServers', () => {
  it('has the fake and the bare server answer GET /locks with identical bytes', async () => {
    const fake = bodyReader('fake', servers.fake.url, servers.token);
    const bare = bodyReader('bare', servers.bare.url, servers.token);

    const [fakeBody, bareBody] = await Promise.all([fake.request(), bare.request()]);

    expect(fakeBody.equals(bareBody)).toBe(true);
    expect(fakeBody.equals(servers.body)).toBe(true);
  });

  it("serves the seeded wearer's one lock, held by a keyholder", () => {
    const locks = JSON.parse(servers.body.toString('utf8')) as Array<Record<string, unknown>>;

    expect(servers.token).toBe('mock-token-wes');
    expect(locks).toHaveLength(1);
    expect(locks[0]?.['keyholder']).toMatchObject({ username: expect.any(String) });
  });

  it('keeps the fake refusing a request without a token, so it cannot look fast', async () => {
    const response = await fetch(`${servers.fake.url}/locks`);
    await response.arrayBuffer();
    expect(response.status).toBe(401);
  });
});

describe('compareFakeWithBare', () => {
  it('reports both rates and their paired ratio after checking the bodies', async () => {
    const targets = { fakeUrl: servers.fake.url, bareUrl: servers.bare.url, token: servers.token };

    const result = await compareFakeWithBare(targets, { requests: 8, rounds: 1, concurrency: 4 });

    expect(result).toMatchObject({ requests: 8, rounds: 1, concurrency: 4, target: 0.5 });
    expect(result.bodyBytes).toBe(servers.body.length);
    expect(result.fake.medianPerSecond).toBeGreaterThan(0);
    // With one round the paired ratio is simply the ratio of the two rates.
    expect(result.rateRatio)
      .toBeCloseTo(result.fake.medianPerSecond / result.bare.medianPerSecond, 6);
    expect(result.serverCpu).toBeUndefined();
    expect(FAKE_RATE_TARGET).toBe(0.5);
  });

  it('reads the server CPU time around every slice when it is available', async () => {
    let cpuMicros = 0;
    const targets = {
      fakeUrl: servers.fake.url,
      bareUrl: servers.bare.url,
      token: servers.token,
      serverCpuMicros: async () => (cpuMicros += 400),
    };

    const result = await compareFakeWithBare(targets, { requests: 4, rounds: 2, concurrency: 2 });

    // Each slice of 2 requests sees the counter move by 400 between its two readings.
    expect(result.serverCpu).toEqual({ fakeMicros: 200, bareMicros: 200, ratio: 1 });
    expect(cpuMicros).toBe(400 * 2 * 2 * 3);
  });

  it('refuses to compare servers that send different bodies', async () => {
    const other = await startLocksServer(Buffer.from('[{"_id":"other"}]'));
    const targets = { fakeUrl: servers.fake.url, bareUrl: other.url, token: servers.token };

    try {
      await expect(compareFakeWithBare(targets, { requests: 2, rounds: 1, concurrency: 1 }))
        .rejects.toThrow(`the fake sent ${servers.body.length} bytes, the bare server other bytes`);
    } finally {
      await other.close();
    }
  });
});
