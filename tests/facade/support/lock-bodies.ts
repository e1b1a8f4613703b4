import { readFileSync } from 'node:fs';
import type { LockExtension, LockForPublic } from '../../../src/facade/types.js';

/** Reads a captured body from `tests/fixtures/`, synchronously so that tables can use it. */
export function readFixture<T>(name: string): T {
  const url = new URL(`../../fixtures/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** The captured `GET /locks/{lockId}` body: a running self-lock worn by the caller. */
export const CAPTURED_LOCK = readFixture<LockForPublic>('GET_locks_lockId.json');

/** The id of {@link CAPTURED_LOCK}. */
export const LOCK_ID = CAPTURED_LOCK._id;

const CAPTURED_EXTENSION = readFixture<{ lock: LockForPublic }>(
  'GET_locks_lockId_extensions_extensionId.json',
).lock.extensions[0] as LockExtension;

/** The `_id` a built-in extension gets inside a lock built by {@link lockBody}. */
export function extensionIdOf(slug: string): string {
  return `ext-${slug}`;
}

/** An extension entry as Chaster lists it inside a lock, for the given slug. */
export function extensionEntry(slug: string): LockExtension {
  return { ...CAPTURED_EXTENSION, slug, _id: extensionIdOf(slug), config: {} };
}

/** Options of {@link lockBody}. */
export interface LockBodyOptions extends Partial<LockForPublic> {
  /** Slugs of the extensions the lock has; each gets the id `ext-<slug>`. */
  slugs?: string[];
}

/** The captured lock with the role, extensions and fields given. */
export function lockBody(options: LockBodyOptions = {}): LockForPublic {
  const { slugs = [], ...overrides } = options;
  return {
    ...structuredClone(CAPTURED_LOCK),
    extensions: slugs.map(extensionEntry),
    ...overrides,
  };
}
