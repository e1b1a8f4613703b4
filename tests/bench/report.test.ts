import { describe, expect, it } from 'vitest';
import { measureReferenceBundle } from '../../scripts/bench/bundle-size.js';
import { buildLevelResult, formatTable, type BenchReport } from '../../scripts/bench/report.js';
import type { RoundTimings } from '../../scripts/bench/runner.js';

const CLIENTS = [
  { id: 'raw-fetch', label: 'raw fetch' },
  { id: 'openapi-fetch', label: 'openapi-fetch alone' },
  { id: 'layer1', label: 'chaster-sdk Layer 1' },
];

const TIMINGS: RoundTimings = new Map([
  ['raw-fetch', [{ requests: 100, elapsedMs: 10 }, { requests: 100, elapsedMs: 20 }]],
  ['openapi-fetch', [{ requests: 100, elapsedMs: 12 }, { requests: 100, elapsedMs: 24 }]],
  ['layer1', [{ requests: 100, elapsedMs: 15 }, { requests: 100, elapsedMs: 30 }]],
]);

function reportWith(levelTimings: RoundTimings): BenchReport {
  return {
    environment: { node: 'v20', platform: 'linux-x64', cpus: 2, cpuModel: 'cpu' },
    settings: { requests: 200, rounds: 2, responseBytes: 1000, server: 'child process' },
    levels: [buildLevelResult(16, CLIENTS, levelTimings)],
    skipped: [{ id: 'chaster-js', label: '@chasterapp/chaster-js', reason: 'not loaded' }],
    bundles: [{
      label: 'Layer 1',
      rawBytes: 30000,
      gzipBytes: 13000,
      gzipBudgetBytes: 12288,
      largestInputs: [
        { path: 'generated/operations.ts', bytes: 21000 },
        { path: 'b.ts', bytes: 9 },
      ],
      nodeBuiltins: ['node:crypto'],
    }],
    notes: ['a note'],
  };
}

describe('buildLevelResult', () => {
  it('compares every client with raw fetch and Layer 1 with openapi-fetch', () => {
    const level = buildLevelResult(1, CLIENTS, TIMINGS);

    expect(level.ratios.map(({ subject, baseline, ratio }) => [subject, baseline, ratio]))
      .toEqual([
        ['openapi-fetch', 'raw-fetch', 1.2],
        ['layer1', 'raw-fetch', 1.5],
        ['layer1', 'openapi-fetch', 1.25],
      ]);
  });

  it('keeps the per-round cost of each client', () => {
    const level = buildLevelResult(1, CLIENTS, TIMINGS);
    expect(level.clients[0]?.roundMicros).toEqual([100, 200]);
    expect(level.clients[0]?.medianMicros).toBe(150);
  });

  it('leaves out the Layer 1 comparison when Layer 1 did not run', () => {
    const withoutLayer1 = new Map([...TIMINGS].filter(([id]) => id !== 'layer1'));
    const level = buildLevelResult(1, CLIENTS.slice(0, 2), withoutLayer1);
    expect(level.ratios.map((ratio) => ratio.subject)).toEqual(['openapi-fetch']);
  });
});

describe('formatTable', () => {
  const table = formatTable(reportWith(TIMINGS));

  it('prints a row per client with its ratio to raw fetch', () => {
    expect(table).toMatch(/raw fetch\s+150\.0\s+6667\s+100-200\s+1\.00x/);
    expect(table).toMatch(/chaster-sdk Layer 1\s+225\.0\s+4444\s+150-300\s+1\.50x/);
  });

  it('prints the Layer 1 against openapi-fetch comparison on its own line', () => {
    expect(table).toContain('chaster-sdk Layer 1 vs openapi-fetch alone: 1.25x');
  });

  it('says why a client was skipped and flags a bundle over its budget', () => {
    expect(table).toContain('skipped @chasterapp/chaster-js: not loaded');
    expect(table).toContain('13000 B gzip (12.70 KiB); target at most 12 KiB gzip: OVER');
  });

  it('names the largest inputs and the Node built-ins a browser could not load', () => {
    const largest = 'largest inputs (minified bytes): generated/operations.ts 21000, b.ts 9';
    expect(table).toContain(largest);
    expect(table).toContain('warning: imports node:crypto, left out of the bundle');
  });
});

describe('measureReferenceBundle', () => {
  it('bundles openapi-fetch alone into a gzip smaller than the raw output', async () => {
    const bundle = await measureReferenceBundle();

    expect(bundle.rawBytes).toBeGreaterThan(5000);
    expect(bundle.gzipBytes).toBeLessThan(bundle.rawBytes ?? 0);
    expect(bundle.gzipBudgetBytes).toBeUndefined();
    expect(bundle.nodeBuiltins).toBeUndefined();
    expect(bundle.largestInputs?.map((input) => input.path))
      .toContain('node_modules/openapi-fetch/dist/index.mjs');
  });
});
