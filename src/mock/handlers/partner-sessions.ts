/**
 * Extension sessions for an extension's backend: reading one, searching them (keyset on each
 * result's `paginationId`), and changing config, metadata and data.
 */
import { forbidden, notFound } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isIn, isNumber, isObject, isString } from '../engine/validation.js';
import { optional, validateBody } from '../engine/validation.js';
import { requireDeveloper, requireOwnSession, sessionScope } from '../partner/access.js';
import type { SessionScope } from '../partner/access.js';
import { updateSession } from '../partner/session-changes.js';
import { renderSearchItem, renderSession } from '../partner/session-view.js';
import { partnerStore } from '../partner/store.js';
import { isMetadata } from '../partner/validation.js';
import type { World } from '../world/world.js';

const SEARCH_RULES = {
  status: isIn(['locked', 'unlocked', 'deserted', 'all'] as const),
  extensionSlug: isString({ notEmpty: true }),
  limit: optional(isNumber({ min: 1, max: 100, integer: true })),
  paginationLastId: optional(isString()),
};

function sessionsOf(world: World, extensionId: string): SessionScope[] {
  return [...partnerStore(world).sessions.values()]
    .filter((session) => session.extensionId === extensionId)
    .flatMap((session) => sessionScope(world, session.sessionId) ?? [])
    .sort((left, right) => (left.party.id < right.party.id ? -1 : 1));
}

/** Handlers for reading, searching and changing sessions. */
export const partnerSessionHandlers: HandlerTable = {
  PartnerActionsController_getExtensionSession({ world, caller, param }) {
    const scope = requireOwnSession(world, caller, param('sessionId'));
    return ok({ session: renderSession(scope) });
  },

  PartnerSessionController_getSessions({ world, caller, request }) {
    requireDeveloper(caller);
    const query = validateBody(request.body, SEARCH_RULES);

    const extension = [...partnerStore(world).extensions.values()].find(
      (candidate) => candidate.slug === query.extensionSlug && candidate.deletedAt === null,
    );
    if (extension === undefined) throw notFound('Extension not found');
    if (extension.ownerId !== caller.id) throw forbidden();

    const { status, paginationLastId: lastId } = query;
    const matching = sessionsOf(world, extension.id)
      .filter((scope) => status === 'all' || scope.lock.status === status);
    const after = lastId === undefined
      ? matching
      : matching.filter((scope) => scope.party.id > lastId);
    const page = after.slice(0, query.limit ?? 15);

    return created({
      results: page.map(renderSearchItem),
      count: matching.length,
      hasMore: after.length > page.length,
    });
  },

  PartnerActionsController_patchExtensionSession({ world, caller, param, request }) {
    const scope = requireOwnSession(world, caller, param('sessionId'));
    const changes = validateBody(request.body, {
      config: optional(isObject()),
      metadata: optional(isMetadata()),
      data: optional(isObject()),
    });

    updateSession(scope, changes);
    return { status: 200 };
  },

  SessionDataController_setData({ world, caller, param, request }) {
    const scope = requireOwnSession(world, caller, param('sessionId'));
    const { data } = validateBody(request.body, { data: isObject() });

    updateSession(scope, { data });
    return { status: 200 };
  },

  PartnerActionsController_setMetadata({ world, caller, param, request }) {
    const scope = requireOwnSession(world, caller, param('sessionId'));
    const { metadata } = validateBody(request.body, { metadata: isMetadata() });

    updateSession(scope, { metadata });
    return { status: 200 };
  },
};
