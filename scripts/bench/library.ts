/**
 * Loads the library under measurement for the rows that drive it.
 *
 * The import is dynamic and its result stays `unknown` until a row narrows it, so the benchmark
 * keeps compiling and running while `src/index.ts` is half written; such a row is skipped with
 * one line saying why.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The library's entry inside the repository. */
export const LIBRARY_ENTRY = new URL('../../src/index.ts', import.meta.url);

/** The client could not be built; `reason` is the one line the report prints instead of a row. */
export interface SkippedClient {
  id: string;
  label: string;
  reason: string;
}

/** What importing the entry gave: the module namespace, or why there is none. */
export type ImportedLibrary = { library: unknown } | { reason: string };

/**
 * Imports `entry` without letting a missing or broken file stop the benchmark.
 *
 * @param entry - module to load; the library's `src/index.ts` unless a test substitutes one.
 */
export async function importLibrary(entry: URL = LIBRARY_ENTRY): Promise<ImportedLibrary> {
  if (!existsSync(fileURLToPath(entry))) return { reason: 'src/index.ts does not exist yet' };

  try {
    return { library: await import(entry.href) };
  } catch (error) {
    return { reason: `src/index.ts failed to load: ${firstLine(error)}` };
  }
}

/** The export called `name` when it is a function, else `undefined`. */
export function readFunctionExport(library: unknown, name: string): Function | undefined {
  if (typeof library !== 'object' || library === null) return undefined;

  const candidate: unknown = (library as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? candidate : undefined;
}

/** Tells a loaded client from a skipped one. */
export function isSkipped(client: object): client is SkippedClient {
  return 'reason' in client;
}

/** The first line of an error's message, for one-line reports. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
