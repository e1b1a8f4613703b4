/**
 * `npm run generate [-- --root <dir>]`
 *
 * Writes `generated/` from `openapi/chaster.json` and `openapi/overlays/`. Generated files that
 * are no longer produced are removed, so the folder holds exactly the generator's output.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from './lib/atomic-write.js';
import { parseArgs } from './lib/cli-args.js';
import { generateOutputs } from './lib/generate-outputs.js';
import { GENERATED_DIR, REPO_ROOT } from './lib/repo-root.js';

async function main(): Promise<void> {
  try {
    const { flags } = parseArgs(process.argv.slice(2), ['root']);
    const root = flags.get('root') ?? process.env.CHASTER_SDK_ROOT ?? REPO_ROOT;
    const { files, provenance } = await generateOutputs(root);

    for (const [relativePath, contents] of files) {
      await writeFileAtomic(join(root, relativePath), contents);
    }

    const existing = await readdir(join(root, GENERATED_DIR)).catch(() => [] as string[]);
    for (const name of existing) {
      if (!files.has(`${GENERATED_DIR}/${name}`)) await rm(join(root, GENERATED_DIR, name));
    }

    const summary = `document ${provenance.documentVersion}, ${provenance.generator}`;
    process.stdout.write(`generate: wrote ${files.size} files to ${GENERATED_DIR}/ (${summary})\n`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`generate: failed: ${reason}\n`);
    process.exitCode = 1;
  }
}

await main();
