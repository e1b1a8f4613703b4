/**
 * `npm run bench`: compares the cost of `GET /locks` through raw fetch, openapi-fetch alone,
 * the SDK's Layer 1 client, its Layer 2 facade and the official chaster-js client against one
 * loopback server; then the fake Chaster against a bare server, the bundle sizes, and the type
 * checker's cost of each API.
 */
import { cpus } from 'node:os';
import {
  measureAllBundles,
  type BundleSize,
} from './bundle-size.js';
import {
  createChasterJsClient,
  createOpenapiFetchClient,
  createRawFetchClient,
  type BenchClient,
  type ClientTarget,
} from './clients.js';
import { measureFakeServer } from './fake-comparison.js';
import {
  DEFAULT_FIXTURE_PATH,
  FixtureError,
  LOCKS_PER_RESPONSE,
  loadLocksBody,
} from './fixture.js';
import { loadLayer1Client } from './layer1.js';
import { loadLayer2Client } from './layer2.js';
import { isSkipped, type SkippedClient } from './library.js';
import { parseBenchOptions, USAGE, type BenchOptions } from './options.js';
import {
  buildLevelResult,
  formatTable,
  type BenchReport,
  type FakeServerResult,
  type LevelResult,
} from './report.js';
import { runInterleaved, verifyClients } from './runner.js';
import { startBenchServer } from './server-host.js';
import { measureTypeCost, type TypeCostReport } from './type-cost.js';

const TOKEN = 'bench-token-not-a-secret';

const NOTES = [
  '@chasterapp/chaster-js runs on axios, given a keep-alive http.Agent to reuse connections'
    + ' as fetch does',
  'Layer 1 and Layer 2 run with their defaults: retry on, timeout on',
];

/** What the client comparison measured. */
interface ClientMeasurement {
  levels: LevelResult[];
  skipped: SkippedClient[];
}

/** The sections measured after the client comparison; absent when skipped. */
interface OtherSections {
  fakeServer: FakeServerResult | undefined;
  bundles: BundleSize[];
  typeCost: TypeCostReport | undefined;
}

async function main(): Promise<void> {
  const options = readOptions();

  const body = await loadBody(options.fixturePath);
  const measured = await measureClients(body, options);

  const size = { requests: options.requests, rounds: options.rounds };
  const sections: OtherSections = {
    fakeServer: options.skipFake ? undefined : await measureFakeServer(options.inlineServer, size),
    bundles: options.skipBundle ? [] : await measureAllBundles(),
    typeCost: options.skipTypes ? undefined : await measureTypeCost(),
  };

  const report = assembleReport(options, body.length, measured, sections);
  console.log(options.json ? JSON.stringify(report, null, 2) : formatTable(report));
}

async function measureClients(body: Buffer, options: BenchOptions): Promise<ClientMeasurement> {
  const server = await startBenchServer(body, options.inlineServer);
  const target: ClientTarget = { baseUrl: server.url, token: TOKEN };
  const { clients, skipped } = await createClients(target);

  try {
    await verifyClients(clients, LOCKS_PER_RESPONSE);
    return { levels: await measureLevels(clients, options), skipped };
  } finally {
    for (const client of clients) client.dispose?.();
    await server.close();
  }
}

function readOptions(): BenchOptions {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }

  if (options.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return options;
}

async function loadBody(path: string | undefined): Promise<Buffer> {
  try {
    return await loadLocksBody(path ?? DEFAULT_FIXTURE_PATH);
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error;
    console.error(`bench: ${error.message} (the examples are copied to tests/fixtures/)`);
    process.exit(1);
  }
}

async function createClients(
  target: ClientTarget,
): Promise<{ clients: BenchClient[]; skipped: SkippedClient[] }> {
  const candidates = [
    createRawFetchClient(target),
    createOpenapiFetchClient(target),
    await loadLayer1Client(target),
    await loadLayer2Client(target),
    createChasterJsClient(target),
  ];

  return {
    clients: candidates.filter((candidate): candidate is BenchClient => !isSkipped(candidate)),
    skipped: candidates.filter(isSkipped),
  };
}

async function measureLevels(
  clients: readonly BenchClient[],
  options: BenchOptions,
): Promise<LevelResult[]> {
  const levels: LevelResult[] = [];
  for (const concurrency of options.concurrency) {
    const plan = { requests: options.requests, rounds: options.rounds, concurrency };
    const timings = await runInterleaved(clients, plan);
    levels.push(buildLevelResult(concurrency, clients, timings));
  }
  return levels;
}

function assembleReport(
  options: BenchOptions,
  responseBytes: number,
  measured: ClientMeasurement,
  sections: OtherSections,
): BenchReport {
  const processors = cpus();
  return {
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: processors.length,
      cpuModel: processors[0]?.model.trim() ?? 'unknown',
    },
    settings: {
      requests: options.requests,
      rounds: options.rounds,
      responseBytes,
      server: options.inlineServer ? 'same process' : 'child process on 127.0.0.1',
    },
    levels: measured.levels,
    skipped: measured.skipped,
    bundles: sections.bundles,
    notes: NOTES,
    ...(sections.fakeServer === undefined ? {} : { fakeServer: sections.fakeServer }),
    ...(sections.typeCost === undefined ? {} : { typeCost: sections.typeCost }),
  };
}

await main();
