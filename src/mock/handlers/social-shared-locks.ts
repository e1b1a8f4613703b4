/**
 * A keyholder's shared locks: listing, creating (at most 10 every 30 minutes), reading,
 * updating and archiving them. Only the creator reaches these routes; others get a 403.
 */
import { badRequest } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isIn, optional } from '../engine/validation.js';
import { requireQuota, SHARED_LOCK_CREATIONS, spendQuota } from '../social/daily-limit.js';
import { readQuery } from '../social/query.js';
import { requireOwnSharedLock, sharedLockState } from '../social/shared-locks/records.js';
import type { SharedLockRecord } from '../social/shared-locks/records.js';
import { readSharedLockSettings } from '../social/shared-locks/settings-input.js';
import { renderSharedLock } from '../social/shared-locks/view.js';

function newestFirst(left: SharedLockRecord, right: SharedLockRecord): number {
  return left.id < right.id ? 1 : -1;
}

/** Handlers for the creator's shared-lock routes. */
export const socialSharedLockHandlers: HandlerTable = {
  SharedLockController_findAll({ world, caller, request }) {
    const query = readQuery(request.query, { status: optional(isIn(['active', 'archived'])) });
    const archived = query.status === 'archived';

    const own = [...sharedLockState(world).sharedLocks.values()]
      .filter((item) => item.creatorId === caller.id && (item.archivedAt !== null) === archived)
      .sort(newestFirst);
    return ok(own.map((sharedLock) => renderSharedLock(world, sharedLock, 'id')));
  },

  SharedLockController_create({ world, caller, request, now }) {
    const settings = readSharedLockSettings(request.body);
    requireQuota(world, SHARED_LOCK_CREATIONS, caller, now);

    const sharedLock: SharedLockRecord = {
      ...settings,
      id: world.ids.next(),
      creatorId: caller.id,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    sharedLockState(world).sharedLocks.set(sharedLock.id, sharedLock);
    spendQuota(world, SHARED_LOCK_CREATIONS, caller, now);
    return created({ id: sharedLock.id });
  },

  SharedLockController_findOne({ world, caller, param }) {
    const sharedLock = requireOwnSharedLock(world, param('sharedLockId'), caller);
    return ok(renderSharedLock(world, sharedLock, 'card'));
  },

  SharedLockController_update({ world, caller, param, request, now }) {
    const settings = readSharedLockSettings(request.body);
    const sharedLock = requireOwnSharedLock(world, param('sharedLockId'), caller);
    if (sharedLock.archivedAt !== null) throw badRequest('The shared lock is archived');

    // Locks already started keep their settings; only new ones see the change.
    Object.assign(sharedLock, settings, { updatedAt: now });
    return { status: 200 };
  },

  SharedLockController_archive({ world, caller, param, now }) {
    const sharedLock = requireOwnSharedLock(world, param('sharedLockId'), caller);

    sharedLock.archivedAt ??= now;
    return created();
  },
};
