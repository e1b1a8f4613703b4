/**
 * Favorite shared locks and shared-lock tags: marking and unmarking a favorite, checking one,
 * the favorites list (a keyset the server hands back as `lastId`), and the tag lists.
 */
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isNumber, isString, optional, validateBody } from '../engine/validation.js';
import { addFavorite, favoritesPage, isFavorite } from '../social/shared-locks/favorites.js';
import { removeFavorite } from '../social/shared-locks/favorites.js';
import { requireOpenSharedLock, requireSharedLock } from '../social/shared-locks/records.js';
import { SHARED_LOCK_TAGS, suggestTags } from '../social/shared-locks/tags.js';
import { renderPublicLockSummary } from '../social/shared-locks/view.js';

/** Handlers for favorites and tags. */
export const socialFavoriteHandlers: HandlerTable = {
  SharedLockFavoriteController_setFavorite({ world, caller, param }) {
    const sharedLock = requireOpenSharedLock(world, param('sharedLockId'));

    addFavorite(world, caller, sharedLock.id);
    return { status: 200 };
  },

  SharedLockFavoriteController_removeFavorite({ world, caller, param }) {
    const sharedLock = requireSharedLock(world, param('sharedLockId'));

    removeFavorite(world, caller, sharedLock.id);
    return { status: 200 };
  },

  SharedLockFavoriteController_isFavorite({ world, caller, param }) {
    const sharedLock = requireSharedLock(world, param('sharedLockId'));
    return ok({ favorite: isFavorite(world, caller, sharedLock.id) });
  },

  SharedLockFavoritesController_getFavoriteSharedLocks({ world, caller, request }) {
    const query = validateBody(request.body, {
      limit: isNumber({ min: 1, max: 100, integer: true }),
      lastId: optional(isString()),
    });

    const page = favoritesPage(world, caller, query.limit, query.lastId || undefined);
    return created({
      results: page.sharedLocks.map((item) => renderPublicLockSummary(world, item, caller)),
      lastId: page.lastId,
      hasMore: page.hasMore,
      count: page.count,
    });
  },

  SharedLockTagController_findAllTags: () => ok(SHARED_LOCK_TAGS.map((name) => ({ name }))),

  SharedLockTagController_findSuggestedTags({ request }) {
    const { text } = validateBody(request.body, { text: isString() });
    return created(suggestTags(text).map((name) => ({ name })));
  },
};
