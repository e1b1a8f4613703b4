/**
 * Locks as Chaster sends them, per viewer: the wearer of a lock with a hidden timer gets
 * `endDate: null` (the keyholder still sees it), and only the wearer gets home actions.
 */
import type { components } from '../../../generated/chaster.js';
import { extensionDefinition } from '../extensions/registry.js';
import type { HomeAction, UnlockBlocker } from '../extensions/types.js';
import type { ExtensionPartyRecord, LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { catalogEntry } from './catalog.js';
import { isoDate, isoDateOrNull } from './iso-date.js';
import { roleOn } from './lock-access.js';
import { effectiveEndDate, isFrozen, isPastMaxLimit, isTimeUp } from './lock-time.js';
import { totalDurationMs } from './lock-time.js';
import { regularActionStatus } from './regular-actions.js';
import { renderUser } from './user-view.js';

type ExtensionPartyForPublic = components['schemas']['ExtensionPartyForPublic'];
type LockForWearer = components['schemas']['LockForWearer'];
type HomeActionWithPartyId = components['schemas']['ExtensionHomeActionWithPartyId'];

// Configs are replaced on update, never edited in place, so a summary holds for its object.
const summaries = new WeakMap<Record<string, unknown>, string>();

function summaryOf(party: ExtensionPartyRecord): string {
  let summary = summaries.get(party.config);

  if (summary === undefined) {
    summary = extensionDefinition(party.slug)?.describeConfig?.(party.config) ?? '';
    summaries.set(party.config, summary);
  }
  return summary;
}

/** An extension as it appears in `lock.extensions`. */
export function renderParty(
  lock: LockRecord,
  party: ExtensionPartyRecord,
  now: number,
): ExtensionPartyForPublic {
  const entry = catalogEntry(party.slug);
  const status = regularActionStatus(party, now);

  return {
    slug: party.slug,
    displayName: entry?.displayName ?? party.slug,
    summary: entry?.summary ?? '',
    subtitle: entry?.subtitle ?? '',
    icon: entry?.icon ?? 'puzzle-piece',
    _id: party.id,
    config: party.config,
    mode: party.mode,
    regularity: party.regularity,
    userData: party.userData,
    nbActionsRemaining: status.nbActionsRemaining,
    nextActionDate: isoDateOrNull(status.nextActionDate),
    isPartner: false,
    textConfig: summaryOf(party),
    createdAt: isoDate(party.createdAt),
    updatedAt: isoDate(party.updatedAt),
  };
}

/** What the lock's extensions say stands in the way of unlocking. */
export function unlockBlockers(world: World, lock: LockRecord, now: number): UnlockBlocker[] {
  return lock.extensions.flatMap(
    (party) => extensionDefinition(party.slug)?.unlockBlockers?.({ world, lock, party, now }) ?? [],
  );
}

/**
 * Whether the wearer may unlock now: the timer is up, not frozen, and no extension objects;
 * or the max limit date has passed, which overrides everything.
 */
export function canBeUnlocked(world: World, lock: LockRecord, now: number): boolean {
  if (lock.status !== 'locked') return false;
  if (isPastMaxLimit(lock, now)) return true;
  return isTimeUp(lock, now) && unlockBlockers(world, lock, now).length === 0;
}

function homeActions(world: World, lock: LockRecord, now: number): HomeActionWithPartyId[] {
  return lock.extensions.flatMap((party) => {
    const actions: HomeAction[] =
      extensionDefinition(party.slug)?.homeActions?.({ world, lock, party, now }) ?? [];
    return actions.map((action) => ({ ...action, extensionPartyId: party.id }));
  });
}

/**
 * A lock as `viewer` sees it, in the `LockForWearer` shape (which `LockForPublic` and
 * `LockForKeyholder` share, less the wearer's home actions).
 */
export function renderLock(world: World, lock: LockRecord, viewer: UserRecord | undefined) {
  const now = world.clock.now();
  const role = roleOn(lock, viewer);
  const wearer = world.users.get(lock.wearerId);
  const keyholder = lock.keyholderId === null ? undefined : world.users.get(lock.keyholderId);
  if (wearer === undefined) throw new Error(`The lock ${lock.id} has no wearer record`);

  const canViewTime = role === 'keyholder' || lock.displayRemainingTime;
  const blockers = unlockBlockers(world, lock, now);
  const lastPicture = lock.verificationPictures[lock.verificationPictures.length - 1];

  const rendered: LockForWearer = {
    _id: lock.id,
    startDate: isoDate(lock.startDate),
    endDate: canViewTime ? isoDate(effectiveEndDate(lock, now)) : null,
    minDate: isoDate(lock.minDate),
    maxDate: isoDate(lock.maxDate),
    maxLimitDate: isoDateOrNull(lock.maxLimitDate),
    displayRemainingTime: lock.displayRemainingTime,
    limitLockTime: lock.limitLockTime,
    status: lock.status,
    combination: lock.combinationId,
    sharedLock: null,
    createdAt: isoDate(lock.createdAt),
    updatedAt: isoDate(lock.updatedAt),
    unlockedAt: isoDateOrNull(lock.unlockedAt),
    archivedAt: isoDateOrNull(lock.archivedAt),
    frozenAt: isoDateOrNull(lock.frozenAt),
    keyholderArchivedAt: isoDateOrNull(lock.keyholderArchivedAt),
    deletedAt: null,
    totalDuration: totalDurationMs(lock, now),
    allowSessionOffer: lock.allowSessionOffer,
    isTestLock: lock.isTestLock,
    offerToken: lock.offerToken,
    hideTimeLogs: lock.hideTimeLogs,
    trusted: lock.trusted,
    user: renderUser(wearer, now),
    keyholder: keyholder === undefined ? null : renderUser(keyholder, now),
    isAllowedToViewTime: canViewTime,
    canBeUnlocked: canBeUnlocked(world, lock, now),
    canBeUnlockedByMaxLimitDate: isPastMaxLimit(lock, now),
    isFrozen: isFrozen(lock),
    extensions: lock.extensions.map((party) => renderParty(lock, party, now)),
    role,
    title: lock.title,
    lastVerificationPicture: lastPicture === undefined ? null : {
      imageKey: lastPicture.imageKey,
      filename: lastPicture.filename,
      submittedAt: isoDate(lastPicture.submittedAt),
      verificationCode: lastPicture.verificationCode,
    },
    reasonsPreventingUnlocking: blockers,
    extensionsAllowUnlocking: blockers.length === 0,
  };

  if (role === 'wearer') rendered.availableHomeActions = homeActions(world, lock, now);
  return rendered;
}
