import type { Coverage } from '../coverage-types.js';

/**
 * How Layer 2 reaches the operations of the Locks, Lock Creation and lock-extension tags.
 *
 * @example
 * ```ts
 * coverage.LockController_findOne; // 'chaster.locks.get(lockId)'
 * ```
 */
export const coverage = {
  LockController_findAll: 'chaster.locks.list({ status })',
  LockController_findOne: 'chaster.locks.get(lockId), lock.refresh()',
  LockSearchController_search: 'chaster.locks.search({ filterByArchivedLocks, limit })',
  LockCreationController_create: 'chaster.locks.create({ combinationId, minDuration, ... })',
  LockCreationController_createLockFromSharedLock:
    'chaster.locks.createFromSharedLock({ sharedLockId, combinationId })',
  LockVisitorController_getUserLocks: 'chaster.locks.ofUser(userId)',
  LockController_archive: 'lock.archive() as the wearer',
  LockController_archiveKeyholder: 'lock.archive() as the keyholder',
  LockController_unlock: 'lock.unlock()',
  LockController_updateTime: 'lock.addTime(duration), lock.removeTime(duration)',
  LockController_setFreeze: 'lock.freeze(), lock.unfreeze(), lock.toggleFreeze()',
  LockController_setMaxLimitDate: 'lock.setMaxLimitDate(date), lock.removeMaxLimitDate()',
  LockController_setSettings: 'lock.updateSettings({ displayRemainingTime, hideTimeLogs })',
  LockController_trustKeyholder: 'lock.trustKeyholder()',
  LockController_convertToSelfLock: 'lock.convertToSelfLock()',
  LockController_setAsTestLock: 'lock.setAsTestLock()',
  LockController_combination: 'lock.combination()',
  LockController_getLockHistory: 'lock.history({ extension })',
  LockCreationController_setLockExtensions: 'lock.setExtensions(extensions)',
  LockExtensionController_getLockInfoFromExtension: 'lock.extensionInfo(slug)',
  LockExtensionController_triggerAction:
    'lock.rollDice(), lock.spinWheelOfFortune(), lock.assignTask(task), ... lock.triggerAction()',
  TemporaryOpeningExtensionController_getCombination: 'lock.temporaryOpeningCombination()',
  TemporaryOpeningExtensionController_setCombination:
    'lock.setTemporaryOpeningCombination(combinationId)',
  TemporaryOpeningController_getCombinationFromHistoryEntry:
    'lock.combinationFromHistory(actionLogId)',
  VerificationPictureController_getVerificationPictures: 'lock.verificationPictures()',
  VerificationPictureController_submitPicture: 'lock.submitVerificationPicture(file)',
  PenaltySessionController_find: 'lock.penalties()',
  PenaltySessionController_searchPenaltyPeriods: 'lock.penaltyPeriods({ habitName })',
  PunishableActionController_getPunishableActions: 'chaster.locks.punishableActions()',
} satisfies Coverage;
