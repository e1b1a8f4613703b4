/**
 * Shared locks as wearers find them: a shared lock's page, the public search (opaque cursor,
 * answered 200 as live), the explore page, and starting a lock from a shared lock. Reading is
 * open to anonymous visitors; a signed-in viewer does not see creators a block stands between.
 */
import { unauthorized } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isNumber, isObject, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { blockInteraction } from '../social/blocks.js';
import { exploreCategories } from '../social/shared-locks/explore.js';
import { joinSharedLock } from '../social/shared-locks/join.js';
import { searchPublicLocks } from '../social/shared-locks/public-search.js';
import type { PublicLockCriteria } from '../social/shared-locks/public-search.js';
import { requireOpenSharedLock } from '../social/shared-locks/records.js';
import { renderPublicLock, renderPublicLockSummary } from '../social/shared-locks/view.js';

/** Whether `viewer` may see what `creatorId` made (anonymous visitors see everything). */
function visibleTo(world: World, viewer: UserRecord | undefined) {
  return (creatorId: string): boolean => {
    const creator = world.users.get(creatorId);
    if (viewer === undefined || creator === undefined) return true;
    return blockInteraction(world, viewer, creator).canInteract;
  };
}

/** Handlers for the public side of shared locks. */
export const socialPublicLockHandlers: HandlerTable = {
  PublicLockController_findOne({ world, optionalCaller, param }) {
    const sharedLock = requireOpenSharedLock(world, param('sharedLockId'));
    return ok(renderPublicLock(world, sharedLock, optionalCaller));
  },

  PublicLockController_search({ world, optionalCaller, request }) {
    const query = validateBody(request.body, {
      criteria: isObject(),
      limit: isNumber({ min: 1, max: 100, integer: true }),
      cursor: optional(isString()),
      lastId: optional(isString()),
    });
    const criteria = query.criteria as PublicLockCriteria;
    // The creator filter is documented as "only available for authenticated users".
    if (criteria.user !== undefined && optionalCaller === undefined) throw unauthorized();

    const page = searchPublicLocks(
      world,
      criteria,
      query.limit,
      { cursor: query.cursor, lastId: query.lastId },
      visibleTo(world, optionalCaller),
    );
    return ok({
      results: page.page.map((item) => renderPublicLockSummary(world, item, optionalCaller)),
      count: page.count,
      hasMore: page.hasMore,
      ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
    });
  },

  PublicLockExploreController_findAll({ world, optionalCaller }) {
    const categories = exploreCategories(world, visibleTo(world, optionalCaller));

    return ok(categories.map(({ id, sharedLocks, ...category }, order) => ({
      _id: id,
      ...category,
      order,
      locks: sharedLocks.map((item) => renderPublicLockSummary(world, item, optionalCaller)),
    })));
  },

  LockCreationController_createLockFromSharedLock({ world, caller, param, request }) {
    const input = validateBody(request.body, {
      combinationId: isString({ notEmpty: true }),
      isTestLock: optional(isBoolean()),
      password: optional(isString()),
    });
    const sharedLock = requireOpenSharedLock(world, param('sharedLockId'));

    const lock = joinSharedLock(world, sharedLock, caller, input);
    return created({ lockId: lock.id });
  },
};
