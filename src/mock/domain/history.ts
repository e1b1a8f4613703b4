/**
 * Lock history: writing entries (every change writes one) and reading them newest first with
 * keyset pagination on the entry id, as `POST /locks/{lockId}/history` does.
 */
import type { components } from '../../../generated/chaster.js';
import type { ActionLogRecord, ActionLogRole, LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { isoDate } from './iso-date.js';
import { renderUser } from './user-view.js';

type ActionLogForPublic = components['schemas']['ActionLogForPublic'];
type GetHistoryRepDto = components['schemas']['GetHistoryRepDto'];

/** Who acted: the role written in the entry and the user, `null` for an extension. */
export interface Actor {
  role: ActionLogRole;
  user: UserRecord | null;
}

/** Entries written by an extension on its own (a vote ending, a period closing). */
export const EXTENSION_ACTOR: Actor = { role: 'extension', user: null };

/** The actor for a user acting on a lock: the wearer writes as `user`, the keyholder as such. */
export function actorOn(lock: LockRecord, user: UserRecord): Actor {
  return { role: lock.keyholderId === user.id ? 'keyholder' : 'user', user };
}

/** What a new entry says. */
export interface LogInput {
  type: string;
  actor: Actor;
  title: string;
  description: string;
  icon?: string;
  payload?: Record<string, unknown>;
  /** Slug of the extension involved. */
  extension?: string;
  /** Combination revealed by a temporary opening, kept for later lookup. */
  revealedCombinationId?: string;
  /** When it happened, epoch ms; defaults to now on the world's clock (seeding sets it). */
  at?: number;
}

/** Writes an entry dated now on the world's clock and tells the listeners. */
export function appendLog(world: World, lock: LockRecord, input: LogInput): ActionLogRecord {
  const entry: ActionLogRecord = {
    id: world.ids.next(),
    lockId: lock.id,
    type: input.type,
    prefix: 'default',
    role: input.actor.role,
    userId: input.actor.user?.id ?? null,
    extension: input.extension ?? null,
    title: input.title,
    description: input.description,
    icon: input.icon ?? null,
    color: null,
    payload: input.payload ?? {},
    createdAt: input.at ?? world.clock.now(),
    ...(input.revealedCombinationId ? { revealedCombinationId: input.revealedCombinationId } : {}),
  };

  lock.history.push(entry);
  lock.updatedAt = entry.createdAt;
  for (const listener of world.actionLogListeners) listener(lock, entry);
  return entry;
}

/** An entry as Chaster sends it. */
export function renderLog(world: World, entry: ActionLogRecord): ActionLogForPublic {
  const user = entry.userId === null ? undefined : world.users.get(entry.userId);
  const rendered: ActionLogForPublic = {
    _id: entry.id,
    type: entry.type,
    lock: entry.lockId,
    role: entry.role,
    extension: entry.extension,
    createdAt: isoDate(entry.createdAt),
    title: entry.title,
    description: entry.description,
    color: entry.color,
    icon: entry.icon,
    payload: entry.payload,
    prefix: entry.prefix,
  };

  if (user !== undefined) rendered.user = renderUser(user, world.clock.now());
  return rendered;
}

/** A history page request, as `GetLockHistoryDto` carries it. */
export interface HistoryQuery {
  limit: number;
  lastId?: string;
  /** Only entries of this extension slug. */
  extension?: string;
}

/**
 * One page of history, newest first. Ids sort in creation order, so "older than `lastId`" is a
 * string comparison, like comparing ObjectIds. `count` is the number of entries matching the
 * filter across all pages.
 */
export function historyPage(world: World, lock: LockRecord, query: HistoryQuery): GetHistoryRepDto {
  const matching = query.extension === undefined
    ? lock.history
    : lock.history.filter((entry) => entry.extension === query.extension);
  const { lastId } = query;
  const older = lastId === undefined ? matching : matching.filter((entry) => entry.id < lastId);
  const page = older.slice(-query.limit).reverse();

  return {
    results: page.map((entry) => renderLog(world, entry)),
    count: matching.length,
    hasMore: older.length > page.length,
  };
}
