/**
 * Runs the clients in interleaved rounds.
 *
 * Each round gives every client one slice of requests, starting from a different client each
 * round, so that drift in the machine's state (heat, GC pressure, a neighbour's load) is spread
 * over all clients instead of landing on whichever ran last. Round 0 is a warm-up for the JIT
 * and the connection pools and is thrown away.
 */
import type { BenchClient } from './clients.js';
import type { SliceTiming } from './stats.js';

/** Timings of every client at one concurrency level, indexed by client id then measured round. */
export type RoundTimings = Map<string, SliceTiming[]>;

/** How much work one concurrency level gets. */
export interface RoundPlan {
  /** Requests per client over all measured rounds; each round runs an equal share. */
  requests: number;

  /** Measured rounds, after the discarded warm-up round. */
  rounds: number;

  /** Workers per client, each awaiting one request at a time. */
  concurrency: number;
}

/**
 * Sends `requests` requests through `client` from `concurrency` workers and times the batch.
 * Workers draw from one shared count, so the total is exact whatever the concurrency.
 */
export async function runSlice(
  client: BenchClient,
  requests: number,
  concurrency: number,
): Promise<SliceTiming> {
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < requests) {
      issued += 1;
      await client.request();
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { requests, elapsedMs: performance.now() - started };
}

/** Order of the clients in a round: the list rotated left by the round number. */
export function rotation<T>(items: readonly T[], round: number): T[] {
  const shift = items.length === 0 ? 0 : round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** Runs the warm-up and the measured rounds and returns the measured timings per client. */
export async function runInterleaved(
  clients: readonly BenchClient[],
  plan: RoundPlan,
): Promise<RoundTimings> {
  const slice = Math.max(1, Math.round(plan.requests / plan.rounds));
  const timings: RoundTimings = new Map(clients.map((client) => [client.id, []]));

  for (let round = 0; round <= plan.rounds; round += 1) {
    for (const client of rotation(clients, round)) {
      const timing = await runSlice(client, slice, plan.concurrency);
      if (round > 0) timings.get(client.id)?.push(timing);
    }
  }

  return timings;
}

/**
 * Calls each client once and checks it parsed `expectedLocks` locks, so that a client which
 * fails fast or skips parsing is caught before it can look quick.
 *
 * @throws {Error} naming the client and what it returned.
 */
export async function verifyClients(
  clients: readonly BenchClient[],
  expectedLocks: number,
): Promise<void> {
  for (const client of clients) {
    const body = await client.request();
    const count = Array.isArray(body) ? body.length : -1;
    if (count !== expectedLocks) {
      throw new Error(`${client.label} returned ${count} locks instead of ${expectedLocks}`);
    }
  }
}
