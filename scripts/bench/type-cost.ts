/**
 * The type checker's cost of using each API: tiny consumer files in a temporary project,
 * compiled with `tsc --extendedDiagnostics --noEmit --skipLibCheck` against declarations built
 * from this repository, and their "Types" and "Instantiations" counters compared.
 *
 * The temporary project links the repository's `node_modules`, so the declarations' own imports
 * (openapi-fetch, ky) and `@chasterapp/chaster-js` resolve as they would for a real consumer.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { firstLine } from './library.js';
import { parseExtendedDiagnostics, type CompileCounts } from './tsc-diagnostics.js';
import { TYPE_CONSUMERS, type TypeConsumer } from './type-consumers.js';

const run = promisify(execFile);

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');

/** Layer 2 should cost the checker at most this many times what chaster-js costs. */
export const TYPE_COST_TARGET = 2;

/** The counters of one consumer. */
export interface ConsumerCost extends CompileCounts {
  id: string;
  label: string;
}

/** One API's counters over chaster-js's. */
export interface TypeCostRatio {
  subject: string;
  baseline: string;
  types: number;
  instantiations: number;
}

/** The whole measurement, or why it could not run. */
export interface TypeCostReport {
  /** The TypeScript version that compiled everything. */
  typescript: string;

  /** Counters per consumer, the empty file first. */
  consumers: ConsumerCost[];

  /** Layer 2 and Layer 1 against chaster-js. */
  ratios: TypeCostRatio[];

  /** The ceiling for Layer 2's ratios. */
  target: number;

  /** Errors tsc reported while building the declarations (they are emitted regardless). */
  declarationErrors: number;

  /** Wall-clock milliseconds of the whole measurement. */
  elapsedMs: number;

  /** Set when nothing could be measured. */
  skipped?: string;
}

/** Compiler options of every consumer: a strict ESM project on Node, without @types/node. */
const CONSUMER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  paths: { 'chaster-sdk': ['./sdk/src/index.d.ts'] },
};

/**
 * Builds the declarations, compiles every consumer in turn and removes the temporary project.
 * A compile that stops before its counters skips the section with tsc's first line.
 *
 * @param consumers - the files to compile; {@link TYPE_CONSUMERS} unless a test passes others.
 */
export async function measureTypeCost(
  consumers: readonly TypeConsumer[] = TYPE_CONSUMERS,
): Promise<TypeCostReport> {
  const started = performance.now();
  const folder = await createConsumerProject();
  const base = {
    typescript: await tscVersion(),
    target: TYPE_COST_TARGET,
    consumers: [],
    ratios: [],
    declarationErrors: 0,
  };
  const elapsed = (): number => performance.now() - started;

  try {
    const declarationErrors = await buildDeclarations(join(folder, 'sdk'));
    if (!existsSync(join(folder, 'sdk/src/index.d.ts'))) {
      const skipped = 'tsc emitted no src/index.d.ts';
      return { ...base, declarationErrors, elapsedMs: elapsed(), skipped };
    }

    const costs: ConsumerCost[] = [];
    for (const consumer of consumers) {
      const counts = await compileConsumer(folder, consumer);
      costs.push({ id: consumer.id, label: consumer.label, ...counts });
    }

    const ratios = ['layer2', 'layer1'].flatMap((id) => ratioOf(costs, id, 'chaster-js'));
    return { ...base, declarationErrors, consumers: costs, ratios, elapsedMs: elapsed() };
  } catch (error) {
    return { ...base, elapsedMs: elapsed(), skipped: firstLine(error) };
  } finally {
    // `rm` unlinks the node_modules link itself; it never follows it into the repository.
    await rm(folder, { recursive: true, force: true });
  }
}

/** A temporary ESM project whose `node_modules` is the repository's. */
export async function createConsumerProject(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'chaster-sdk-type-cost-'));

  await symlink(join(PROJECT_ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
  await writeFile(join(folder, 'package.json'), '{ "private": true, "type": "module" }\n');
  return folder;
}

/**
 * Writes `consumer` and its tsconfig into `folder` and compiles it.
 *
 * @throws {Error} when tsc stops before printing its counters.
 */
export async function compileConsumer(
  folder: string,
  consumer: TypeConsumer,
): Promise<CompileCounts> {
  const file = `${consumer.id}.ts`;
  const config = `tsconfig.${consumer.id}.json`;
  await writeFile(join(folder, file), consumer.source);
  const tsconfig = { compilerOptions: CONSUMER_OPTIONS, files: [file] };
  await writeFile(join(folder, config), `${JSON.stringify(tsconfig, null, 2)}\n`);

  const output = await runTsc(['-p', config, '--extendedDiagnostics'], folder);
  return parseExtendedDiagnostics(output);
}

/** Emits the library's declarations into `outDir`; returns how many errors tsc reported. */
async function buildDeclarations(outDir: string): Promise<number> {
  const output = await runTsc([
    '-p', 'tsconfig.build.json', '--outDir', outDir,
    '--emitDeclarationOnly', '--declarationMap', 'false', '--sourceMap', 'false',
  ], PROJECT_ROOT);

  return output.split('\n').filter((line) => /error TS\d+:/.test(line)).length;
}

async function tscVersion(): Promise<string> {
  const manifestPath = join(PROJECT_ROOT, 'node_modules/typescript/package.json');
  const manifest = await readFile(manifestPath, 'utf8');
  const { version } = JSON.parse(manifest) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}

/** Runs tsc and gives back what it printed, whether or not it reported errors. */
async function runTsc(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [TSC, ...args], {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    // tsc exits with 1 or 2 when it reports errors; its output is still the answer.
    const stdout = (error as { stdout?: unknown }).stdout;
    if (typeof stdout === 'string' && stdout !== '') return stdout;
    throw error;
  }
}

function ratioOf(costs: ConsumerCost[], subject: string, baseline: string): TypeCostRatio[] {
  const over = costs.find((cost) => cost.id === subject);
  const under = costs.find((cost) => cost.id === baseline);
  if (over === undefined || under === undefined) return [];

  return [{
    subject,
    baseline,
    types: over.types / under.types,
    instantiations: over.instantiations / under.instantiations,
  }];
}
