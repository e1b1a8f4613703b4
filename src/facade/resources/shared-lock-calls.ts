import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import type { SharedLockData, SharedLockSettings } from './schemas.js';

// The calls on one shared lock, shared by the collection (by id) and the SharedLock object, so
// that neither module has to import the other. Callers check the id first.

/** Reads one of the caller's shared locks. */
export async function readSharedLock(
  context: FacadeContext,
  sharedLockId: string,
  options: SignalOptions,
): Promise<SharedLockData> {
  const sharedLock = unwrap(await context.client.GET('/shared-locks/{sharedLockId}', {
    params: { path: { sharedLockId } },
    signal: options.signal,
  }));
  return sharedLock;
}

/** Replaces a shared lock's settings. */
export async function updateSharedLock(
  context: FacadeContext,
  sharedLockId: string,
  settings: SharedLockSettings,
  options: SignalOptions,
): Promise<void> {
  unwrap(await context.client.PUT('/shared-locks/{sharedLockId}', {
    params: { path: { sharedLockId } },
    body: settings,
    signal: options.signal,
  }));
}

/** Archives a shared lock: no one can join it any more. */
export async function archiveSharedLock(
  context: FacadeContext,
  sharedLockId: string,
  options: SignalOptions,
): Promise<void> {
  unwrap(await context.client.POST('/shared-locks/{sharedLockId}/archive', {
    params: { path: { sharedLockId } },
    signal: options.signal,
  }));
}

/** Adds a shared lock to the caller's favorites, or removes it. */
export async function setFavorite(
  context: FacadeContext,
  sharedLockId: string,
  favorite: boolean,
  options: SignalOptions,
): Promise<void> {
  const init = { params: { path: { sharedLockId } }, signal: options.signal };

  unwrap(favorite
    ? await context.client.PUT('/shared-locks/{sharedLockId}/favorite', init)
    : await context.client.DELETE('/shared-locks/{sharedLockId}/favorite', init));
}

/** Tells whether a shared lock is among the caller's favorites. */
export async function readFavorite(
  context: FacadeContext,
  sharedLockId: string,
  options: SignalOptions,
): Promise<boolean> {
  const answer = unwrap(await context.client.GET('/shared-locks/{sharedLockId}/favorite', {
    params: { path: { sharedLockId } },
    signal: options.signal,
  }));
  return answer.favorite;
}
