/**
 * `POST /public-locks/search`: public shared locks matching the criteria, newest first, one
 * page at a time behind an opaque cursor (the last id, base64url-encoded, as the lock search
 * does).
 */
import type { components } from '../../../../generated/chaster.js';
import { badRequest } from '../../engine/http-error.js';
import type { World } from '../../world/world.js';
import { matchesUserCriteria } from '../user-criteria.js';
import type { SharedLockRecord } from './records.js';
import { sharedLockState } from './records.js';

/** The criteria as the document describes them; everything is optional. */
export type PublicLockCriteria = Partial<components['schemas']['SearchPublicLockCriteria']>;

type DurationRange = components['schemas']['DurationCriteriaData'];

/** One page of matches. */
export interface PublicLockPage {
  page: SharedLockRecord[];
  count: number;
  hasMore: boolean;
  cursor?: string;
}

function includesText(sharedLock: SharedLockRecord, search: string | undefined): boolean {
  if (search === undefined || search.trim() === '') return true;

  const wanted = search.trim().toLowerCase();
  return `${sharedLock.name}\n${sharedLock.description}`.toLowerCase().includes(wanted);
}

function hasTags(sharedLock: SharedLockRecord, criteria: PublicLockCriteria): boolean {
  const tags = criteria.tags ?? [];
  if (tags.length === 0) return true;

  const own = new Set(sharedLock.tags.map((tag) => tag.toLowerCase()));
  const found = (tag: string) => own.has(tag.toLowerCase());
  return criteria.matchAllTags ? tags.every(found) : tags.some(found);
}

function within(value: number | null, range: DurationRange | undefined): boolean {
  if (range === undefined) return true;
  return value !== null && value >= range.minDuration && value <= range.maxDuration;
}

function hasExtensions(sharedLock: SharedLockRecord, criteria: PublicLockCriteria): boolean {
  const wanted = criteria.extensions;
  if (wanted === undefined) return true;

  const slugs = new Set(sharedLock.extensions.map((extension) => extension.slug));
  const listed = wanted.extensions ?? [];
  const required = listed.length === 0 || (wanted.all
    ? listed.every((slug) => slugs.has(slug))
    : listed.some((slug) => slugs.has(slug)));
  return required && !(wanted.excludedExtensions ?? []).some((slug) => slugs.has(slug));
}

/** Whether a shared lock matches the criteria; its creator is checked against `user`. */
export function matchesPublicCriteria(
  world: World,
  sharedLock: SharedLockRecord,
  criteria: PublicLockCriteria,
): boolean {
  const creator = world.users.get(sharedLock.creatorId);
  const isFindom = criteria.isFindom?.isFindom;
  const maxLimit = sharedLock.limitLockTime ? sharedLock.maxLimitDuration : null;

  return includesText(sharedLock, criteria.search)
    && hasTags(sharedLock, criteria)
    && within(sharedLock.minDuration, criteria.duration)
    && within(sharedLock.maxDuration, criteria.duration)
    && within(maxLimit, criteria.maxLimitDuration)
    && hasExtensions(sharedLock, criteria)
    && (isFindom === undefined || sharedLock.isFindom === isFindom)
    && (criteria.user === undefined || (creator !== undefined
      && matchesUserCriteria(creator, criteria.user, world.clock.now())));
}

/** The public, unarchived shared locks, newest first. */
export function listedPublicLocks(world: World): SharedLockRecord[] {
  return [...sharedLockState(world).sharedLocks.values()]
    .filter((sharedLock) => sharedLock.isPublic && sharedLock.archivedAt === null)
    .sort((left, right) => (left.id < right.id ? 1 : -1));
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{24}$/.test(id)) throw badRequest('Invalid cursor');
  return id;
}

/** Where a page starts: after the cursor's id, or after `lastId` (the deprecated field). */
export interface PageStart {
  cursor?: string | undefined;
  lastId?: string | undefined;
}

/**
 * One page of the public search. `canSee` hides the locks of creators the viewer may not see
 * (blocks work both ways).
 */
export function searchPublicLocks(
  world: World,
  criteria: PublicLockCriteria,
  limit: number,
  start: PageStart,
  canSee: (creatorId: string) => boolean,
): PublicLockPage {
  const after = start.cursor ? decodeCursor(start.cursor) : start.lastId;
  const matching = listedPublicLocks(world).filter((sharedLock) =>
    canSee(sharedLock.creatorId) && matchesPublicCriteria(world, sharedLock, criteria));
  const remaining = after === undefined ? matching : matching.filter((item) => item.id < after);
  const page = remaining.slice(0, limit);
  const hasMore = remaining.length > page.length;
  const last = page[page.length - 1];

  return {
    page,
    count: matching.length,
    hasMore,
    ...(hasMore && last ? { cursor: Buffer.from(last.id).toString('base64url') } : {}),
  };
}
