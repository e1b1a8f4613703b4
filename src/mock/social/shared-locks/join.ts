/**
 * Starting a lock from a shared lock (`POST /public-locks/{sharedLockId}/create-lock`): the
 * wearer brings a combination, the shared lock's creator becomes the keyholder, and the timer
 * is drawn within the shared lock's durations (or dates).
 */
import { requireOwnCombination } from '../../domain/combinations.js';
import { checkExtensionLimit } from '../../domain/extension-parties.js';
import { insertLock } from '../../domain/lock-creation.js';
import { badRequest, forbidden } from '../../engine/http-error.js';
import type { LockRecord, UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { requireCanInteract } from '../blocks.js';
import { isFull } from './join-rules.js';
import { sharedLockState } from './records.js';
import type { SharedLockRecord } from './records.js';

/** What the wearer sends (`CreateLockFromSharedLockDto`). */
export interface JoinInput {
  combinationId: string;
  isTestLock?: boolean | undefined;
  password?: string | undefined;
}

function requireMayJoin(world: World, sharedLock: SharedLockRecord, wearer: UserRecord): void {
  const creator = world.users.get(sharedLock.creatorId);
  if (creator === undefined || creator.id === wearer.id) {
    throw forbidden('You cannot join your own shared lock');
  }
  requireCanInteract(world, wearer, creator);

  if (isFull(world, sharedLock)) throw badRequest('The shared lock is full');
  checkExtensionLimit(world, wearer, sharedLock.extensions);

  const running = [...world.locks.values()].filter(
    (lock) => lock.wearerId === wearer.id && lock.status === 'locked',
  );
  if (!wearer.isPremium && running.length >= world.plan.nonPremiumMaxLocks) {
    const max = world.plan.nonPremiumMaxLocks;
    throw badRequest(`You cannot run more than ${max} locks without Premium`);
  }
}

/** The end date and its bounds, epoch ms: between two dates, or two durations from now. */
function timing(world: World, sharedLock: SharedLockRecord, now: number) {
  const { minDate, maxDate } = sharedLock;

  if (minDate !== null && maxDate !== null) {
    const earliest = Math.max(now, minDate);
    const latest = Math.max(earliest, maxDate);
    return { minDate: earliest, maxDate: latest, endsAt: world.random.int(earliest, latest) };
  }

  const seconds = world.random.int(
    Math.ceil(sharedLock.minDuration),
    Math.floor(sharedLock.maxDuration),
  );
  return {
    minDate: now + sharedLock.minDuration * 1000,
    maxDate: now + sharedLock.maxDuration * 1000,
    endsAt: now + seconds * 1000,
  };
}

function maxLimitDateOf(sharedLock: SharedLockRecord, now: number): number | null {
  if (!sharedLock.limitLockTime) return null;
  if (sharedLock.maxLimitDuration !== null) return now + sharedLock.maxLimitDuration * 1000;
  return sharedLock.maxLimitDate;
}

/**
 * Starts `wearer`'s lock from the shared lock, or throws: 403 for its creator, a blocked user
 * or a wrong password; 404 for a combination that is not the wearer's; 400 when the shared
 * lock is full or the free plan's limits stand in the way.
 */
export function joinSharedLock(
  world: World,
  sharedLock: SharedLockRecord,
  wearer: UserRecord,
  input: JoinInput,
): LockRecord {
  const now = world.clock.now();
  requireMayJoin(world, sharedLock, wearer);
  if (sharedLock.password !== null && input.password !== sharedLock.password) {
    throw forbidden('Invalid password');
  }
  const combination = requireOwnCombination(world, input.combinationId, wearer);
  const creator = world.users.get(sharedLock.creatorId) ?? null;

  const lock = insertLock(world, {
    wearer,
    keyholder: creator,
    title: sharedLock.name,
    startDate: now,
    ...timing(world, sharedLock, now),
    maxLimitDate: maxLimitDateOf(sharedLock, now),
    displayRemainingTime: sharedLock.displayRemainingTime,
    hideTimeLogs: sharedLock.hideTimeLogs,
    isTestLock: input.isTestLock ?? false,
    allowSessionOffer: false,
    combinationId: combination.id,
    extensions: sharedLock.extensions.map((extension) => structuredClone(extension)),
    frozen: false,
  });

  sharedLockState(world).origins.set(lock.id, sharedLock.id);
  return lock;
}
