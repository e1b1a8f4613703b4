/**
 * The lock actions an extension runs through `POST /api/extensions/sessions/{id}/action`
 * (`{ action: { name, params } }`). Each changes the lock through the shared lock domain and
 * writes its history entry as the extension; a time-limit penalty punishes with the same set.
 */
import { appendLog, EXTENSION_ACTOR } from '../domain/history.js';
import type { Actor } from '../domain/history.js';
import { changeTime, freezeLock, unfreezeLock } from '../domain/lock-changes.js';
import type { ChangeOrigin } from '../domain/lock-changes.js';
import { badRequest } from '../engine/http-error.js';
import { isBoolean, isIn, isNumber, isObject, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import { startPillory } from '../extensions/pillory.js';
import type { LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** The action names Chaster documents. */
export const LOCK_ACTION_NAMES = [
  'add_time',
  'remove_time',
  'freeze',
  'unfreeze',
  'toggle_freeze',
  'pillory',
  'set_display_remaining_time',
] as const;

/** One lock action, checked. */
export type LockAction =
  | { name: 'add_time' | 'remove_time'; params: number }
  | { name: 'freeze' | 'unfreeze' | 'toggle_freeze' }
  | { name: 'pillory'; params: { duration: number; reason?: string } }
  | { name: 'set_display_remaining_time'; params: boolean };

/** Checks an action object, answering the 400 NestJS would for a malformed one. */
export function readLockAction(value: unknown): LockAction {
  const { name } = validateBody(value, { name: isIn(LOCK_ACTION_NAMES) });

  if (name === 'add_time' || name === 'remove_time') {
    const { params } = validateBody(value, { params: isNumber({ min: 0 }) });
    return { name, params };
  }
  if (name === 'pillory') {
    const { params } = validateBody(value, { params: isObject() });
    const checked = validateBody(params, {
      duration: isNumber({ min: 1 }),
      reason: optional(isString()),
    });
    const reason = checked.reason ?? undefined;
    return { name, params: reason === undefined ? { duration: checked.duration } : checked };
  }
  if (name === 'set_display_remaining_time') {
    const { params } = validateBody(value, { params: isBoolean() });
    return { name, params };
  }
  return { name };
}

function setTimerShown(world: World, lock: LockRecord, shown: boolean, origin: ChangeOrigin) {
  if (lock.displayRemainingTime === shown) return;
  lock.displayRemainingTime = shown;

  appendLog(world, lock, {
    type: shown ? 'timer_revealed' : 'timer_hidden',
    actor: EXTENSION_ACTOR,
    title: shown ? '%USER% revealed the timer' : '%USER% hid the timer',
    description: shown ? 'The wearer sees the timer' : 'The timer is hidden from the wearer',
    icon: shown ? 'eye' : 'eye-slash',
    ...origin,
  });
}

/**
 * Runs one action on a running lock as the extension named in `origin`. Freezing a frozen lock
 * or unfreezing a running one changes nothing, and a pillory without the pillory extension is
 * ignored, as the punishments of the penalty extension are.
 */
export function runLockAction(
  world: World,
  lock: LockRecord,
  action: LockAction,
  origin: ChangeOrigin,
): void {
  const actor: Actor = EXTENSION_ACTOR;

  switch (action.name) {
    case 'add_time':
      return changeTime(world, lock, action.params, actor, origin);
    case 'remove_time':
      return changeTime(world, lock, -action.params, actor, origin);
    case 'freeze':
      freezeLock(world, lock, actor, origin);
      return;
    case 'unfreeze':
      unfreezeLock(world, lock, actor, origin);
      return;
    case 'toggle_freeze':
      if (!freezeLock(world, lock, actor, origin)) unfreezeLock(world, lock, actor, origin);
      return;
    case 'pillory': {
      const { duration, reason = '' } = action.params;
      startPillory(world, lock, { duration, reason, actor });
      return;
    }
    case 'set_display_remaining_time':
      return setTimerShown(world, lock, action.params, origin);
    default:
      throw badRequest('Unknown lock action');
  }
}
