/**
 * What an extension's backend does to its session's lock: lock actions, custom history
 * entries, reading the history (keyset, newest first) and regular actions.
 */
import { historyPage } from '../domain/history.js';
import { requireRunning } from '../domain/lock-access.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isIn, isNumber, isObject, isString } from '../engine/validation.js';
import { optional, validateBody } from '../engine/validation.js';
import { requireOwnSession } from '../partner/access.js';
import { appendCustomLog, CUSTOM_LOG_ROLES } from '../partner/custom-logs.js';
import { readLockAction, runLockAction } from '../partner/lock-actions.js';
import { renderRegularActions, submitRegularAction } from '../partner/regular-actions.js';

const CUSTOM_LOG_RULES = {
  title: isString({ notEmpty: true }),
  description: isString(),
  role: optional(isIn(CUSTOM_LOG_ROLES)),
  icon: optional(isString()),
  color: optional(isString()),
};

const LOG_SEARCH_RULES = {
  role: isIn(['keyholder', 'wearer', 'visitor'] as const),
  limit: optional(isNumber({ min: 1, max: 100, integer: true })),
  lastId: optional(isString()),
  showOnlyExtensionActions: optional(isBoolean()),
};

/** Handlers for lock actions, custom logs, history and regular actions. */
export const partnerSessionActionHandlers: HandlerTable = {
  PartnerActionsController_doAction({ world, caller, param, request }) {
    const { lock, party } = requireOwnSession(world, caller, param('sessionId'));
    const { action } = validateBody(request.body, { action: isObject() });
    const checked = readLockAction(action);
    requireRunning(lock);

    runLockAction(world, lock, checked, { extension: party.slug });
    return created();
  },

  PartnerLogController_logCustomAction({ world, caller, param, request }) {
    const { lock, extension } = requireOwnSession(world, caller, param('sessionId'));
    const input = validateBody(request.body, CUSTOM_LOG_RULES);

    appendCustomLog(world, lock, extension.slug, {
      title: input.title,
      description: input.description,
      role: input.role ?? 'extension',
      icon: input.icon ?? 'puzzle-piece',
      color: input.color ?? null,
    });
    return created();
  },

  PartnerActionsController_getLogs({ world, caller, param, request }) {
    const { lock, party } = requireOwnSession(world, caller, param('sessionId'));
    const query = validateBody(request.body, LOG_SEARCH_RULES);

    const page = historyPage(world, lock, {
      limit: query.limit ?? 15,
      ...(query.lastId == null ? {} : { lastId: query.lastId }),
      ...(query.showOnlyExtensionActions ? { extension: party.slug } : {}),
    });
    return created(page);
  },

  SessionRegularActionController_getRegularActions({ world, caller, param }) {
    return ok(renderRegularActions(requireOwnSession(world, caller, param('sessionId'))));
  },

  SessionRegularActionController_submitRegularAction({ world, caller, param, request }) {
    const scope = requireOwnSession(world, caller, param('sessionId'));
    const { payload } = validateBody(request.body, { payload: isObject() });
    requireRunning(scope.lock);

    submitRegularAction(scope, payload);
    return created(renderRegularActions(scope));
  },
};
