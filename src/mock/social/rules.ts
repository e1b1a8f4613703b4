/**
 * Validation rules the social routes share, beyond the engine's own.
 */
import type { Rule } from '../engine/validation.js';

/** A list of strings, worded like class-validator's `@IsString({ each: true })`. */
export function isStringList(): Rule<string[]> {
  return {
    check(value, property) {
      if (!Array.isArray(value)) return [`${property} must be an array`];

      return value.every((item) => typeof item === 'string')
        ? []
        : [`each value in ${property} must be a string`];
    },
  };
}
