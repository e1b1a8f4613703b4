/**
 * Builds the SDK's Layer 1 client when the library provides it; the row appears once
 * `src/index.ts` exports `createChasterClient`.
 */
import type { BenchClient, ClientTarget } from './clients.js';
import {
  importLibrary,
  LIBRARY_ENTRY,
  readFunctionExport,
  type SkippedClient,
} from './library.js';

export { isSkipped, type SkippedClient } from './library.js';

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
  const imported = await importLibrary(entry);
  if ('reason' in imported) return skipped(imported.reason);

  const factory = readFunctionExport(imported.library, 'createChasterClient');
  if (factory === undefined) return skipped('src/index.ts does not export createChasterClient yet');

  const client = (factory as ClientFactory)({ token: target.token, baseUrl: target.baseUrl });
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

function isLocksGetter(client: unknown): client is LocksGetter {
  return typeof client === 'object' && client !== null
    && typeof (client as { GET?: unknown }).GET === 'function';
}

function skipped(reason: string): SkippedClient {
  return { id: ID, label: LABEL, reason };
}
