/**
 * `npm run spec:pull [-- --from <url|file>] [--out <file>] [--timeout <ms>]`
 *
 * Pulls the Chaster OpenAPI document into `openapi/chaster.json` in canonical form, writes
 * `openapi/chaster.meta.json`, and prints what changed. A rejected source leaves both untouched
 * and prints one line on stderr.
 */
import { join, relative } from 'node:path';

import { parseArgs } from './lib/cli-args.js';
import { pullSpec } from './lib/pull.js';
import { REPO_ROOT, SPEC_FILE } from './lib/repo-root.js';

const DEFAULT_SOURCE = 'https://api.chaster.app/api-json';
const DEFAULT_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  let source = DEFAULT_SOURCE;

  try {
    const { flags } = parseArgs(process.argv.slice(2), ['from', 'out', 'timeout']);
    source = flags.get('from') ?? DEFAULT_SOURCE;
    const out = flags.get('out') ?? join(REPO_ROOT, SPEC_FILE);
    const timeout = Number(flags.get('timeout') ?? DEFAULT_TIMEOUT_MS);
    if (!Number.isFinite(timeout) || timeout <= 0) throw new Error('--timeout must be positive');

    const { meta, report } = await pullSpec(source, out, timeout);

    const shown = relative(process.cwd(), out) || out;
    const written = `${shown} (${meta.documentVersion}, sha256 ${meta.sha256})`;
    process.stdout.write(`spec:pull: wrote ${written}\n`);
    process.stdout.write(report);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`spec:pull: rejected ${source}: ${reason.replace(/\s+/g, ' ')}\n`);
    process.exitCode = 1;
  }
}

await main();
