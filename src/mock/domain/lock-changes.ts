/**
 * Changes to a lock that several ways in share (the lock routes, the extensions, timers), each
 * writing its history entry.
 */
import type { LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { describeTimeChange } from './durations.js';
import { appendLog } from './history.js';
import type { Actor } from './history.js';
import { endFreeze, shiftEndDate, startFreeze } from './lock-time.js';

/** Where a change came from, when an extension caused it. */
export interface ChangeOrigin {
  /** Slug of the extension that caused the change. */
  extension?: string;
}

/** Adds (positive) or removes (negative) seconds and writes a `time_changed` entry. */
export function changeTime(
  world: World,
  lock: LockRecord,
  seconds: number,
  actor: Actor,
  origin: ChangeOrigin = {},
): void {
  shiftEndDate(lock, seconds);

  appendLog(world, lock, {
    type: 'time_changed',
    actor,
    title: seconds >= 0 ? '%USER% added time' : '%USER% removed time',
    description: describeTimeChange(seconds),
    icon: 'clock',
    payload: { duration: seconds },
    ...origin,
  });
}

/** Freezes the lock and writes `lock_frozen`; returns `false` when it already was. */
export function freezeLock(
  world: World,
  lock: LockRecord,
  actor: Actor,
  origin: ChangeOrigin = {},
): boolean {
  if (lock.frozenAt !== null) return false;
  startFreeze(lock, world.clock.now());

  appendLog(world, lock, {
    type: 'lock_frozen',
    actor,
    title: '%USER% froze the lock',
    description: 'The timer is paused',
    icon: 'snowflake',
    ...origin,
  });
  return true;
}

/** Unfreezes the lock and writes `lock_unfrozen`; returns `false` when it was not frozen. */
export function unfreezeLock(
  world: World,
  lock: LockRecord,
  actor: Actor,
  origin: ChangeOrigin = {},
): boolean {
  if (lock.frozenAt === null) return false;
  endFreeze(lock, world.clock.now());

  appendLog(world, lock, {
    type: 'lock_unfrozen',
    actor,
    title: '%USER% unfroze the lock',
    description: 'The timer runs again',
    icon: 'sun',
    ...origin,
  });
  return true;
}

/** Ends the lock: status `unlocked`, any freeze folded in, an `unlocked` entry. */
export function unlockLock(world: World, lock: LockRecord, actor: Actor): void {
  const now = world.clock.now();

  endFreeze(lock, now);
  lock.status = 'unlocked';
  lock.unlockedAt = now;

  appendLog(world, lock, {
    type: 'unlocked',
    actor,
    title: '%USER% unlocked the lock',
    description: 'The lock has ended',
    icon: 'unlock',
  });
}
