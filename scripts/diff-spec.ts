/**
 * `npm run spec:diff -- <old.json> <new.json>`
 *
 * Prints the caller-facing change report between two OpenAPI documents. Exits 0 whatever the
 * differences; exits 1 with one line when an input cannot be read.
 */
import { readFile } from 'node:fs/promises';

import { diffSpecs, formatSpecDiff } from './lib/spec-diff.js';

async function readDocument(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read ${path}: ${reason.replace(/\s+/g, ' ')}`, { cause: error });
  }
}

async function main(): Promise<void> {
  const [oldPath, newPath] = process.argv.slice(2);

  try {
    if (oldPath === undefined || newPath === undefined) {
      throw new Error('usage: spec:diff <old.json> <new.json>');
    }

    const [before, after] = await Promise.all([readDocument(oldPath), readDocument(newPath)]);
    process.stdout.write(formatSpecDiff(diffSpecs(before, after)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`spec:diff: ${reason}\n`);
    process.exitCode = 1;
  }
}

await main();
