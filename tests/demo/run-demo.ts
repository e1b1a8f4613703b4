import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How a run of `scripts/demo/run.ts` ended and what it printed. */
export interface DemoRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the demo as `npm run demo` would, in a child process that does not block this one (so a
 * fake listening in the test can answer it). The child sees none of this shell's `CHASTER_*`
 * variables, only the ones given, so a developer's real token can never reach a test run.
 */
export function runDemo(args: string[], env: Record<string, string> = {}): Promise<DemoRun> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('CHASTER_')),
  );

  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'scripts', 'demo', 'run.ts'), ...args],
      { cwd: REPO, env: { ...inherited, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
