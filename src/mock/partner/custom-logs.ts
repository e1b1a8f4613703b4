/**
 * Custom history entries an extension writes (`POST .../logs/custom`). They carry the
 * extension's slug as their prefix, so they never pass for one of Chaster's own (`default`)
 * types. `%USER%` stays in the title, as in Chaster's own entries, and the entry names the user
 * the role points at, so each reader can put a name (or "You") in its place.
 */
import type { ActionLogRecord, ActionLogRole, LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** The roles a custom entry accepts: the document's `user`, and the docs' `wearer` for it. */
export const CUSTOM_LOG_ROLES = ['user', 'wearer', 'keyholder', 'extension'] as const;

/** A role a custom entry may be written as. */
export type CustomLogRole = (typeof CUSTOM_LOG_ROLES)[number];

/** What the extension sent. */
export interface CustomLogInput {
  title: string;
  description: string;
  role: CustomLogRole;
  icon: string | null;
  color: string | null;
}

function writer(lock: LockRecord, role: CustomLogRole): [ActionLogRole, string | null] {
  if (role === 'user' || role === 'wearer') return ['user', lock.wearerId];
  if (role === 'keyholder') return ['keyholder', lock.keyholderId];
  return ['extension', null];
}

/** Writes a custom entry with the extension's prefix and tells the history listeners. */
export function appendCustomLog(
  world: World,
  lock: LockRecord,
  slug: string,
  input: CustomLogInput,
): ActionLogRecord {
  const [role, userId] = writer(lock, input.role);
  const entry: ActionLogRecord = {
    id: world.ids.next(),
    lockId: lock.id,
    type: 'custom',
    prefix: slug,
    role,
    userId,
    extension: slug,
    title: input.title,
    description: input.description,
    icon: input.icon,
    color: input.color,
    payload: {},
    createdAt: world.clock.now(),
  };

  lock.history.push(entry);
  lock.updatedAt = entry.createdAt;
  for (const listener of world.actionLogListeners) listener(lock, entry);
  return entry;
}
