/**
 * Checks made before an Extensions API request is sent, so that an input Chaster would refuse
 * fails at once with a message naming it, and costs no request against the rate limit.
 *
 * @module
 */
import { ChasterUsageError } from '../../errors/index.js';
import type { SessionActor } from './partner-types.js';

/** Chaster's rule for penalty habit names (Extensions API documentation). */
const HABIT_NAME = /^[a-z0-9_-]{1,20}$/;

/** The bounds of a timed task's duration, in seconds (Extensions API documentation). */
export const TASK_DURATION_SECONDS = { min: 60, max: 86_400 } as const;

const ACTORS: ReadonlySet<string> = new Set<SessionActor>(['wearer', 'keyholder', 'extension']);

/**
 * Refuses an id or token that is not a non-empty string. Its shape is not checked: session ids
 * are not all 24-hex ObjectIds.
 */
export function requireId(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new ChasterUsageError(`${name} must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

/** Refuses a habit name Chaster would refuse: 1 to 20 characters of `a-z`, `0-9`, `_`, `-`. */
export function assertHabitName(habitName: unknown): asserts habitName is string {
  if (typeof habitName !== 'string' || !HABIT_NAME.test(habitName)) {
    throw new ChasterUsageError(
      `habitName must be 1 to 20 characters of a-z, 0-9, _ and -, got ${describe(habitName)}`,
    );
  }
}

/** Refuses a penalty count that is not a positive integer. */
export function assertCount(count: unknown): asserts count is number {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new ChasterUsageError(`count must be a positive integer, got ${describe(count)}`);
  }
}

/** Refuses a timed task's duration outside 60–86400 whole seconds. */
export function assertTaskDuration(seconds: number): void {
  const { min, max } = TASK_DURATION_SECONDS;

  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    throw new ChasterUsageError(
      `A timed task lasts ${min} to ${max} whole seconds, got ${describe(seconds)}`,
    );
  }
}

/** Refuses an actor other than `wearer`, `keyholder` or `extension`. */
export function assertActor(actor: unknown): asserts actor is SessionActor {
  if (typeof actor !== 'string' || !ACTORS.has(actor)) {
    throw new ChasterUsageError(
      `actor must be 'wearer', 'keyholder' or 'extension', got ${describe(actor)}`,
    );
  }
}

/** Refuses a value that is not a boolean, naming the option. */
export function assertBoolean(name: string, value: unknown): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throw new ChasterUsageError(`${name} must be true or false, got ${describe(value)}`);
  }
}

/** Refuses a value that is not a finite number, naming the option. */
export function assertFiniteNumber(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ChasterUsageError(`${name} must be a finite number, got ${describe(value)}`);
  }
}

/** Refuses text that is missing or blank, naming the option. */
export function assertText(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ChasterUsageError(`${name} must be a non-empty string, got ${describe(value)}`);
  }
}

/** Refuses a value that is not a plain object (an array or `null` included), naming it. */
export function assertRecord(name: string, value: unknown): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ChasterUsageError(`${name} must be an object, got ${describe(value)}`);
  }
}

/** Shows a refused value briefly: long strings are cut so a message stays one line. */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}
