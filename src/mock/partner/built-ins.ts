/**
 * The actor-based endpoints drive the lock's built-in extensions (tasks, hygiene opening,
 * verification picture, pillory) through those extensions' own actions, so the state and
 * history they write are the ones the lock routes see. They answer 400 when the extension is
 * not enabled on the lock, or when `keyholder` acts on a lock without one.
 */
import { catalogEntry } from '../domain/catalog.js';
import { EXTENSION_ACTOR } from '../domain/history.js';
import type { Actor } from '../domain/history.js';
import type { LockRole } from '../domain/lock-access.js';
import { requireRunning } from '../domain/lock-access.js';
import { badRequest } from '../engine/http-error.js';
import { extensionDefinition } from '../extensions/registry.js';
import type { ExtensionPartyRecord, LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import type { PartnerActor } from './validation.js';

/** Who acts, as history entries and the extensions' actions need it. */
export interface ResolvedActor {
  actor: Actor;
  /** The acting user; the wearer when the extension acts, since actions need a user. */
  user: UserRecord;
  role: LockRole;
}

function userRecord(world: World, id: string): UserRecord {
  const user = world.users.get(id);
  if (user === undefined) throw new Error(`The user ${id} has no record`);
  return user;
}

/** Resolves an actor on a lock; `keyholder` on a lock without one answers 400. */
export function resolveActor(world: World, lock: LockRecord, actor: PartnerActor): ResolvedActor {
  const wearer = userRecord(world, lock.wearerId);
  if (actor === 'extension') return { actor: EXTENSION_ACTOR, user: wearer, role: 'wearer' };
  if (actor === 'wearer') {
    return { actor: { role: 'user', user: wearer }, user: wearer, role: 'wearer' };
  }

  if (lock.keyholderId === null) throw badRequest('The lock has no keyholder');
  const keyholder = userRecord(world, lock.keyholderId);
  return { actor: { role: 'keyholder', user: keyholder }, user: keyholder, role: 'keyholder' };
}

/** The built-in extension with that slug on the lock, or a 400 naming it. */
export function requireBuiltIn(lock: LockRecord, slug: string): ExtensionPartyRecord {
  const party = lock.extensions.find((candidate) => candidate.slug === slug);
  if (party === undefined) {
    const name = catalogEntry(slug)?.displayName ?? slug;
    throw badRequest(`The ${name} extension is not enabled on this lock`);
  }
  return party;
}

/** An action of a built-in extension, run for an actor. */
export interface BuiltInActionRequest {
  slug: string;
  action: string;
  actor: PartnerActor;
  /** @default {} */
  payload?: Record<string, unknown>;
  /** Whether it only reads, and so may run on a lock that has ended. @default false */
  readOnly?: boolean;
}

/** Runs an action of a built-in extension on the lock (a running one unless it only reads). */
export function runBuiltInAction(
  world: World,
  lock: LockRecord,
  request: BuiltInActionRequest,
): unknown {
  const party = requireBuiltIn(lock, request.slug);
  const action = extensionDefinition(request.slug)?.actions[request.action];
  if (action === undefined) throw new Error(`No action ${request.action} on ${request.slug}`);
  if (!request.readOnly) requireRunning(lock);

  const { actor, user, role } = resolveActor(world, lock, request.actor);
  return action.run({
    world,
    lock,
    party,
    now: world.clock.now(),
    caller: user,
    role,
    actor,
    payload: request.payload ?? {},
  });
}
