/**
 * Lock time arithmetic. A lock stores the end date without the freeze in progress; while frozen
 * the end moves forward with the clock, so the remaining time stays put. The max limit date
 * caps the end date the lock reports: time added past it is kept, but the lock still ends at
 * the cap.
 */
import type { LockRecord } from '../world/records.js';

/** Whether the lock is frozen right now. */
export function isFrozen(lock: LockRecord): boolean {
  return lock.frozenAt !== null;
}

/** The end date as of `now`, epoch ms, with the freeze in progress and the max limit applied. */
export function effectiveEndDate(lock: LockRecord, now: number): number {
  const frozenFor = lock.frozenAt === null ? 0 : Math.max(0, now - lock.frozenAt);
  const end = lock.endsAt + frozenFor;

  return lock.maxLimitDate === null ? end : Math.min(end, lock.maxLimitDate);
}

/** Milliseconds left on the timer as of `now`; 0 once the time is up. */
export function remainingMs(lock: LockRecord, now: number): number {
  return Math.max(0, effectiveEndDate(lock, now) - now);
}

/** Milliseconds spent frozen in total, the freeze in progress included. */
export function totalFrozenMs(lock: LockRecord, now: number): number {
  const current = lock.frozenAt === null ? 0 : Math.max(0, now - lock.frozenAt);
  return lock.frozenTotalMs + current;
}

/** Milliseconds since the lock started, stopping when it was unlocked. */
export function totalDurationMs(lock: LockRecord, now: number): number {
  return Math.max(0, (lock.unlockedAt ?? now) - lock.startDate);
}

/** Whether the max limit date has passed, which frees the wearer whatever the timer says. */
export function isPastMaxLimit(lock: LockRecord, now: number): boolean {
  return lock.maxLimitDate !== null && now >= lock.maxLimitDate;
}

/** Whether the timer has run out (a frozen timer never runs out). */
export function isTimeUp(lock: LockRecord, now: number): boolean {
  return !isFrozen(lock) && now >= effectiveEndDate(lock, now);
}

/** Adds (positive) or removes (negative) seconds from the timer. */
export function shiftEndDate(lock: LockRecord, seconds: number): void {
  lock.endsAt += seconds * 1000;
}

/** Starts a freeze at `now`; does nothing when already frozen. */
export function startFreeze(lock: LockRecord, now: number): void {
  if (lock.frozenAt === null) lock.frozenAt = now;
}

/** Ends the freeze at `now`, pushing the end date back by the time spent frozen. */
export function endFreeze(lock: LockRecord, now: number): void {
  if (lock.frozenAt === null) return;

  const frozenFor = Math.max(0, now - lock.frozenAt);
  lock.endsAt += frozenFor;
  lock.frozenTotalMs += frozenFor;
  lock.frozenAt = null;
}
