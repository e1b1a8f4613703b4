/**
 * Shared locks as Chaster sends them. The creator's own routes send `SharedLockForPublic`
 * (with the password; the list names the creator by id, the detail nests the user), the public
 * routes send `PublicLockForPublic` and `PublicLockForSearch` with the viewer's join rules.
 * Like the live bodies, none carries `createdAt`, `updatedAt`, `deletedAt` or `locks`.
 */
import type { components } from '../../../../generated/chaster.js';
import { catalogEntry } from '../../domain/catalog.js';
import { isoDate, isoDateOrNull } from '../../domain/iso-date.js';
import { renderUser } from '../../domain/user-view.js';
import { extensionDefinition } from '../../extensions/registry.js';
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { joinRulesFor } from './join-rules.js';
import type { SharedLockRecord } from './records.js';

type SharedLockForPublic = components['schemas']['SharedLockForPublic'];
type PublicLockForPublic = components['schemas']['PublicLockForPublic'];
type PublicLockForSearch = components['schemas']['PublicLockForSearch'];
type ExtensionConfigForPublic = components['schemas']['ExtensionConfigForPublic'];
type UnsplashPhoto = components['schemas']['UnsplashPhoto'];

function photoOf(photoId: string): UnsplashPhoto | null {
  if (photoId === '') return null;

  return {
    id: photoId,
    name: 'Unsplash photographer',
    username: 'unsplash_photographer',
    url: `https://example.com/photos/${encodeURIComponent(photoId)}.jpg`,
  };
}

/** The max limit in seconds a wearer would get now: Chaster's `calculatedMaxLimitDuration`. */
function calculatedMaxLimit(sharedLock: SharedLockRecord, now: number): number | null {
  if (!sharedLock.limitLockTime) return null;
  if (sharedLock.maxLimitDuration !== null) return sharedLock.maxLimitDuration;
  if (sharedLock.maxLimitDate === null) return 0;
  return Math.max(0, Math.round((sharedLock.maxLimitDate - now) / 1000));
}

function renderExtensions(sharedLock: SharedLockRecord): ExtensionConfigForPublic[] {
  return sharedLock.extensions.map((extension) => ({
    slug: extension.slug,
    config: extension.config,
    mode: extension.mode,
    regularity: extension.regularity,
    name: catalogEntry(extension.slug)?.displayName ?? extension.slug,
    textConfig: extensionDefinition(extension.slug)?.describeConfig?.(extension.config) ?? '',
  }));
}

function commonFields(sharedLock: SharedLockRecord, now: number) {
  const fields = {
    _id: sharedLock.id,
    minDuration: sharedLock.minDuration,
    maxDuration: sharedLock.maxDuration,
    maxLimitDuration: sharedLock.maxLimitDuration,
    minDate: isoDateOrNull(sharedLock.minDate),
    maxDate: isoDateOrNull(sharedLock.maxDate),
    maxLimitDate: isoDateOrNull(sharedLock.maxLimitDate),
    displayRemainingTime: sharedLock.displayRemainingTime,
    limitLockTime: sharedLock.limitLockTime,
    maxLockedUsers: sharedLock.maxLockedUsers,
    isPublic: sharedLock.isPublic,
    requireContact: sharedLock.requireContact,
    name: sharedLock.name,
    description: sharedLock.description,
    unsplashPhoto: photoOf(sharedLock.photoId),
    hideTimeLogs: sharedLock.hideTimeLogs,
    lastSavedAt: isoDate(sharedLock.updatedAt),
    requirePassword: sharedLock.password !== null,
    durationMode: sharedLock.minDate === null ? 'duration' : 'date',
    isFindom: sharedLock.isFindom,
    calculatedMaxLimitDuration: calculatedMaxLimit(sharedLock, now),
    tags: [...sharedLock.tags],
  };
  return sharedLock.archivedAt === null
    ? fields
    : { ...fields, archivedAt: isoDate(sharedLock.archivedAt) };
}

function creatorOf(world: World, sharedLock: SharedLockRecord): UserRecord {
  const creator = world.users.get(sharedLock.creatorId);
  if (creator === undefined) throw new Error(`The shared lock ${sharedLock.id} has no creator`);
  return creator;
}

/**
 * A shared lock as its creator reads it: `user` is the creator's id in lists and the
 * creator's card in the detail, as the live API answers.
 */
export function renderSharedLock(
  world: World,
  sharedLock: SharedLockRecord,
  userAs: 'id' | 'card',
): SharedLockForPublic {
  const now = world.clock.now();
  const creator = creatorOf(world, sharedLock);

  return {
    ...commonFields(sharedLock, now),
    password: sharedLock.password,
    user: userAs === 'id' ? creator.id : renderUser(creator, now),
    extensions: renderExtensions(sharedLock),
  };
}

/** A shared lock as a wearer finds it in searches and lists, with `viewer`'s join rules. */
export function renderPublicLockSummary(
  world: World,
  sharedLock: SharedLockRecord,
  viewer: UserRecord | undefined,
): PublicLockForSearch {
  const now = world.clock.now();

  return {
    ...commonFields(sharedLock, now),
    user: renderUser(creatorOf(world, sharedLock), now),
    joinRules: joinRulesFor(world, sharedLock, viewer),
  };
}

/** A shared lock's public page: the summary and its extensions. */
export function renderPublicLock(
  world: World,
  sharedLock: SharedLockRecord,
  viewer: UserRecord | undefined,
): PublicLockForPublic {
  return {
    ...renderPublicLockSummary(world, sharedLock, viewer),
    extensions: renderExtensions(sharedLock),
  };
}
