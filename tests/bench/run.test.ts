import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ServerComparison } from '../../scripts/bench/fake-comparison.js';

const run = promisify(execFile);
const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const ENTRY = fileURLToPath(new URL('../../scripts/bench/run.ts', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function bench(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX_CLI, ENTRY, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('npm run bench', () => {
  it('measures every client at both levels against a server in a child process', async () => {
    const outcome = await bench([
      '--quick', '--json', '--no-bundle', '--no-types', '--no-fake', '--requests', '16',
    ]);

    expect(outcome.code).toBe(0);
    const report = JSON.parse(outcome.stdout) as {
      settings: { requests: number; rounds: number; server: string };
      levels: Array<{
        concurrency: number;
        clients: Array<{ id: string; medianMicros: number }>;
        targets: Array<{ subject: string; maxRatio: number }>;
      }>;
      typeCost?: unknown;
      fakeServer?: unknown;
    };
    expect(report.settings).toMatchObject({ requests: 16, rounds: 2 });
    expect(report.settings.server).toContain('child process');
    expect(report.levels.map((level) => level.concurrency)).toEqual([1, 16]);
    expect(report.levels[0]?.clients.map((client) => client.id))
      .toEqual(expect.arrayContaining(['raw-fetch', 'openapi-fetch', 'layer2', 'chaster-js']));
    expect(report.levels[0]?.clients.every((client) => client.medianMicros > 0)).toBe(true);
    expect(report.levels[1]?.targets).toEqual([expect.objectContaining({ subject: 'layer2' })]);
    expect([report.typeCost, report.fakeServer]).toEqual([undefined, undefined]);
  });

  it('compares the fake Chaster in a child process with a bare server in the quick run',
    async () => {
      const outcome = await bench(['--quick', '--json', '--no-bundle', '--no-types',
        '--concurrency', '1', '--requests', '32']);

      expect(outcome.code).toBe(0);
      const { fakeServer } = JSON.parse(outcome.stdout) as { fakeServer: ServerComparison };
      expect(fakeServer).toMatchObject({ concurrency: 16, requests: 32, rounds: 2, target: 0.5 });
      expect(fakeServer.bodyBytes).toBeGreaterThan(1000);
      expect(fakeServer.rateRatio).toBeGreaterThan(0);
      expect(fakeServer.serverCpu?.fakeMicros).toBeGreaterThan(0);
      expect(fakeServer.serverCpu?.bareMicros).toBeGreaterThan(0);
    });

  it('stops with one line and exit code 1 when the lock fixture is missing', async () => {
    const outcome = await bench(['--quick', '--fixture', '/nonexistent/GET_locks.json']);

    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trim().split('\n')).toEqual([
      'bench: lock fixture not readable (ENOENT): /nonexistent/GET_locks.json'
        + ' (the examples are copied to tests/fixtures/)',
    ]);
  });

  it('rejects an unknown option with exit code 2 and the usage text', async () => {
    const outcome = await bench(['--fastest']);

    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Unknown option --fastest');
    expect(outcome.stderr).toContain('Usage: npm run bench');
  });
});
