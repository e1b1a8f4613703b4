/**
 * The report's sections beyond the client table: the fake Chaster against a bare server, and
 * the type checker's cost per API.
 */
import type { ServerComparison } from './fake-comparison.js';
import type { ClientSummary } from './stats.js';
import type { TypeCostReport, TypeCostRatio } from './type-cost.js';

const SERVER_TITLE = 'fake Chaster vs a bare node:http server';

/** Lines of the fake-against-bare section. */
export function formatServerComparison(
  result: ServerComparison | { skipped: string },
): string[] {
  if ('skipped' in result) return [`${SERVER_TITLE}: skipped (${result.skipped})`];

  const header = `${'server'.padEnd(16)}  ${'µs/req'.padStart(8)}  ${'req/s'.padStart(7)}`
    + `  ${'rounds µs (min-max)'.padStart(19)}  ${'server CPU µs/req'.padStart(17)}`;
  const verdict = result.rateRatio >= result.target ? 'within' : 'UNDER';

  return [
    `${SERVER_TITLE} (GET /locks as the seeded wearer, ${result.bodyBytes} bytes)`,
    `${result.requests} requests each in ${result.rounds} rounds at concurrency`
      + ` ${result.concurrency}, one keep-alive fetch client, medians over rounds`,
    header,
    serverRow('fake Chaster', result.fake, result.serverCpu?.fakeMicros),
    serverRow('bare node:http', result.bare, result.serverCpu?.bareMicros),
    `fake / bare requests per second: ${result.rateRatio.toFixed(2)}x;`
      + ` target at least ${result.target.toFixed(2)}x: ${verdict}`,
    ...(result.serverCpu === undefined ? [] : [
      `fake / bare server CPU per request: ${result.serverCpu.ratio.toFixed(2)}x`
        + ' (the rate ratio would near its inverse if the client were not the bottleneck)',
    ]),
  ];
}

/** Lines of the type-cost section. */
export function formatTypeCost(report: TypeCostReport): string[] {
  const title = `type-checker cost: tsc ${report.typescript} --extendedDiagnostics --noEmit`
    + ' --skipLibCheck';
  if (report.skipped !== undefined) return [`${title}: skipped (${report.skipped})`];

  const labelWidth = Math.max(8, ...report.consumers.map((consumer) => consumer.label.length));
  const header = `${'consumer'.padEnd(labelWidth)}  ${'files'.padStart(5)}  ${'types'.padStart(7)}`
    + `  ${'instantiations'.padStart(14)}  ${'check s'.padStart(7)}`;
  const rows = report.consumers.map((consumer) => `${consumer.label.padEnd(labelWidth)}`
    + `  ${String(consumer.files).padStart(5)}  ${String(consumer.types).padStart(7)}`
    + `  ${String(consumer.instantiations).padStart(14)}`
    + `  ${consumer.checkSeconds.toFixed(2).padStart(7)}`);

  const labelOf = (id: string): string => report.consumers.find((c) => c.id === id)?.label ?? id;
  const ratios = report.ratios.map((ratio) => formatTypeRatio(ratio, labelOf, report.target));
  const warnings = report.consumers
    .filter((consumer) => consumer.errors.length > 0)
    .map((consumer) => `warning: ${consumer.label} compiled with ${consumer.errors.length}`
      + ` errors, so its counts are suspect; first: ${consumer.errors[0] ?? ''}`);
  const declarations = report.declarationErrors === 0 ? [] : [
    `note: tsc reported ${report.declarationErrors} errors while building the declarations`,
  ];

  const elapsed = `measured in ${(report.elapsedMs / 1000).toFixed(1)} s, declarations included`;
  return [
    title,
    'each file makes the same 8 typical calls, against declarations built from this repository',
    header,
    ...rows,
    ...ratios,
    ...warnings,
    ...declarations,
    elapsed,
  ];
}

function serverRow(label: string, summary: ClientSummary, cpuMicros: number | undefined): string {
  const range = `${summary.minMicros.toFixed(0)}-${summary.maxMicros.toFixed(0)}`;
  const cpu = cpuMicros === undefined ? 'n/a' : cpuMicros.toFixed(1);
  return `${label.padEnd(16)}  ${summary.medianMicros.toFixed(1).padStart(8)}`
    + `  ${summary.medianPerSecond.toFixed(0).padStart(7)}  ${range.padStart(19)}`
    + `  ${cpu.padStart(17)}`;
}

function formatTypeRatio(
  ratio: TypeCostRatio,
  labelOf: (id: string) => string,
  target: number,
): string {
  const text = `${labelOf(ratio.subject)} / ${labelOf(ratio.baseline)}:`
    + ` ${ratio.types.toFixed(2)}x types, ${ratio.instantiations.toFixed(2)}x instantiations`;
  if (ratio.subject !== 'layer2') return text;

  const within = ratio.types <= target && ratio.instantiations <= target;
  return `${text}; target at most ${target}x: ${within ? 'within' : 'OVER'}`;
}
