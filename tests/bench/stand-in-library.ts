import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Writes a stand-in for the library under test into `folder` and gives its URL, for the
 * benchmark's dynamic loaders to import instead of `src/index.ts`.
 */
export async function writeStandInLibrary(
  folder: string,
  name: string,
  source: string,
): Promise<URL> {
  const path = join(folder, name);
  await writeFile(path, source);
  return pathToFileURL(path);
}
