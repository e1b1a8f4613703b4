/**
 * `npm run bench`: compares the cost of `GET /locks` through raw fetch, openapi-fetch alone,
 * the SDK's Layer 1 client and the official chaster-js client against one loopback server,
 * then reports the Layer 1 bundle size.
 */
import { cpus } from 'node:os';
import {
  measureClientOnlyBundle,
  measureLayer1Bundle,
  measureReferenceBundle,
  type BundleSize,
} from './bundle-size.js';
import {
  createChasterJsClient,
  createOpenapiFetchClient,
  createRawFetchClient,
  type BenchClient,
  type ClientTarget,
} from './clients.js';
import {
  DEFAULT_FIXTURE_PATH,
  FixtureError,
  LOCKS_PER_RESPONSE,
  loadLocksBody,
} from './fixture.js';
import { isSkipped, loadLayer1Client, type SkippedClient } from './layer1.js';
import { parseBenchOptions, USAGE, type BenchOptions } from './options.js';
import { buildLevelResult, formatTable, type BenchReport, type LevelResult } from './report.js';
import { runInterleaved, verifyClients } from './runner.js';
import { startBenchServer } from './server-host.js';

const TOKEN = 'bench-token-not-a-secret';

const NOTES = [
  '@chasterapp/chaster-js runs on axios, given a keep-alive http.Agent to reuse connections'
    + ' as fetch does',
  'Layer 1 runs with its defaults: retry on, timeout on',
];

async function main(): Promise<void> {
  const options = readOptions();

  const body = await loadBody(options.fixturePath);
  const server = await startBenchServer(body, options.inlineServer);
  const target: ClientTarget = { baseUrl: server.url, token: TOKEN };
  const { clients, skipped } = await createClients(target);

  try {
    await verifyClients(clients, LOCKS_PER_RESPONSE);
    const levels = await measureLevels(clients, options);
    const bundles = options.skipBundle ? [] : await measureBundles();
    const report = assembleReport(options, body.length, levels, skipped, bundles);
    console.log(options.json ? JSON.stringify(report, null, 2) : formatTable(report));
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
  const layer1 = await loadLayer1Client(target);
  const clients = [createRawFetchClient(target), createOpenapiFetchClient(target)];
  if (!isSkipped(layer1)) clients.push(layer1);
  clients.push(createChasterJsClient(target));

  return { clients, skipped: isSkipped(layer1) ? [layer1] : [] };
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

async function measureBundles(): Promise<BundleSize[]> {
  return [
    await measureLayer1Bundle(),
    await measureClientOnlyBundle(),
    await measureReferenceBundle(),
  ];
}

function assembleReport(
  options: BenchOptions,
  responseBytes: number,
  levels: LevelResult[],
  skipped: SkippedClient[],
  bundles: BundleSize[],
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
    levels,
    skipped,
    bundles,
    notes: NOTES,
  };
}

await main();
