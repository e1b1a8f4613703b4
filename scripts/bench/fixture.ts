/**
 * The `GET /locks` body served by the benchmark, built from the repository's captured example.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Locks in every benchmark response: enough that parsing JSON is a real share of the work. */
export const LOCKS_PER_RESPONSE = 20;

/** The captured `GET /locks` example inside the repository. */
export const DEFAULT_FIXTURE_PATH = fileURLToPath(
  new URL('../../tests/fixtures/GET_locks.json', import.meta.url),
);

/** Why a fixture could not be used, phrased as the one line the benchmark prints. */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
}

/**
 * Reads the captured locks and repeats them to {@link LOCKS_PER_RESPONSE} entries.
 *
 * @returns the UTF-8 bytes of the JSON array, computed once and served unchanged.
 * @throws {FixtureError} when the file is missing, is not JSON, or holds no lock objects.
 */
export async function loadLocksBody(path: string = DEFAULT_FIXTURE_PATH): Promise<Buffer> {
  const text = await readFixture(path);
  const captured = parseLocks(text, path);
  return Buffer.from(JSON.stringify(repeatLocks(captured, LOCKS_PER_RESPONSE)), 'utf8');
}

/** Repeats the given locks in order until the list holds `count` entries. */
export function repeatLocks(locks: readonly object[], count: number): object[] {
  if (locks.length === 0) throw new FixtureError('cannot repeat an empty list of locks');
  return Array.from({ length: count }, (_, index) => locks[index % locks.length] as object);
}

async function readFixture(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FixtureError(`lock fixture not readable (${code ?? 'error'}): ${path}`);
  }
}

function parseLocks(text: string, path: string): object[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FixtureError(`lock fixture is not JSON: ${path}`);
  }

  const isLockList = Array.isArray(parsed) && parsed.length > 0
    && parsed.every((item: unknown) => typeof item === 'object' && item !== null);
  if (!isLockList) {
    throw new FixtureError(`lock fixture is not a non-empty array of locks: ${path}`);
  }
  return parsed as object[];
}
