/**
 * How fast the fake Chaster serves `GET /locks` next to a bare node:http server sending the
 * same bytes: one keep-alive client (the platform's `fetch`), interleaved rounds, medians.
 *
 * At concurrency 16 on two cores the client is often the bottleneck, which pulls the rate
 * ratio towards 1; the servers' own CPU time per request, read from their process between
 * slices, shows what the fake costs where the client does not hide it.
 */
import type { BenchClient } from './clients.js';
import { startFakeServers, type FakeServerTargets } from './fake-servers-host.js';
import { firstLine } from './library.js';
import { rotation, runSlice, type RoundPlan } from './runner.js';
import { median, pairedCostRatio, summarise, type ClientSummary } from './stats.js';
import type { SliceTiming } from './stats.js';

/** The fake should answer at least this share of the bare server's requests per second. */
export const FAKE_RATE_TARGET = 0.5;

/** Concurrency of the comparison: enough to keep the server busy on a two-core machine. */
export const FAKE_CONCURRENCY = 16;

/** Server CPU time per request, medians over rounds. */
export interface ServerCpu {
  fakeMicros: number;
  bareMicros: number;

  /** The fake's CPU per request over the bare server's, median over paired rounds. */
  ratio: number;
}

/** The result of the comparison. */
export interface ServerComparison {
  /** Workers sending requests at once. */
  concurrency: number;

  /** Requests per server over the measured rounds, and how many rounds. */
  requests: number;
  rounds: number;

  /** Bytes of the body both servers sent. */
  bodyBytes: number;

  /** Each server's wall-clock cost per request and rate, as the client saw them. */
  fake: ClientSummary;
  bare: ClientSummary;

  /** The fake's requests per second over the bare server's, median over paired rounds. */
  rateRatio: number;

  /** The lowest acceptable {@link ServerComparison.rateRatio}. */
  target: number;

  /** Absent when the servers ran in this process. */
  serverCpu?: ServerCpu;
}

/** A client of one server that hands back the raw body. */
export interface BodyReader extends BenchClient {
  /** Performs `GET /locks` and resolves to the body's bytes. */
  request(): Promise<Buffer>;
}

/** One server's measured rounds: wall-clock slices and server CPU microseconds per request. */
interface ServerRounds {
  slices: SliceTiming[];
  cpuMicros: number[];
}

/**
 * Starts both servers (in a child process unless `inline`), compares them and stops them. A
 * server that cannot start skips the section with the reason; differing bodies stop the run.
 */
export async function measureFakeServer(
  inline: boolean,
  size: { requests: number; rounds: number },
): Promise<ServerComparison | { skipped: string }> {
  let targets: FakeServerTargets;
  try {
    targets = await startFakeServers(inline);
  } catch (error) {
    return { skipped: `the servers did not start: ${firstLine(error)}` };
  }

  try {
    return await compareFakeWithBare(targets, { ...size, concurrency: FAKE_CONCURRENCY });
  } finally {
    await targets.close();
  }
}

/**
 * Checks both servers send the same bytes, then runs a discarded warm-up round and the
 * measured rounds, alternating which server goes first.
 *
 * @throws {Error} when a server refuses the request or the bodies differ.
 */
export async function compareFakeWithBare(
  targets: Omit<FakeServerTargets, 'close'>,
  plan: RoundPlan,
): Promise<ServerComparison> {
  const fake = bodyReader('fake', targets.fakeUrl, targets.token);
  const bare = bodyReader('bare', targets.bareUrl, targets.token);

  const [fakeBody, bareBody] = [await fake.request(), await bare.request()];
  if (!fakeBody.equals(bareBody)) {
    throw new Error(`the fake sent ${fakeBody.length} bytes, the bare server other bytes`);
  }

  const measured = await runRounds([fake, bare], plan, targets.serverCpuMicros);
  const fakeRounds = measured.get(fake.id) ?? { slices: [], cpuMicros: [] };
  const bareRounds = measured.get(bare.id) ?? { slices: [], cpuMicros: [] };

  const comparison: ServerComparison = {
    concurrency: plan.concurrency,
    requests: plan.requests,
    rounds: plan.rounds,
    bodyBytes: fakeBody.length,
    fake: summarise(fakeRounds.slices),
    bare: summarise(bareRounds.slices),
    // A rate ratio is the inverse of a cost ratio; both are taken round by round.
    rateRatio: 1 / pairedCostRatio(fakeRounds.slices, bareRounds.slices),
    target: FAKE_RATE_TARGET,
  };
  if (targets.serverCpuMicros === undefined) return comparison;

  return { ...comparison, serverCpu: cpuSummary(fakeRounds.cpuMicros, bareRounds.cpuMicros) };
}

/** A client that reads the whole body as bytes and refuses anything but a 200. */
export function bodyReader(id: string, baseUrl: string, token: string): BodyReader {
  const url = `${baseUrl}/locks`;
  const headers = { authorization: `Bearer ${token}` };

  return {
    id,
    label: id,
    request: async () => {
      const response = await fetch(url, { headers });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200) throw new Error(`${id} answered ${response.status}`);
      return bytes;
    },
  };
}

/**
 * The interleaving of `runInterleaved`, plus a reading of the servers' CPU time on each side
 * of a slice, taken outside the timed part.
 */
async function runRounds(
  readers: readonly BodyReader[],
  plan: RoundPlan,
  serverCpuMicros: (() => Promise<number>) | undefined,
): Promise<Map<string, ServerRounds>> {
  const slice = Math.max(1, Math.round(plan.requests / plan.rounds));
  const rounds = new Map<string, ServerRounds>(
    readers.map((reader) => [reader.id, { slices: [], cpuMicros: [] }]),
  );
  const cpuNow = serverCpuMicros ?? (async () => 0);

  for (let round = 0; round <= plan.rounds; round += 1) {
    for (const reader of rotation(readers, round)) {
      const cpuBefore = await cpuNow();
      const timing = await runSlice(reader, slice, plan.concurrency);
      const cpuPerRequest = (await cpuNow() - cpuBefore) / slice;

      const kept = round > 0 ? rounds.get(reader.id) : undefined;
      kept?.slices.push(timing);
      kept?.cpuMicros.push(cpuPerRequest);
    }
  }
  return rounds;
}

function cpuSummary(fakeMicros: number[], bareMicros: number[]): ServerCpu {
  const ratios = fakeMicros.map((micros, round) => micros / (bareMicros[round] ?? Number.NaN));
  return { fakeMicros: median(fakeMicros), bareMicros: median(bareMicros), ratio: median(ratios) };
}
