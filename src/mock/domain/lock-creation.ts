/**
 * Inserting a new lock, shared by `POST /locks` and the test factories: the record, its
 * `locked` entry, and its extensions switched on.
 */
import type { LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { createParty, enableParty } from './extension-parties.js';
import type { ExtensionConfigInput } from './extension-parties.js';
import { appendLog, EXTENSION_ACTOR } from './history.js';

/** Everything a new lock is made of. Dates are epoch ms. */
export interface LockSpec {
  wearer: UserRecord;
  keyholder: UserRecord | null;
  title: string;
  startDate: number;
  endsAt: number;
  minDate: number;
  maxDate: number;
  maxLimitDate: number | null;
  displayRemainingTime: boolean;
  hideTimeLogs: boolean;
  isTestLock: boolean;
  allowSessionOffer: boolean;
  combinationId: string;
  extensions: readonly ExtensionConfigInput[];
  /** Start frozen (at the current virtual time). */
  frozen: boolean;
}

/** Creates the lock in the world and returns it. */
export function insertLock(world: World, spec: LockSpec): LockRecord {
  const now = world.clock.now();
  const lock: LockRecord = {
    id: world.ids.next(),
    title: spec.title,
    wearerId: spec.wearer.id,
    keyholderId: spec.keyholder?.id ?? null,
    status: 'locked',
    startDate: spec.startDate,
    minDate: spec.minDate,
    maxDate: spec.maxDate,
    endsAt: spec.endsAt,
    frozenAt: spec.frozen ? now : null,
    frozenTotalMs: 0,
    maxLimitDate: spec.maxLimitDate,
    limitLockTime: spec.maxLimitDate !== null,
    displayRemainingTime: spec.displayRemainingTime,
    hideTimeLogs: spec.hideTimeLogs,
    allowSessionOffer: spec.allowSessionOffer,
    isTestLock: spec.isTestLock,
    trusted: false,
    combinationId: spec.combinationId,
    offerToken: null,
    createdAt: spec.startDate,
    updatedAt: spec.startDate,
    unlockedAt: null,
    archivedAt: null,
    keyholderArchivedAt: null,
    extensions: [],
    history: [],
    verificationPictures: [],
  };
  world.locks.set(lock.id, lock);

  appendLog(world, lock, {
    type: 'locked',
    actor: { role: 'user', user: spec.wearer },
    title: '%USER% started a lock',
    description: 'New lock started',
    icon: 'lock',
    at: spec.startDate,
  });
  if (spec.frozen) {
    appendLog(world, lock, {
      type: 'lock_frozen',
      actor: EXTENSION_ACTOR,
      title: 'The lock was frozen',
      description: 'The timer is paused',
      icon: 'snowflake',
    });
  }

  lock.extensions = spec.extensions.map((input) => createParty(world, input, spec.startDate));
  for (const party of lock.extensions) enableParty(world, lock, party);
  return lock;
}
