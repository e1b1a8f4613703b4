/**
 * Loads the SDK's Layer 1 client when the library provides it.
 *
 * The import is dynamic and its result narrowed from `unknown`, so the benchmark keeps compiling
 * and running while `src/index.ts` is still being written; the row appears once it exports
 * `createChasterClient`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchClient, ClientTarget } from './clients.js';

const LIBRARY_ENTRY = new URL('../../src/index.ts', import.meta.url);

/** The client could not be built; `reason` is the one line the report prints instead of a row. */
export interface SkippedClient {
  id: string;
  label: string;
  reason: string;
}

/** The part of a Layer 1 client the benchmark uses. */
interface LocksGetter {
  GET(path: '/locks'): Promise<{ data?: unknown; error?: unknown }>;
}

type ClientFactory = (options: { token: string; baseUrl: string }) => unknown;

const ID = 'layer1';
const LABEL = 'chaster-sdk Layer 1';

/**
 * Builds the Layer 1 client with its defaults (retry and timeout on), or explains why not.
 *
 * @param entry - module to load; the library's `src/index.ts` unless a test substitutes one.
 */
export async function loadLayer1Client(
  target: ClientTarget,
  entry: URL = LIBRARY_ENTRY,
): Promise<BenchClient | SkippedClient> {
  if (!existsSync(fileURLToPath(entry))) {
    return skipped('src/index.ts does not exist yet');
  }

  let library: unknown;
  try {
    library = await import(entry.href);
  } catch (error) {
    return skipped(`src/index.ts failed to load: ${firstLine(error)}`);
  }

  const factory = readFactory(library);
  if (factory === undefined) return skipped('src/index.ts does not export createChasterClient yet');

  const client = factory({ token: target.token, baseUrl: target.baseUrl });
  if (!isLocksGetter(client)) {
    return skipped('createChasterClient did not return a client with GET');
  }

  return {
    id: ID,
    label: LABEL,
    request: async () => {
      const { data, error } = await client.GET('/locks');
      if (error !== undefined) throw new Error('Layer 1 answered with an error body');
      return data;
    },
  };
}

/** Tells a loaded client from a skipped one. */
export function isSkipped(client: BenchClient | SkippedClient): client is SkippedClient {
  return 'reason' in client;
}

function readFactory(library: unknown): ClientFactory | undefined {
  if (typeof library !== 'object' || library === null) return undefined;

  const candidate = (library as { createChasterClient?: unknown }).createChasterClient;
  return typeof candidate === 'function' ? (candidate as ClientFactory) : undefined;
}

function isLocksGetter(client: unknown): client is LocksGetter {
  return typeof client === 'object' && client !== null
    && typeof (client as { GET?: unknown }).GET === 'function';
}

function skipped(reason: string): SkippedClient {
  return { id: ID, label: LABEL, reason };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
