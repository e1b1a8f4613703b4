/**
 * The body of `POST /shared-locks` and `PUT /shared-locks/{id}` (`CreateUpdateSharedLockDto`):
 * its class-validator rules and the checks between fields. The document's DTO has no
 * `extensions`; the fake also accepts them, as the shared locks Chaster sends carry some.
 */
import { checkExtensionConfigs } from '../../domain/extension-parties.js';
import type { ExtensionConfigInput } from '../../domain/extension-parties.js';
import { badRequest } from '../../engine/http-error.js';
import { isArray, isBoolean, isDateString, isNumber, isString } from '../../engine/validation.js';
import { nullable, optional, validateBody } from '../../engine/validation.js';
import { EXTENSION_CONFIG_RULES } from '../../handlers/rules.js';
import { isStringList } from '../rules.js';

const SETTINGS_RULES = {
  minDuration: isNumber({ min: 0 }),
  maxDuration: isNumber({ min: 0 }),
  maxLimitDuration: nullable(isNumber({ min: 0 })),
  minDate: nullable(isDateString()),
  maxDate: nullable(isDateString()),
  maxLimitDate: nullable(isDateString()),
  displayRemainingTime: isBoolean(),
  limitLockTime: isBoolean(),
  isPublic: isBoolean(),
  maxLockedUsers: nullable(isNumber({ min: 1, integer: true })),
  password: nullable(isString()),
  requireContact: isBoolean(),
  name: isString({ notEmpty: true }),
  description: isString(),
  photoId: isString(),
  hideTimeLogs: isBoolean(),
  isFindom: optional(isBoolean()),
  tags: optional(isStringList()),
  extensions: optional(isArray(EXTENSION_CONFIG_RULES)),
};

/** Shared-lock settings, checked, with dates as epoch ms. */
export interface SharedLockSettings {
  name: string;
  description: string;
  minDuration: number;
  maxDuration: number;
  maxLimitDuration: number | null;
  /** With `maxDate`, the end is drawn between two dates instead of two durations. */
  minDate: number | null;
  maxDate: number | null;
  maxLimitDate: number | null;
  displayRemainingTime: boolean;
  limitLockTime: boolean;
  isPublic: boolean;
  /** How many wearers may run a lock from it at once; `null` for no limit. */
  maxLockedUsers: number | null;
  /** Asked of wearers who join; `null` for none. */
  password: string | null;
  requireContact: boolean;
  /** The Unsplash photo id; empty for no photo. */
  photoId: string;
  hideTimeLogs: boolean;
  isFindom: boolean;
  tags: string[];
  /** The extensions each lock started from it gets. */
  extensions: ExtensionConfigInput[];
}

function epochOrNull(date: string | null): number | null {
  return date === null ? null : Date.parse(date);
}

function checkRanges(settings: SharedLockSettings): void {
  const { minDuration, maxDuration, minDate, maxDate } = settings;

  if (minDuration > maxDuration) {
    throw badRequest(['minDuration must not be greater than maxDuration']);
  }
  if ((minDate === null) !== (maxDate === null)) {
    throw badRequest(['minDate and maxDate must be given together']);
  }
  if (minDate !== null && maxDate !== null && minDate > maxDate) {
    throw badRequest(['minDate must not be later than maxDate']);
  }
}

/** Checks a create or update body and returns the settings it carries, or throws a 400. */
export function readSharedLockSettings(body: unknown): SharedLockSettings {
  const input = validateBody(body, SETTINGS_RULES);

  // Field by field, so that properties the DTO does not know never reach the record.
  const settings: SharedLockSettings = {
    name: input.name,
    description: input.description,
    minDuration: input.minDuration,
    maxDuration: input.maxDuration,
    maxLimitDuration: input.maxLimitDuration,
    minDate: epochOrNull(input.minDate),
    maxDate: epochOrNull(input.maxDate),
    maxLimitDate: epochOrNull(input.maxLimitDate),
    displayRemainingTime: input.displayRemainingTime,
    limitLockTime: input.limitLockTime,
    isPublic: input.isPublic,
    maxLockedUsers: input.maxLockedUsers,
    password: input.password === '' ? null : input.password,
    requireContact: input.requireContact,
    photoId: input.photoId,
    hideTimeLogs: input.hideTimeLogs,
    isFindom: input.isFindom ?? false,
    tags: [...new Set(input.tags ?? [])],
    extensions: (input.extensions ?? []).map(({ slug, config, mode, regularity }) => ({
      slug,
      config,
      mode,
      regularity,
    })),
  };

  checkRanges(settings);
  checkExtensionConfigs(settings.extensions);
  return settings;
}
