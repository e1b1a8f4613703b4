/**
 * Penalty habits through the Extensions API. Recurring habits are the penalty extension's own
 * (`incrementHabit` counts towards their ongoing period). Time-limit habits run here: in the
 * lock's penalty config they read
 *
 * ```json
 * { "habitName": "send-picture", "type": "time_limit", "timeLimit": 7200, "nbActions": 1,
 *   "punishments": [{ "name": "add_time", "params": 3600 }] }
 * ```
 *
 * `time-limit/create` opens a period of `timeLimit` seconds of virtual time; reaching
 * `nbActions` (default 1) increments validates it at once; otherwise its punishments run when
 * it ends (the lock actions `add_time`, `remove_time`, `freeze`, `unfreeze`, `toggle_freeze`,
 * `pillory`). Such periods are not listed by the penalty-session routes.
 */
import { badRequest, MockHttpError } from '../engine/http-error.js';
import { incrementHabit } from '../extensions/penalty.js';
import { recordsSetting } from '../extensions/settings.js';
import type { LockRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';
import { requireBuiltIn } from './built-ins.js';
import { readLockAction, runLockAction } from './lock-actions.js';

/** One time-limit period of one habit on one lock. */
export interface TimeLimitPeriod {
  readonly habitName: string;
  readonly lockId: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly nbActionsRequired: number;
  nbActionsDone: number;
  status: 'ongoing' | 'validated' | 'punished' | 'cancelled';
  /** The scheduler's timer that ends the period. */
  timerId: number;
}

const SLUG = 'penalty';

function periods(world: World): TimeLimitPeriod[] {
  return domainStore(world, 'partner-time-limits', () => [] as TimeLimitPeriod[]);
}

function habitConfig(lock: LockRecord, habitName: string): Record<string, unknown> {
  const party = requireBuiltIn(lock, SLUG);
  const habit = recordsSetting(party.config, 'penalties')
    .find((item) => item.habitName === habitName);
  if (habit === undefined) throw badRequest(`The habit ${habitName} is not configured`);
  return habit;
}

function ongoing(world: World, lock: LockRecord, habitName: string) {
  return periods(world).find((period) =>
    period.lockId === lock.id && period.habitName === habitName && period.status === 'ongoing');
}

function punish(world: World, lock: LockRecord, habit: Record<string, unknown>): void {
  for (const punishment of recordsSetting(habit, 'punishments')) {
    try {
      runLockAction(world, lock, readLockAction(punishment), { extension: SLUG });
    } catch (error) {
      // A malformed punishment in a keyholder's config is skipped, not fatal to the others.
      if (!(error instanceof MockHttpError)) throw error;
    }
  }
}

/** Counts actions towards a habit's ongoing periods, recurring and time-limit alike. */
export function incrementPenalty(
  world: World,
  lock: LockRecord,
  habitName: string,
  count: number,
): void {
  habitConfig(lock, habitName);
  incrementHabit(lock, habitName, count);

  const period = ongoing(world, lock, habitName);
  if (period === undefined) return;
  period.nbActionsDone += count;
  if (period.nbActionsDone < period.nbActionsRequired) return;

  period.status = 'validated';
  world.scheduler.cancel(period.timerId);
}

/** Opens a time-limit period; 400 for a recurring habit or one already running. */
export function createTimeLimit(world: World, lock: LockRecord, habitName: string): void {
  const habit = habitConfig(lock, habitName);
  const seconds = habit.timeLimit;
  if (habit.type !== 'time_limit' || typeof seconds !== 'number' || seconds <= 0) {
    throw badRequest(`The habit ${habitName} is not a time-limit habit`);
  }
  if (ongoing(world, lock, habitName)) throw badRequest('A time limit is already running');

  const startsAt = world.clock.now();
  const period: TimeLimitPeriod = {
    habitName,
    lockId: lock.id,
    startsAt,
    endsAt: startsAt + seconds * 1000,
    nbActionsRequired: typeof habit.nbActions === 'number' ? habit.nbActions : 1,
    nbActionsDone: 0,
    status: 'ongoing',
    timerId: 0,
  };
  periods(world).push(period);

  period.timerId = world.scheduler.schedule(period.endsAt, `time limit ${habitName} ends`, () => {
    const active = lock.status === 'locked' && lock.extensions.some((p) => p.slug === SLUG);
    period.status = active ? 'punished' : 'cancelled';
    if (active) punish(world, lock, habit);
  });
}

/** Cancels the habit's running time limit; 400 when none runs. */
export function cancelTimeLimit(world: World, lock: LockRecord, habitName: string): void {
  habitConfig(lock, habitName);

  const period = ongoing(world, lock, habitName);
  if (period === undefined) throw badRequest('No time limit is running for this habit');
  period.status = 'cancelled';
  world.scheduler.cancel(period.timerId);
}

/** Every time-limit period of a lock, oldest first, for tests and inspection. */
export function timeLimitPeriods(world: World, lockId: string): readonly TimeLimitPeriod[] {
  return periods(world).filter((period) => period.lockId === lockId);
}
