/**
 * Searching locks: the keyholder's locks page by page, and the caller's own locks with an
 * opaque cursor (the last id, base64url-encoded).
 */
import { renderLock } from '../domain/lock-view.js';
import { badRequest } from '../engine/http-error.js';
import { created } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isIn, isNumber, isObject, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import type { LockRecord } from '../world/records.js';

const KEYHOLDER_STATUSES = ['locked', 'unlocked', 'deserted', 'archived'] as const;

function newestFirst(locks: Iterable<LockRecord>): LockRecord[] {
  return [...locks].sort((left, right) => (left.id < right.id ? 1 : -1));
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{24}$/.test(id)) throw badRequest('Invalid cursor');
  return id;
}

/** Handlers for the lock searches. */
export const lockSearchHandlers: HandlerTable = {
  KeyholderController_searchLocks({ world, caller, request }) {
    const query = validateBody(request.body, {
      criteria: optional(isObject()),
      status: optional(isIn(KEYHOLDER_STATUSES)),
      search: optional(isString({ minLength: 2 })),
      page: optional(isNumber({ min: 0, integer: true })),
      limit: optional(isNumber({ min: 1, max: 100, integer: true })),
    });
    const { status, search } = query;
    const page = query.page ?? 0;
    const limit = query.limit ?? 15;

    const matching = newestFirst(world.locks.values()).filter((lock) => {
      if (lock.keyholderId !== caller.id) return false;
      if (status === 'archived') return lock.keyholderArchivedAt !== null;
      if (lock.keyholderArchivedAt !== null) return false;
      if (status !== undefined && lock.status !== status) return false;

      const wearer = world.users.get(lock.wearerId)?.username.toLowerCase() ?? '';
      return search === undefined || wearer.includes(search.toLowerCase());
    });

    return created({
      locks: matching.slice(page * limit, (page + 1) * limit)
        .map((lock) => renderLock(world, lock, caller)),
      total: matching.length,
      pages: Math.ceil(matching.length / limit),
    });
  },

  LockSearchController_search({ world, caller, request }) {
    const query = validateBody(request.body, {
      limit: optional(isNumber({ min: 1, max: 100, integer: true })),
      cursor: optional(isString()),
      filterByArchivedLocks: optional(isBoolean()),
    });
    const archived = query.filterByArchivedLocks ?? false;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const limit = query.limit ?? 15;

    const matching = newestFirst(world.locks.values()).filter(
      (lock) => lock.wearerId === caller.id && (lock.archivedAt !== null) === archived,
    );
    const remaining = after === undefined ? matching : matching.filter((lock) => lock.id < after);
    const page = remaining.slice(0, limit);
    const hasMore = remaining.length > page.length;
    const last = page[page.length - 1];

    return created({
      results: page.map((lock) => renderLock(world, lock, caller)),
      count: matching.length,
      hasMore,
      ...(hasMore && last ? { cursor: Buffer.from(last.id).toString('base64url') } : {}),
    });
  },
};
