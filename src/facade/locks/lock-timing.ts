import type { LockData } from '../types.js';

/** The fields of a lock body the timer arithmetic reads. */
export type LockTimerFields = Pick<LockData, 'endDate' | 'frozenAt' | 'isFrozen' | 'status'>;

/** A moment: a `Date` or epoch milliseconds. Injectable so that callers and tests fix the clock. */
export type Clock = Date | number;

/** Options of the time helpers of a lock. */
export interface TimeOptions {
  /**
   * The moment to compute against.
   * @default new Date()
   */
  now?: Clock;
}

/**
 * The lock's remaining time in milliseconds, or `null` when it cannot be known.
 *
 * A frozen lock does not count down, so its remaining time is what was left when it froze
 * (`endDate - frozenAt`). A hidden timer reaches the wearer as `endDate: null`: that is unknown,
 * never zero. A lock that is no longer locked has nothing left.
 *
 * @example
 * ```ts
 * remainingTime(lock.data, { now: Date.parse('2024-01-12T01:00:00Z') }); // 5921000
 * ```
 */
export function remainingTime(lock: LockTimerFields, options: TimeOptions = {}): number | null {
  if (lock.status !== 'locked') return 0;

  const end = parseDate(lock.endDate);
  if (end === null) return null;

  const from = lock.isFrozen ? parseDate(lock.frozenAt) : toEpoch(options.now);
  if (from === null) return null;

  return Math.max(0, end - from);
}

/**
 * When the lock's timer ends, or `null` when unknown. A frozen lock's end keeps moving while it
 * stays frozen, so it is `now + remaining`, true only at `now`.
 *
 * @example
 * ```ts
 * endsAt(lock.data)?.toISOString();
 * ```
 */
export function endsAt(lock: LockTimerFields, options: TimeOptions = {}): Date | null {
  if (!lock.isFrozen || lock.status !== 'locked') {
    const end = parseDate(lock.endDate);
    return end === null ? null : new Date(end);
  }

  const remaining = remainingTime(lock, options);
  return remaining === null ? null : new Date(toEpoch(options.now) + remaining);
}

/**
 * Whether the timer has run out: `true` or `false`, or `null` when the timer is hidden. This is
 * the timer alone; extensions and keyholders can still keep a lock from opening (see the lock's
 * `canBeUnlocked`, the server's verdict when the lock was read).
 *
 * @example
 * ```ts
 * if (isTimerDone(lock.data) === true) await lock.unlock();
 * ```
 */
export function isTimerDone(lock: LockTimerFields, options: TimeOptions = {}): boolean | null {
  const remaining = remainingTime(lock, options);
  return remaining === null ? null : remaining === 0;
}

/** Reads an ISO date; `null` for a missing or unreadable one. */
function parseDate(value: string | null | undefined): number | null {
  if (typeof value !== 'string') return null;

  const epoch = Date.parse(value);
  return Number.isNaN(epoch) ? null : epoch;
}

function toEpoch(clock: Clock | undefined): number {
  if (clock === undefined) return Date.now();
  return typeof clock === 'number' ? clock : clock.getTime();
}
