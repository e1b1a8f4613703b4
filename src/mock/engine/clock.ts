/**
 * The fake Chaster's virtual clock. It never moves on its own: tests move it, and timers due on
 * the way run at their own moment.
 */
import type { Scheduler } from './scheduler.js';

/** A date the clock accepts: a `Date`, epoch milliseconds or an ISO-8601 string. */
export type DateInput = Date | number | string;

/** Virtual time, in epoch milliseconds. */
export interface VirtualClock {
  /** The current virtual time in epoch milliseconds. */
  now(): number;

  /**
   * Moves time forward by `ms`, running every timer that falls due on the way at its own
   * moment (a pillory vote ending, a penalty period closing).
   *
   * @example
   * ```ts
   * mock.clock.advance(60 * 60 * 1000); // one hour later
   * ```
   */
  advance(ms: number): void;

  /**
   * Jumps to a date. Moving forward runs due timers like {@link VirtualClock.advance}; moving
   * back runs nothing, and timers already run stay run.
   */
  set(date: DateInput): void;
}

/** Reads a {@link DateInput} as epoch milliseconds; throws on an unreadable date. */
export function toEpochMs(date: DateInput): number {
  let ms: number;
  if (date instanceof Date) ms = date.getTime();
  else ms = typeof date === 'number' ? date : Date.parse(date);

  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid date: ${String(date)}`);
  return ms;
}

/** Builds a clock that starts at `startMs` and runs the scheduler's timers as it moves. */
export function createVirtualClock(startMs: number, scheduler: Scheduler): VirtualClock {
  let current = startMs;

  function moveTo(target: number): void {
    // Each timer sees the clock at its own due time, so what it writes is dated correctly.
    for (let timer = scheduler.takeDue(target); timer; timer = scheduler.takeDue(target)) {
      current = Math.max(current, timer.dueAt);
      timer.run();
    }

    current = target;
  }

  return {
    now: () => current,

    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`The clock only moves forward by a finite amount, not ${ms}`);
      }
      moveTo(current + ms);
    },

    set(date) {
      const target = toEpochMs(date);
      if (target >= current) moveTo(target);
      else current = target;
    },
  };
}
