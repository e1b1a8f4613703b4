/**
 * `POST /users/search`: users matching criteria, paged with the compound keyset
 * `{ lastId, lastAccessForUserList }`, answered `{ results, count, hasMore,
 * lastAccessForUserList }`. The document gives this 201 no body schema.
 */
import { isoDate } from '../domain/iso-date.js';
import { renderUser } from '../domain/user-view.js';
import { badRequest } from '../engine/http-error.js';
import { created } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isDateString, isNumber, isObject, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import { blockInteraction } from '../social/blocks.js';
import type { UserCriteria } from '../social/user-criteria.js';
import { searchUsers } from '../social/user-search.js';

/** The handler for the user search. */
export const socialUserSearchHandlers: HandlerTable = {
  UserSearchController_searchUsers({ world, caller, request, now }) {
    const query = validateBody(request.body, {
      criteria: isObject(),
      limit: isNumber({ min: 1, max: 100, integer: true }),
      lastId: optional(isString()),
      lastAccessForUserList: optional(isDateString()),
    });
    if (query.lastAccessForUserList !== undefined && query.lastId === undefined) {
      throw badRequest(['lastId must be given with lastAccessForUserList']);
    }

    const page = searchUsers(world, caller, {
      criteria: query.criteria as UserCriteria,
      limit: query.limit,
      after: {
        lastId: query.lastId,
        lastAccess: query.lastAccessForUserList === undefined
          ? undefined
          : Date.parse(query.lastAccessForUserList),
      },
    }, (user) => blockInteraction(world, caller, user).canInteract);

    return created({
      results: page.users.map((user) => renderUser(user, now)),
      count: page.count,
      hasMore: page.hasMore,
      lastAccessForUserList: page.lastAccess === null ? null : isoDate(page.lastAccess),
    });
  },
};
