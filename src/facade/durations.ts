import { ChasterUsageError } from '../errors/index.js';

/**
 * A duration: a number of seconds, or parts that add up to one. Chaster counts lock time in
 * whole seconds, so the total must be a whole number.
 *
 * @example
 * ```ts
 * await lock.addTime({ hours: 1, minutes: 30 }); // 5400 seconds
 * await lock.addTime(600);
 * ```
 */
export type DurationInput = number | DurationParts;

/** A duration as days, hours, minutes and seconds; missing parts count as 0. */
export interface DurationParts {
  /** Whole or fractional days. */
  days?: number;

  /** Whole or fractional hours. */
  hours?: number;

  /** Whole or fractional minutes. */
  minutes?: number;

  /** Seconds. */
  seconds?: number;
}

const SECONDS_PER_PART: Readonly<Record<keyof DurationParts, number>> = {
  days: 86_400,
  hours: 3_600,
  minutes: 60,
  seconds: 1,
};

/**
 * Converts a {@link DurationInput} to seconds, refusing what Chaster could not take: a value that
 * is not a finite number, a negative part, an unknown part name (a typo such as `hour` would
 * otherwise count as nothing) or a total that is not a whole number of seconds.
 *
 * @param duration - Seconds, or `{ days, hours, minutes, seconds }`.
 * @param what - What the duration is, for the error message.
 * @returns The total in whole seconds, 0 or more.
 * @throws {ChasterUsageError} naming `what` and the reason.
 * @example
 * ```ts
 * toSeconds({ days: 1, hours: 2 }); // 93600
 * toSeconds(-5); // throws ChasterUsageError
 * ```
 */
export function toSeconds(duration: DurationInput, what = 'duration'): number {
  const total = typeof duration === 'number'
    ? checkPart(duration, 'seconds', what)
    : sumParts(duration, what);

  if (!Number.isInteger(total)) {
    throw new ChasterUsageError(`${what} must be a whole number of seconds, got ${total}`);
  }
  return total;
}

function sumParts(parts: unknown, what: string): number {
  if (typeof parts !== 'object' || parts === null) {
    throw new ChasterUsageError(
      `${what} must be a number of seconds or { days, hours, minutes, seconds }`,
    );
  }

  let total = 0;
  for (const [name, value] of Object.entries(parts)) {
    if (!(name in SECONDS_PER_PART)) {
      throw new ChasterUsageError(
        `${what} has an unknown part "${name}"; use days, hours, minutes or seconds`,
      );
    }

    const part = name as keyof DurationParts;
    if (value === undefined) continue;
    total += checkPart(value, part, what) * SECONDS_PER_PART[part];
  }

  // Fractional parts such as { hours: 0.1 } can land a hair off a whole second in floating point.
  const rounded = Math.round(total);
  return Math.abs(total - rounded) < 1e-6 ? rounded : total;
}

function checkPart(value: unknown, name: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ChasterUsageError(`${what} ${name} must be a finite number, got ${String(value)}`);
  }

  if (value < 0) {
    throw new ChasterUsageError(`${what} ${name} must not be negative, got ${value}`);
  }
  return value;
}
