/**
 * Favorite shared locks: marking, unmarking, and the list, newest favorite first. The list is
 * a keyset on the favorite's own id, which the server hands back as `lastId`.
 */
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import type { FavoriteRecord, SharedLockRecord } from './records.js';
import { sharedLockState } from './records.js';

function favoriteOf(world: World, user: UserRecord, sharedLockId: string) {
  return sharedLockState(world).favorites.find(
    (favorite) => favorite.userId === user.id && favorite.sharedLockId === sharedLockId,
  );
}

/** Whether `user` marked the shared lock as favorite. */
export function isFavorite(world: World, user: UserRecord, sharedLockId: string): boolean {
  return favoriteOf(world, user, sharedLockId) !== undefined;
}

/** Marks a favorite; marking it again keeps its place in the list. */
export function addFavorite(world: World, user: UserRecord, sharedLockId: string): void {
  if (isFavorite(world, user, sharedLockId)) return;

  sharedLockState(world).favorites.push({
    id: world.ids.next(),
    userId: user.id,
    sharedLockId,
    createdAt: world.clock.now(),
  });
}

/** Unmarks a favorite; unmarking one that is not marked changes nothing. */
export function removeFavorite(world: World, user: UserRecord, sharedLockId: string): void {
  const { favorites } = sharedLockState(world);
  const index = favorites.findIndex(
    (favorite) => favorite.userId === user.id && favorite.sharedLockId === sharedLockId,
  );
  if (index !== -1) favorites.splice(index, 1);
}

/** One page of favorites and the keyset to continue from. */
export interface FavoritesPage {
  sharedLocks: SharedLockRecord[];
  /** The last favorite's id; empty when the page is empty. */
  lastId: string;
  hasMore: boolean;
  count: number;
}

/**
 * One page of `user`'s favorites, newest first, after the favorite `lastId`. Favorites of
 * shared locks archived since are left out.
 */
export function favoritesPage(
  world: World,
  user: UserRecord,
  limit: number,
  lastId: string | undefined,
): FavoritesPage {
  const { favorites, sharedLocks } = sharedLockState(world);
  const listed: [FavoriteRecord, SharedLockRecord][] = [];

  for (const favorite of [...favorites].reverse()) {
    if (favorite.userId !== user.id) continue;

    const sharedLock = sharedLocks.get(favorite.sharedLockId);
    if (sharedLock?.archivedAt === null) listed.push([favorite, sharedLock]);
  }

  const remaining = lastId === undefined
    ? listed
    : listed.filter(([favorite]) => favorite.id < lastId);
  const page = remaining.slice(0, limit);
  return {
    sharedLocks: page.map(([, sharedLock]) => sharedLock),
    lastId: page[page.length - 1]?.[0].id ?? '',
    hasMore: remaining.length > page.length,
    count: listed.length,
  };
}
