/**
 * What the fake stores about shared locks: the templates keyholders publish, the favorites
 * users keep, and which lock was started from which shared lock. Dates are epoch ms, durations
 * seconds, as in the requests.
 */
import { forbidden, notFound } from '../../engine/http-error.js';
import type { LockRecord, UserRecord } from '../../world/records.js';
import { domainStore } from '../../world/world.js';
import type { World } from '../../world/world.js';
import type { SharedLockSettings } from './settings-input.js';

/** A shared lock: the settings a wearer's lock is started from, and its keyholder. */
export interface SharedLockRecord extends SharedLockSettings {
  readonly id: string;
  /** The keyholder who made it. */
  readonly creatorId: string;
  readonly createdAt: number;
  updatedAt: number;
  archivedAt: number | null;
}

/** A shared lock a user marked as favorite. Its id is the favorites list's keyset. */
export interface FavoriteRecord {
  readonly id: string;
  readonly userId: string;
  readonly sharedLockId: string;
  readonly createdAt: number;
}

/** Everything the fake keeps about shared locks. */
export interface SharedLockState {
  readonly sharedLocks: Map<string, SharedLockRecord>;
  /** Oldest first. */
  readonly favorites: FavoriteRecord[];
  /** The shared lock each lock was started from, by lock id. */
  readonly origins: Map<string, string>;
}

/** The shared-lock state of a world. */
export function sharedLockState(world: World): SharedLockState {
  return domainStore(world, 'social.sharedLocks', () => ({
    sharedLocks: new Map<string, SharedLockRecord>(),
    favorites: [],
    origins: new Map<string, string>(),
  }));
}

/** The shared lock with that id, archived or not, or a 404. */
export function requireSharedLock(world: World, sharedLockId: string): SharedLockRecord {
  const sharedLock = sharedLockState(world).sharedLocks.get(sharedLockId);
  if (sharedLock === undefined) throw notFound('Shared lock not found');
  return sharedLock;
}

/** A shared lock wearers may still see and join: archived ones answer 404. */
export function requireOpenSharedLock(world: World, sharedLockId: string): SharedLockRecord {
  const sharedLock = requireSharedLock(world, sharedLockId);
  if (sharedLock.archivedAt !== null) throw notFound('Shared lock not found');
  return sharedLock;
}

/** A shared lock `user` made, or a 404 (unknown) or 403 (someone else's). */
export function requireOwnSharedLock(
  world: World,
  sharedLockId: string,
  user: UserRecord,
): SharedLockRecord {
  const sharedLock = requireSharedLock(world, sharedLockId);
  if (sharedLock.creatorId !== user.id) throw forbidden();
  return sharedLock;
}

/** The shared lock a lock was started from, if any. */
export function originOf(world: World, lock: LockRecord): SharedLockRecord | undefined {
  const { origins, sharedLocks } = sharedLockState(world);
  const sharedLockId = origins.get(lock.id);
  return sharedLockId === undefined ? undefined : sharedLocks.get(sharedLockId);
}

/** The locks started from a shared lock that are still running. */
export function runningLocksOf(world: World, sharedLock: SharedLockRecord): LockRecord[] {
  const { origins } = sharedLockState(world);

  return [...world.locks.values()].filter(
    (lock) => lock.status === 'locked' && origins.get(lock.id) === sharedLock.id,
  );
}
