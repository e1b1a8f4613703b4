/**
 * Body rules the Extensions API adds to the engine's: session metadata, habit names and actors,
 * worded like class-validator's messages.
 */
import { isArray, isIn, isNumber, isString, optional } from '../engine/validation.js';
import type { Rule } from '../engine/validation.js';
import type { PartnerMetadataRecord } from './records.js';

/** Who acts in the actor-based endpoints. */
export type PartnerActor = 'wearer' | 'keyholder' | 'extension';

const HOME_ACTION_RULES = {
  slug: isString(),
  title: isString(),
  description: isString(),
  icon: isString(),
  badge: optional(isString()),
};

const HABIT_NAME = /^[a-z0-9_-]{1,20}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array of strings. */
export function isStringList(): Rule<string[]> {
  return {
    check(value, property) {
      if (!Array.isArray(value)) return [`${property} must be an array`];
      return value.some((item) => typeof item !== 'string')
        ? [`each value in ${property} must be a string`]
        : [];
    },
  };
}

/** Session metadata: `{ reasonsPreventingUnlocking: string[], homeActions: HomeAction[] }`. */
export function isMetadata(): Rule<PartnerMetadataRecord> {
  return {
    check(value, property) {
      if (!isPlainObject(value)) return [`${property} must be an object`];

      return [
        ...isStringList().check(value.reasonsPreventingUnlocking,
          `${property}.reasonsPreventingUnlocking`),
        ...isArray(HOME_ACTION_RULES).check(value.homeActions, `${property}.homeActions`),
      ];
    },
  };
}

/** A habit name: 1 to 20 characters of `[a-z0-9_-]`. */
export function isHabitName(): Rule<string> {
  return {
    check: (value, property) =>
      typeof value === 'string' && HABIT_NAME.test(value)
        ? []
        : [`${property} must match ${String(HABIT_NAME)} regular expression`],
  };
}

/**
 * A timed task's duration: 60 to 86400 seconds, or 0 for a task that is not timed (Chaster's
 * guide sends `duration: 0` in its example of an untimed task).
 */
export function isTaskDuration(): Rule<number> {
  const range = isNumber({ min: 60, max: 86_400 });
  return { check: (value, property) => (value === 0 ? [] : range.check(value, property)) };
}

/** `wearer`, `keyholder` or `extension`. */
export function isActor(): Rule<PartnerActor> {
  return isIn(['wearer', 'keyholder', 'extension'] as const);
}
