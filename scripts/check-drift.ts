/**
 * `npm run check:drift [-- --root <dir>]` (also `CHASTER_SDK_ROOT=<dir>`)
 *
 * Fails when `generated/` differs from what the document and overlays produce, or when the
 * document no longer matches its meta hash. Runs first in `npm test`.
 */
import { parseArgs } from './lib/cli-args.js';
import { checkDrift } from './lib/drift.js';
import { REPO_ROOT } from './lib/repo-root.js';

async function main(): Promise<void> {
  try {
    const { flags } = parseArgs(process.argv.slice(2), ['root']);
    const root = flags.get('root') ?? process.env.CHASTER_SDK_ROOT ?? REPO_ROOT;
    const report = await checkDrift(root);

    if (report.ok) {
      process.stdout.write('check:drift: generated/ matches openapi/ and the generator.\n');
      return;
    }

    process.stderr.write(`check:drift: drift found\n${report.lines.join('\n')}\n`);
    process.exitCode = 1;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`check:drift: cannot check: ${reason}\n`);
    process.exitCode = 1;
  }
}

await main();
