/**
 * Builds the SDK's Layer 2 facade, `new Chaster({ token, baseUrl })`, and lists the locks
 * through it: Layer 1's request, then a `Lock` object per body.
 */
import type { BenchClient, ClientTarget } from './clients.js';
import {
  importLibrary,
  LIBRARY_ENTRY,
  readFunctionExport,
  type SkippedClient,
} from './library.js';

/** The part of the facade the benchmark uses. */
interface LocksLister {
  locks: { list(): Promise<unknown> };
}

type ChasterConstructor = new (options: { token: string; baseUrl: string }) => unknown;

const ID = 'layer2';
const LABEL = 'chaster-sdk Layer 2';

/**
 * Builds the facade with its defaults (retry and timeout on, as Layer 1), or explains why not.
 *
 * @param entry - module to load; the library's `src/index.ts` unless a test substitutes one.
 */
export async function loadLayer2Client(
  target: ClientTarget,
  entry: URL = LIBRARY_ENTRY,
): Promise<BenchClient | SkippedClient> {
  const imported = await importLibrary(entry);
  if ('reason' in imported) return skipped(imported.reason);

  const Chaster = readFunctionExport(imported.library, 'Chaster');
  if (Chaster === undefined) return skipped('src/index.ts does not export Chaster yet');

  const chaster = new (Chaster as ChasterConstructor)({
    token: target.token,
    baseUrl: target.baseUrl,
  });
  if (!isLocksLister(chaster)) return skipped('new Chaster() has no locks.list()');

  return { id: ID, label: LABEL, request: () => chaster.locks.list() };
}

function isLocksLister(chaster: unknown): chaster is LocksLister {
  if (typeof chaster !== 'object' || chaster === null) return false;

  const locks: unknown = (chaster as { locks?: unknown }).locks;
  return typeof locks === 'object' && locks !== null
    && typeof (locks as { list?: unknown }).list === 'function';
}

function skipped(reason: string): SkippedClient {
  return { id: ID, label: LABEL, reason };
}
