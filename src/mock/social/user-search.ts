/**
 * `POST /users/search`: users matching the criteria, most recently active first, paged with a
 * compound keyset (`lastAccessForUserList` and `lastId`) because many users share an instant.
 * The fake has no activity tracking: a user's last access is when they joined.
 */
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { matchesUserCriteria } from './user-criteria.js';
import type { UserCriteria } from './user-criteria.js';

/** Where the previous page ended. */
export interface UserSearchAfter {
  lastId?: string | undefined;
  /** Epoch ms; when left out, the last access of the user `lastId` is used. */
  lastAccess?: number | undefined;
}

/** One page of users. */
export interface UserSearchPage {
  users: UserRecord[];
  count: number;
  hasMore: boolean;
  /** The last user's last access, epoch ms; `null` for an empty page. */
  lastAccess: number | null;
}

/** When a user was last active, as far as the fake knows. */
export function lastAccessOf(user: UserRecord): number {
  return user.joinedAt;
}

function mostRecentFirst(left: UserRecord, right: UserRecord): number {
  const byAccess = lastAccessOf(right) - lastAccessOf(left);
  if (byAccess !== 0) return byAccess;
  return left.id < right.id ? 1 : -1;
}

function isAfter(user: UserRecord, access: number, lastId: string): boolean {
  const userAccess = lastAccessOf(user);
  return userAccess < access || (userAccess === access && user.id < lastId);
}

/**
 * One page for `searcher`, who never finds themself; `canSee` hides users a block stands
 * between.
 */
export function searchUsers(
  world: World,
  searcher: UserRecord,
  query: { criteria: UserCriteria; limit: number; after: UserSearchAfter },
  canSee: (user: UserRecord) => boolean,
): UserSearchPage {
  const now = world.clock.now();
  const matching = [...world.users.values()]
    .filter((user) => user.id !== searcher.id && canSee(user))
    .filter((user) => matchesUserCriteria(user, query.criteria, now))
    .sort(mostRecentFirst);

  const { lastId } = query.after;
  const lastUser = lastId === undefined ? undefined : world.users.get(lastId);
  const access = query.after.lastAccess ?? (lastUser ? lastAccessOf(lastUser) : undefined);
  const remaining = lastId === undefined || access === undefined
    ? matching
    : matching.filter((user) => isAfter(user, access, lastId));

  const users = remaining.slice(0, query.limit);
  const last = users[users.length - 1];
  return {
    users,
    count: matching.length,
    hasMore: remaining.length > users.length,
    lastAccess: last === undefined ? null : lastAccessOf(last),
  };
}
