import { describe, expect, it } from 'vitest';
import type { BenchClient } from '../../scripts/bench/clients.js';
import { rotation, runInterleaved, runSlice, verifyClients } from '../../scripts/bench/runner.js';

/** A client that resolves on the next tick and records how many requests overlapped. */
function countingClient(id: string, body: unknown = []): BenchClient & {
  calls: number;
  peakInFlight: number;
} {
  let inFlight = 0;
  const client = {
    id,
    label: `client ${id}`,
    calls: 0,
    peakInFlight: 0,
    request: async () => {
      client.calls += 1;
      inFlight += 1;
      client.peakInFlight = Math.max(client.peakInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return body;
    },
  };
  return client;
}

describe('runSlice', () => {
  it('sends exactly the requested count, never more than the concurrency at once', async () => {
    const client = countingClient('a');

    const timing = await runSlice(client, 50, 16);

    expect(client.calls).toBe(50);
    expect(client.peakInFlight).toBe(16);
    expect(timing.requests).toBe(50);
    expect(timing.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('runs one request at a time at concurrency 1', async () => {
    const client = countingClient('a');
    await runSlice(client, 10, 1);
    expect([client.calls, client.peakInFlight]).toEqual([10, 1]);
  });

  it('starts no idle workers when asked for fewer requests than workers', async () => {
    const client = countingClient('a');
    await runSlice(client, 3, 16);
    expect([client.calls, client.peakInFlight]).toEqual([3, 3]);
  });
});

describe('rotation', () => {
  it('starts each round from the next client', () => {
    expect(rotation(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotation(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotation(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
  });
});

describe('runInterleaved', () => {
  it('runs a discarded warm-up round and keeps one timing per measured round', async () => {
    const first = countingClient('first');
    const second = countingClient('second');

    const timings = await runInterleaved([first, second], {
      requests: 30,
      rounds: 3,
      concurrency: 2,
    });

    expect([first.calls, second.calls]).toEqual([40, 40]);
    expect(timings.get('first')?.map((slice) => slice.requests)).toEqual([10, 10, 10]);
    expect(timings.get('second')).toHaveLength(3);
  });

  it('alternates which client goes first from round to round', async () => {
    const order: string[] = [];
    const recording = (id: string): BenchClient => ({
      id,
      label: id,
      request: async () => {
        order.push(id);
        return [];
      },
    });

    await runInterleaved([recording('a'), recording('b')], {
      requests: 2,
      rounds: 2,
      concurrency: 1,
    });

    expect(order.join('')).toBe('abbaab');
  });
});

describe('verifyClients', () => {
  it('accepts clients that parsed the expected number of locks', async () => {
    await expect(verifyClients([countingClient('a', [1, 2])], 2)).resolves.toBeUndefined();
  });

  it('names the client that returned something other than the locks', async () => {
    const broken = countingClient('b', { error: 'nope' });
    await expect(verifyClients([broken], 2)).rejects.toThrow('client b returned -1 locks');
  });
});
