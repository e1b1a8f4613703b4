/**
 * Changing a running lock's timer and settings: adding or removing time, freezing, the max
 * limit date, and whether the timer and time logs are shown.
 */
import { actorOn, appendLog } from '../domain/history.js';
import { requireLock, requireManager, requireMember, requireRole } from '../domain/lock-access.js';
import { requireRunning } from '../domain/lock-access.js';
import { changeTime, freezeLock, unfreezeLock } from '../domain/lock-changes.js';
import { badRequest, forbidden } from '../engine/http-error.js';
import { created, noContent } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isDateString, isNumber, optional, validateBody } from '../engine/validation.js';

/** Handlers for the timer and the lock's settings. */
export const lockTimerHandlers: HandlerTable = {
  LockController_updateTime({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    const role = requireMember(lock, caller);
    const { duration } = validateBody(request.body, { duration: isNumber() });
    requireRunning(lock);

    // Chaster lets the wearer add time but never take it away.
    if (role === 'wearer' && duration < 0) throw forbidden('The wearer can only add time');
    changeTime(world, lock, duration, actorOn(lock, caller));
    return created();
  },

  LockController_setFreeze({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['keyholder']);
    const { isFrozen } = validateBody(request.body, { isFrozen: isBoolean() });
    requireRunning(lock);

    const actor = actorOn(lock, caller);
    const changed = isFrozen ? freezeLock(world, lock, actor) : unfreezeLock(world, lock, actor);
    if (!changed) {
      throw badRequest(isFrozen ? 'The lock is already frozen' : 'The lock is not frozen');
    }
    return created();
  },

  LockController_setMaxLimitDate({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    const input = validateBody(request.body, {
      maxLimitDate: isDateString(),
      disableMaxLimitDate: isBoolean(),
    });
    requireRunning(lock);
    const actor = actorOn(lock, caller);

    if (input.disableMaxLimitDate) {
      lock.maxLimitDate = null;
      lock.limitLockTime = false;
      appendLog(world, lock, {
        type: 'max_limit_date_removed',
        actor,
        title: '%USER% removed the max limit date',
        description: 'The lock has no max limit date any more',
        icon: 'calendar-times',
      });
      return noContent();
    }

    // The max limit is the wearer's way out; it may only move later, never earlier.
    const wanted = Date.parse(input.maxLimitDate);
    if (lock.maxLimitDate === null) throw badRequest('The lock has no max limit date');
    if (wanted <= lock.maxLimitDate) throw badRequest('The max limit date can only be increased');

    lock.maxLimitDate = wanted;
    appendLog(world, lock, {
      type: 'max_limit_date_increased',
      actor,
      title: '%USER% raised the max limit date',
      description: `New max limit date: ${new Date(wanted).toISOString()}`,
      icon: 'calendar-plus',
      payload: { maxLimitDate: new Date(wanted).toISOString() },
    });
    return noContent();
  },

  LockController_setSettings({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireManager(lock, caller);
    const input = validateBody(request.body, {
      displayRemainingTime: optional(isBoolean()),
      hideTimeLogs: optional(isBoolean()),
    });
    const actor = actorOn(lock, caller);

    if (input.displayRemainingTime !== undefined &&
      input.displayRemainingTime !== lock.displayRemainingTime) {
      lock.displayRemainingTime = input.displayRemainingTime;
      const shown = input.displayRemainingTime;
      appendLog(world, lock, {
        type: shown ? 'timer_revealed' : 'timer_hidden',
        actor,
        title: shown ? '%USER% revealed the timer' : '%USER% hid the timer',
        description: shown ? 'The wearer sees the timer' : 'The timer is hidden from the wearer',
        icon: shown ? 'eye' : 'eye-slash',
      });
    }

    if (input.hideTimeLogs !== undefined && input.hideTimeLogs !== lock.hideTimeLogs) {
      lock.hideTimeLogs = input.hideTimeLogs;
      const hidden = input.hideTimeLogs;
      appendLog(world, lock, {
        type: hidden ? 'time_logs_hidden' : 'time_logs_revealed',
        actor,
        title: hidden ? '%USER% hid the time logs' : '%USER% revealed the time logs',
        description: hidden ? 'Time changes are hidden' : 'Time changes are shown',
        icon: hidden ? 'eye-slash' : 'eye',
      });
    }
    return noContent();
  },
};
