import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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
    const outcome = await bench(['--quick', '--json', '--no-bundle', '--requests', '16']);

    expect(outcome.code).toBe(0);
    const report = JSON.parse(outcome.stdout) as {
      settings: { requests: number; rounds: number; server: string };
      levels: Array<{ concurrency: number; clients: Array<{ id: string; medianMicros: number }> }>;
    };
    expect(report.settings).toMatchObject({ requests: 16, rounds: 2 });
    expect(report.settings.server).toContain('child process');
    expect(report.levels.map((level) => level.concurrency)).toEqual([1, 16]);
    expect(report.levels[0]?.clients.map((client) => client.id))
      .toEqual(expect.arrayContaining(['raw-fetch', 'openapi-fetch', 'chaster-js']));
    expect(report.levels[0]?.clients.every((client) => client.medianMicros > 0)).toBe(true);
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
