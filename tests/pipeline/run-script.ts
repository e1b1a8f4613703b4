import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, for running the pipeline scripts from tests. */
export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a finished script printed and how it exited. */
export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<name>` with tsx in a child process without blocking this process's event loop,
 * so a server started by the test can still answer it.
 */
export function runScript(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<ScriptResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'scripts', name), ...args],
      { cwd: REPO, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
