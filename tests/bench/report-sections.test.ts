import { describe, expect, it } from 'vitest';
import type { ServerComparison } from '../../scripts/bench/fake-comparison.js';
import { buildLevelResult, formatTable, type BenchReport } from '../../scripts/bench/report.js';
import {
  formatServerComparison,
  formatTypeCost,
} from '../../scripts/bench/report-sections.js';
import type { RoundTimings } from '../../scripts/bench/runner.js';
import type { TypeCostReport } from '../../scripts/bench/type-cost.js';

const CLIENTS = [
  { id: 'raw-fetch', label: 'raw fetch' },
  { id: 'layer1', label: 'chaster-sdk Layer 1' },
  { id: 'layer2', label: 'chaster-sdk Layer 2' },
];

function timings(layer2Ms: number): RoundTimings {
  return new Map([
    ['raw-fetch', [{ requests: 100, elapsedMs: 10 }]],
    ['layer1', [{ requests: 100, elapsedMs: 11 }]],
    ['layer2', [{ requests: 100, elapsedMs: layer2Ms }]],
  ]);
}

const SUMMARY = { medianMicros: 250, medianPerSecond: 4000, minMicros: 200, maxMicros: 300 };

const COMPARISON: ServerComparison = {
  concurrency: 16,
  requests: 4000,
  rounds: 5,
  bodyBytes: 6965,
  fake: SUMMARY,
  bare: { ...SUMMARY, medianMicros: 200, medianPerSecond: 5000 },
  rateRatio: 0.8,
  target: 0.5,
  serverCpu: { fakeMicros: 130, bareMicros: 75, ratio: 1.73 },
};

function consumer(id: string, label: string, types: number, instantiations: number) {
  return { id, label, files: 60, types, instantiations, checkSeconds: 0.05, errors: [] };
}

const LAYER2_RATIO = {
  subject: 'layer2',
  baseline: 'chaster-js',
  types: 1.25,
  instantiations: 0.5,
};

const TYPE_COST: TypeCostReport = {
  typescript: '5.9.3',
  consumers: [
    consumer('empty', 'empty file', 87, 0),
    consumer('layer2', 'chaster-sdk Layer 2', 270, 20),
    consumer('chaster-js', '@chasterapp/chaster-js', 216, 40),
  ],
  ratios: [LAYER2_RATIO],
  target: 2,
  declarationErrors: 0,
  elapsedMs: 8400,
};

describe('the Layer 2 target', () => {
  it('checks Layer 2 against 1.20x raw fetch at concurrency 16 only', () => {
    expect(buildLevelResult(1, CLIENTS, timings(13)).targets).toEqual([]);
    expect(buildLevelResult(16, CLIENTS, timings(13)).targets)
      .toEqual([{ subject: 'layer2', maxRatio: 1.2, ratio: 1.3, within: false }]);
  });

  it('prints the verdict beside the Layer 2 row and what Layer 2 adds to Layer 1', () => {
    const level = buildLevelResult(16, CLIENTS, timings(11.5));
    const report: BenchReport = {
      environment: { node: 'v20', platform: 'linux-x64', cpus: 2, cpuModel: 'cpu' },
      settings: { requests: 100, rounds: 1, responseBytes: 1000, server: 'child process' },
      levels: [level],
      skipped: [],
      bundles: [],
      notes: [],
    };

    const table = formatTable(report);

    expect(table).toMatch(/chaster-sdk Layer 2 .* 1\.15x {2}target at most 1\.20x: within/);
    expect(table).toContain('chaster-sdk Layer 2 vs chaster-sdk Layer 1: 1.05x the cost');
    expect(table).not.toContain('fake Chaster');
  });
});

describe('formatServerComparison', () => {
  it('prints both rates, the ratio against its target and the server CPU', () => {
    const lines = formatServerComparison(COMPARISON);

    expect(lines[0]).toBe('fake Chaster vs a bare node:http server'
      + ' (GET /locks as the seeded wearer, 6965 bytes)');
    const fakeRow = /^fake Chaster\s+250\.0\s+4000\s+200-300\s+130\.0$/;
    expect(lines).toContainEqual(expect.stringMatching(fakeRow));
    const bareRow = /^bare node:http\s+200\.0\s+5000\s.*75\.0$/;
    expect(lines).toContainEqual(expect.stringMatching(bareRow));
    expect(lines)
      .toContain('fake / bare requests per second: 0.80x; target at least 0.50x: within');
    expect(lines.at(-1)).toMatch(/^fake \/ bare server CPU per request: 1\.73x/);
  });

  it('flags a fake under half the bare rate and leaves out CPU it could not read', () => {
    const { serverCpu: _cpu, ...withoutCpu } = COMPARISON;
    const lines = formatServerComparison({ ...withoutCpu, rateRatio: 0.42 });

    expect(lines.at(-1))
      .toBe('fake / bare requests per second: 0.42x; target at least 0.50x: UNDER');
    expect(lines).toContainEqual(expect.stringMatching(/^fake Chaster .* n\/a$/));
  });

  it('says in one line why the comparison was skipped', () => {
    expect(formatServerComparison({ skipped: 'the servers did not start: boom' })).toEqual([
      'fake Chaster vs a bare node:http server: skipped (the servers did not start: boom)',
    ]);
  });
});

describe('formatTypeCost', () => {
  it('prints the counters per consumer and the Layer 2 ratio against its target', () => {
    const lines = formatTypeCost(TYPE_COST);

    expect(lines).toContainEqual(
      expect.stringMatching(/^chaster-sdk Layer 2\s+60\s+270\s+20\s+0\.05$/),
    );
    expect(lines).toContain('chaster-sdk Layer 2 / @chasterapp/chaster-js: 1.25x types,'
      + ' 0.50x instantiations; target at most 2x: within');
    expect(lines.at(-1)).toBe('measured in 8.4 s, declarations included');
  });

  it('marks Layer 2 over the target when either counter is more than twice chaster-js', () => {
    const over = { ...TYPE_COST, ratios: [{ ...LAYER2_RATIO, instantiations: 2.5 }] };
    expect(formatTypeCost(over).join('\n')).toContain('target at most 2x: OVER');
  });

  it('warns when a consumer did not compile and when the declarations had errors', () => {
    const broken = {
      ...TYPE_COST,
      declarationErrors: 3,
      consumers: [{ ...consumer('layer1', 'chaster-sdk Layer 1', 1, 1), errors: ['x.ts: error'] }],
    };

    const text = formatTypeCost(broken).join('\n');

    expect(text).toContain('warning: chaster-sdk Layer 1 compiled with 1 errors, so its counts'
      + ' are suspect; first: x.ts: error');
    expect(text).toContain('note: tsc reported 3 errors while building the declarations');
  });

  it('says why nothing was measured', () => {
    const skipped = { ...TYPE_COST, consumers: [], ratios: [], skipped: 'no index.d.ts' };
    expect(formatTypeCost(skipped)).toEqual([
      'type-checker cost: tsc 5.9.3 --extendedDiagnostics --noEmit --skipLibCheck:'
        + ' skipped (no index.d.ts)',
    ]);
  });
});
