/**
 * Turns measured timings into the report: a compact table for people, one JSON document for
 * machines. Both are built from the same {@link BenchReport}.
 */
import type { BundleSize } from './bundle-size.js';
import type { ServerComparison } from './fake-comparison.js';
import type { SkippedClient } from './library.js';
import { formatServerComparison, formatTypeCost } from './report-sections.js';
import type { RoundTimings } from './runner.js';
import { microsPerRequest, pairedCostRatio, summarise, type ClientSummary } from './stats.js';
import type { TypeCostReport } from './type-cost.js';

/** One client's result at one concurrency level. */
export interface ClientResult extends ClientSummary {
  id: string;
  label: string;

  /** Microseconds per request of each measured round, in round order. */
  roundMicros: number[];
}

/** Cost of `subject` per request divided by that of `baseline` (above 1: slower). */
export interface CostRatio {
  subject: string;
  baseline: string;
  ratio: number;
}

/** A ceiling on a client's cost ratio to raw fetch at one concurrency level, and the verdict. */
export interface TargetCheck {
  subject: string;
  maxRatio: number;
  ratio: number;
  within: boolean;
}

/** Everything measured at one concurrency level. */
export interface LevelResult {
  concurrency: number;
  clients: ClientResult[];
  ratios: CostRatio[];

  /** The targets that apply at this level, for the clients that ran. */
  targets: TargetCheck[];
}

/** The fake Chaster against the bare server, or why it did not run. */
export type FakeServerResult = ServerComparison | { skipped: string };

/** The whole report of one run. */
export interface BenchReport {
  environment: { node: string; platform: string; cpus: number; cpuModel: string };
  settings: { requests: number; rounds: number; responseBytes: number; server: string };
  levels: LevelResult[];
  skipped: SkippedClient[];
  bundles: BundleSize[];
  notes: string[];

  /** Absent when the run was told to skip it. */
  fakeServer?: FakeServerResult;

  /** Absent when the run was told to skip it. */
  typeCost?: TypeCostReport;
}

/** Every client is compared with this one. */
const BASELINE = 'raw-fetch';

/** Comparisons beyond "each against the baseline": what each SDK layer adds to the one below. */
const EXTRA_PAIRS: ReadonlyArray<[string, string]> = [
  ['layer1', 'openapi-fetch'],
  ['layer2', 'layer1'],
];

/** Ceilings on the cost ratio to raw fetch, each at one concurrency level. */
export const COST_TARGETS: ReadonlyArray<{ subject: string; concurrency: number; max: number }> = [
  { subject: 'layer2', concurrency: 16, max: 1.2 },
];

/** Summarises one level's timings, keeping the clients in the order given. */
export function buildLevelResult(
  concurrency: number,
  clients: ReadonlyArray<{ id: string; label: string }>,
  timings: RoundTimings,
): LevelResult {
  const results = clients.map((client) => {
    const slices = timings.get(client.id) ?? [];
    const { id, label } = client;
    return { id, label, ...summarise(slices), roundMicros: slices.map(microsPerRequest) };
  });

  const againstBaseline = clients
    .filter((client) => client.id !== BASELINE)
    .map((client): readonly [string, string] => [client.id, BASELINE]);
  const pairs = [...againstBaseline, ...EXTRA_PAIRS];

  const ratios = pairs
    .filter(([subject, base]) => timings.has(subject) && timings.has(base))
    .map(([subject, baseline]) => ({
      subject,
      baseline,
      ratio: pairedCostRatio(timings.get(subject) ?? [], timings.get(baseline) ?? []),
    }));

  return { concurrency, clients: results, ratios, targets: checkTargets(concurrency, ratios) };
}

function checkTargets(concurrency: number, ratios: readonly CostRatio[]): TargetCheck[] {
  return COST_TARGETS
    .filter((target) => target.concurrency === concurrency)
    .flatMap(({ subject, max }) => {
      const found = ratios.find((r) => r.subject === subject && r.baseline === BASELINE);
      if (found === undefined) return [];
      return [{ subject, maxRatio: max, ratio: found.ratio, within: found.ratio <= max }];
    });
}

/** Renders the report as the table printed by `npm run bench`. */
export function formatTable(report: BenchReport): string {
  const { environment, settings } = report;
  const lines = [
    `GET /locks, ${settings.responseBytes} bytes per response`,
    `${settings.requests} requests per client per level in ${settings.rounds} rounds`
      + ' after a discarded warm-up round',
    `Node ${environment.node} on ${environment.platform}, ${environment.cpus} CPUs`
      + ` (${environment.cpuModel}); server: ${settings.server}`,
    ...report.notes.map((note) => `note: ${note}`),
  ];

  for (const level of report.levels) lines.push('', ...formatLevel(level));
  for (const client of report.skipped) lines.push(`skipped ${client.label}: ${client.reason}`);

  if (report.fakeServer !== undefined) {
    lines.push('', ...formatServerComparison(report.fakeServer));
  }

  if (report.bundles.length > 0) {
    lines.push('', 'bundle size (esbuild, browser ESM, minified, tree-shaken; gzip level 9)');
    lines.push(...report.bundles.map(formatBundle));
  }

  if (report.typeCost !== undefined) lines.push('', ...formatTypeCost(report.typeCost));
  return lines.join('\n');
}

function formatLevel(level: LevelResult): string[] {
  const labelWidth = Math.max(6, ...level.clients.map((client) => client.label.length));
  const header = `${'client'.padEnd(labelWidth)}  ${'µs/req'.padStart(8)}  ${'req/s'.padStart(7)}`
    + `  ${'rounds µs (min-max)'.padStart(19)}  ${'vs raw fetch'.padStart(12)}`;

  const rows = level.clients.map((client) => {
    const ratio = level.ratios.find((r) => r.subject === client.id && r.baseline === BASELINE);
    const range = `${client.minMicros.toFixed(0)}-${client.maxMicros.toFixed(0)}`;
    const target = level.targets.find((check) => check.subject === client.id);
    const verdict = target === undefined ? ''
      : `  target at most ${formatRatio(target.maxRatio)}: ${target.within ? 'within' : 'OVER'}`;
    return `${client.label.padEnd(labelWidth)}  ${client.medianMicros.toFixed(1).padStart(8)}`
      + `  ${client.medianPerSecond.toFixed(0).padStart(7)}  ${range.padStart(19)}`
      + `  ${(ratio === undefined ? '1.00x' : formatRatio(ratio.ratio)).padStart(12)}${verdict}`;
  });

  const extras = level.ratios
    .filter((ratio) => ratio.baseline !== BASELINE)
    .map((ratio) => `${labelOf(level, ratio.subject)} vs ${labelOf(level, ratio.baseline)}:`
      + ` ${formatRatio(ratio.ratio)} the cost per request`);

  return [`concurrency ${level.concurrency} (medians over rounds)`, header, ...rows, ...extras];
}

function formatBundle(bundle: BundleSize): string {
  if (bundle.rawBytes === undefined || bundle.gzipBytes === undefined) {
    return `  ${bundle.label}: skipped (${bundle.skipped ?? 'no output'})`;
  }

  const sizes = `  ${bundle.label}: ${bundle.rawBytes} B raw, ${bundle.gzipBytes} B gzip`
    + ` (${(bundle.gzipBytes / 1024).toFixed(2)} KiB)`;
  const budget = bundle.gzipBudgetBytes === undefined ? '' : `; target at most`
    + ` ${bundle.gzipBudgetBytes / 1024} KiB gzip: `
    + (bundle.gzipBytes <= bundle.gzipBudgetBytes ? 'within' : 'OVER');
  const builtins = bundle.nodeBuiltins === undefined ? [] : [
    `    warning: imports ${bundle.nodeBuiltins.join(', ')}, left out of the bundle;`
      + ' a browser cannot load it as is',
  ];
  const largest = (bundle.largestInputs ?? []).map((input) => `${input.path} ${input.bytes}`);
  const inputs = bundle.gzipBudgetBytes === undefined || largest.length === 0 ? [] : [
    `    largest inputs (minified bytes): ${largest.join(', ')}`,
  ];
  return [`${sizes}${budget}`, ...inputs, ...builtins].join('\n');
}

function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

function labelOf(level: LevelResult, id: string): string {
  return level.clients.find((client) => client.id === id)?.label ?? id;
}
