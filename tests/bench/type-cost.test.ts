import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileConsumer,
  createConsumerProject,
  measureTypeCost,
  TYPE_COST_TARGET,
} from '../../scripts/bench/type-cost.js';
import { TYPE_CONSUMERS } from '../../scripts/bench/type-consumers.js';

let folder = '';

beforeAll(async () => {
  folder = await createConsumerProject();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('compileConsumer', () => {
  it('compiles a tiny file and reads its counters from tsc', async () => {
    const counts = await compileConsumer(folder, {
      id: 'tiny',
      label: 'tiny',
      source: 'export const sizes = new Map<string, number>([["a", 1]]);\n',
    });

    expect(counts.errors).toEqual([]);
    expect(counts.files).toBeGreaterThan(1);
    expect(counts.types).toBeGreaterThan(50);
    expect(counts.instantiations).toBeGreaterThan(0);
  });

  it('passes on the errors of a file that does not compile', async () => {
    const counts = await compileConsumer(folder, {
      id: 'wrong',
      label: 'wrong',
      source: "export const count: number = 'many';\n",
    });

    expect(counts.errors).toHaveLength(1);
    expect(counts.errors[0]).toContain('error TS2322');
  });

  it('writes a strict ESM project that resolves packages through the linked node_modules',
    async () => {
      const config = JSON.parse(await readFile(join(folder, 'tsconfig.tiny.json'), 'utf8')) as {
        compilerOptions: Record<string, unknown>;
        files: string[];
      };

      expect(config.files).toEqual(['tiny.ts']);
      expect(config.compilerOptions).toMatchObject({ strict: true, skipLibCheck: true });
      expect(existsSync(join(folder, 'node_modules/@chasterapp/chaster-js/package.json')))
        .toBe(true);
    });
});

describe('measureTypeCost', () => {
  it('compiles every consumer against declarations built from the repository', async () => {
    const report = await measureTypeCost();

    expect(report.skipped).toBeUndefined();
    expect(report.typescript).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.consumers.map((consumer) => consumer.id))
      .toEqual(TYPE_CONSUMERS.map((consumer) => consumer.id));
    expect(report.consumers.map((consumer) => consumer.errors)).toEqual([[], [], [], []]);

    const [empty, ...calls] = report.consumers;
    for (const consumer of calls) expect(consumer.types).toBeGreaterThan(empty?.types ?? 0);
    expect(report.ratios.map((ratio) => [ratio.subject, ratio.baseline])).toEqual([
      ['layer2', 'chaster-js'],
      ['layer1', 'chaster-js'],
    ]);
    expect(report.target).toBe(TYPE_COST_TARGET);
  }, 90_000);
});
