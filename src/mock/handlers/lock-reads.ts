/**
 * Reading locks: the caller's locks, one lock, its combination and its history.
 */
import { renderCombination, requireCombination } from '../domain/combinations.js';
import { historyPage } from '../domain/history.js';
import { requireLock, requireMember } from '../domain/lock-access.js';
import { renderLock } from '../domain/lock-view.js';
import { badRequest, forbidden } from '../engine/http-error.js';
import { ok, created } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isNumber, isString, optional, validateBody } from '../engine/validation.js';

const LOCK_STATUSES = ['active', 'archived', 'all'] as const;
const DEFAULT_HISTORY_LIMIT = 25;

/** Handlers for reading locks. */
export const lockReadHandlers: HandlerTable = {
  LockController_findAll({ world, caller, request }) {
    const status = request.query.get('status') ?? 'active';
    if (!(LOCK_STATUSES as readonly string[]).includes(status)) {
      throw badRequest([`status must be one of the following values: ${LOCK_STATUSES.join(', ')}`]);
    }

    const locks = [...world.locks.values()].filter(
      (lock) =>
        lock.wearerId === caller.id &&
        (status === 'all' || (status === 'archived') === (lock.archivedAt !== null)),
    );
    return ok(locks.map((lock) => renderLock(world, lock, caller)));
  },

  LockController_findOne({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireMember(lock, caller);
    return ok(renderLock(world, lock, caller));
  },

  LockController_combination({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    const role = requireMember(lock, caller);

    // The wearer only learns the code once the lock is over.
    if (role === 'wearer' && lock.status === 'locked') {
      throw forbidden('The combination is hidden while the lock is running');
    }
    return ok(renderCombination(requireCombination(world, lock.combinationId)));
  },

  LockController_getLockHistory({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireMember(lock, caller);

    const query = validateBody(request.body, {
      limit: optional(isNumber({ min: 1, max: 100 })),
      lastId: optional(isString()),
      extension: optional(isString()),
    });
    return created(historyPage(world, lock, {
      limit: query.limit ?? DEFAULT_HISTORY_LIMIT,
      ...(query.lastId ? { lastId: query.lastId } : {}),
      ...(query.extension ? { extension: query.extension } : {}),
    }));
  },
};
