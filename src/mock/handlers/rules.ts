/**
 * Validation rules shared by several handlers.
 */
import { isIn, isNumber, isObject, isString } from '../engine/validation.js';

/** One extension as a client configures it (`LockExtensionConfigDto`). */
export const EXTENSION_CONFIG_RULES = {
  slug: isString({ notEmpty: true }),
  config: isObject(),
  mode: isIn(['cumulative', 'non_cumulative', 'turn', 'unlimited'] as const),
  regularity: isNumber({ min: 0 }),
};
