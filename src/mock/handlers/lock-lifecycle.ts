/**
 * A lock's life: creation (a self-lock from a stored combination), unlocking, archiving, and
 * the wearer's flags (test lock, trusted keyholder).
 */
import { requireOwnCombination } from '../domain/combinations.js';
import { checkExtensionConfigs, checkExtensionLimit } from '../domain/extension-parties.js';
import { actorOn, appendLog } from '../domain/history.js';
import { requireLock, requireMember, requireRole, requireRunning } from '../domain/lock-access.js';
import { unlockLock } from '../domain/lock-changes.js';
import { insertLock } from '../domain/lock-creation.js';
import { canBeUnlocked } from '../domain/lock-view.js';
import { badRequest } from '../engine/http-error.js';
import { created, noContent } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isArray, isBoolean, isNumber, isString, nullable } from '../engine/validation.js';
import { optional, validateBody } from '../engine/validation.js';
import type { LockRecord } from '../world/records.js';
import { EXTENSION_CONFIG_RULES } from './rules.js';

const CREATE_LOCK_RULES = {
  minDuration: isNumber({ min: 0 }),
  maxDuration: isNumber({ min: 0 }),
  maxLimitDuration: nullable(isNumber({ min: 0 })),
  displayRemainingTime: isBoolean(),
  limitLockTime: isBoolean(),
  combinationId: isString({ notEmpty: true }),
  extensions: isArray(EXTENSION_CONFIG_RULES),
  allowSessionOffer: isBoolean(),
  isTestLock: optional(isBoolean()),
  hideTimeLogs: isBoolean(),
};

function requireEnded(lock: LockRecord): void {
  if (lock.status === 'locked') throw badRequest('The lock must be unlocked first');
}

/** Handlers for creating, ending and archiving locks. */
export const lockLifecycleHandlers: HandlerTable = {
  LockCreationController_create({ world, caller, request, now }) {
    const input = validateBody(request.body, CREATE_LOCK_RULES);
    if (input.minDuration > input.maxDuration) {
      throw badRequest(['minDuration must not be greater than maxDuration']);
    }
    const combination = requireOwnCombination(world, input.combinationId, caller);
    checkExtensionConfigs(input.extensions);
    checkExtensionLimit(world, caller, input.extensions);

    const running = [...world.locks.values()].filter(
      (lock) => lock.wearerId === caller.id && lock.status === 'locked',
    );
    if (!caller.isPremium && running.length >= world.plan.nonPremiumMaxLocks) {
      const max = world.plan.nonPremiumMaxLocks;
      throw badRequest(`You cannot run more than ${max} locks without Premium`);
    }

    // The timer is drawn between the two durations, as Chaster hides the exact end.
    const duration = world.random.int(Math.ceil(input.minDuration), Math.floor(input.maxDuration));
    const limited = input.limitLockTime && input.maxLimitDuration !== null;
    const lock = insertLock(world, {
      wearer: caller,
      keyholder: null,
      title: 'Self-lock',
      startDate: now,
      endsAt: now + duration * 1000,
      minDate: now + input.minDuration * 1000,
      maxDate: now + input.maxDuration * 1000,
      maxLimitDate: limited ? now + (input.maxLimitDuration ?? 0) * 1000 : null,
      displayRemainingTime: input.displayRemainingTime,
      hideTimeLogs: input.hideTimeLogs,
      isTestLock: input.isTestLock ?? false,
      allowSessionOffer: input.allowSessionOffer,
      combinationId: combination.id,
      extensions: input.extensions,
      frozen: false,
    });
    return created({ lockId: lock.id });
  },

  LockController_unlock({ world, caller, param, now }) {
    const lock = requireLock(world, param('lockId'));
    const role = requireMember(lock, caller);
    requireRunning(lock);

    if (role === 'wearer' && !canBeUnlocked(world, lock, now)) {
      throw badRequest('The lock cannot be unlocked yet');
    }
    unlockLock(world, lock, actorOn(lock, caller));
    return noContent();
  },

  LockController_archive({ world, caller, param, now }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    requireEnded(lock);

    lock.archivedAt ??= now;
    return noContent();
  },

  LockController_archiveKeyholder({ world, caller, param, now }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['keyholder']);
    requireEnded(lock);

    lock.keyholderArchivedAt ??= now;
    return noContent();
  },

  LockController_setAsTestLock({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);

    lock.isTestLock = true;
    return { status: 200 };
  },

  LockController_convertToSelfLock({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    requireRunning(lock);
    if (lock.keyholderId === null) throw badRequest('The lock is already a self-lock');

    lock.keyholderId = null;
    lock.trusted = false;
    // Chaster does not document this entry's type; the fake names it after the action.
    appendLog(world, lock, {
      type: 'converted_to_self_lock',
      actor: actorOn(lock, caller),
      title: '%USER% converted the lock to a self-lock',
      description: 'The lock no longer has a keyholder',
      icon: 'user-lock',
    });
    return created();
  },

  LockController_trustKeyholder({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    if (lock.keyholderId === null) throw badRequest('The lock has no keyholder');

    if (!lock.trusted) {
      lock.trusted = true;
      appendLog(world, lock, {
        type: 'keyholder_trusted',
        actor: actorOn(lock, caller),
        title: '%USER% trusts the keyholder',
        description: 'The keyholder is trusted',
        icon: 'handshake',
      });
    }
    return noContent();
  },
};
