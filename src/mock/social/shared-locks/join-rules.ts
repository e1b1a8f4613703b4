/**
 * Whether a viewer may start a lock from a shared lock, as `joinRules` reports it and as
 * `POST /public-locks/{id}/create-lock` enforces it.
 */
import type { components } from '../../../../generated/chaster.js';
import { catalogEntry } from '../../domain/catalog.js';
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { runningLocksOf } from './records.js';
import type { SharedLockRecord } from './records.js';

type PublicLockJoinRules = components['schemas']['PublicLockJoinRules'];

/** Whether every place is taken: as many running locks as `maxLockedUsers`. */
export function isFull(world: World, sharedLock: SharedLockRecord): boolean {
  const max = sharedLock.maxLockedUsers;
  return max !== null && runningLocksOf(world, sharedLock).length >= max;
}

/** Whether the shared lock has more counted extensions than a free `viewer` may run. */
export function exceedsExtensionLimit(
  world: World,
  sharedLock: SharedLockRecord,
  viewer: UserRecord | undefined,
): boolean {
  if (viewer === undefined || viewer.isPremium) return false;

  const counted = sharedLock.extensions.filter(
    (extension) => catalogEntry(extension.slug)?.isCountedInExtensionsLimit,
  );
  return counted.length > world.plan.nonPremiumMaxExtensions;
}

/**
 * The join rules for `viewer` (anonymous visitors get the rules that do not depend on who
 * joins). The fake's catalog has no Premium-only or disabled extension, so those two flags are
 * always false.
 */
export function joinRulesFor(
  world: World,
  sharedLock: SharedLockRecord,
  viewer: UserRecord | undefined,
): PublicLockJoinRules {
  const exceeds = exceedsExtensionLimit(world, sharedLock, viewer);
  const isCreator = viewer?.id === sharedLock.creatorId;

  return {
    canBeJoined: sharedLock.archivedAt === null && !exceeds && !isCreator
      && !isFull(world, sharedLock),
    containsPremiumExtension: false,
    exceedsExtensionLimit: exceeds,
    oneOfExtensionsDisabled: false,
  };
}
