/**
 * File writes that never leave a half-written target behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `contents` to a temporary file beside `target`, then renames it over `target`.
 * A rename within one folder is atomic on POSIX file systems, so readers see the old bytes or
 * the new bytes, never a mix.
 */
export async function writeFileAtomic(target: string, contents: string): Promise<void> {
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

  await mkdir(folder, { recursive: true });

  try {
    await writeFile(temporary, contents, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
