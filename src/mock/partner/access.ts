/**
 * Who may use the Extensions API: only developer tokens, and only on sessions of their own
 * extensions. Session ids are looked up as given, never checked for a shape.
 */
import { forbidden, notFound } from '../engine/http-error.js';
import type { ExtensionPartyRecord, LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { liveExtension } from './extensions.js';
import type { ExtensionSessionRecord, PartnerExtensionRecord } from './records.js';
import { partnerStore } from './store.js';

/** A live session and everything it hangs off. */
export interface SessionScope {
  world: World;
  session: ExtensionSessionRecord;
  extension: PartnerExtensionRecord;
  lock: LockRecord;
  /** The session's extension record on the lock. */
  party: ExtensionPartyRecord;
}

/** Refuses, with a 403, a token without developer access. */
export function requireDeveloper(caller: UserRecord): UserRecord {
  if (!caller.isDeveloper) throw forbidden('A developer token is required');
  return caller;
}

/** The session's scope while the session is live (its extension still on its lock). */
export function sessionScope(world: World, sessionId: string): SessionScope | undefined {
  const session = partnerStore(world).sessions.get(sessionId);
  if (session === undefined || session.deletedAt !== null) return undefined;

  const extension = liveExtension(world, session.extensionId);
  const lock = world.locks.get(session.lockId);
  const party = lock?.extensions.find((candidate) => candidate.id === session.partyId);
  if (extension === undefined || lock === undefined || party === undefined) return undefined;
  return { world, session, extension, lock, party };
}

/**
 * The session when the caller is a developer who owns its extension: 403 for other tokens or
 * another developer's session, 404 for an unknown or deleted one.
 */
export function requireOwnSession(
  world: World,
  caller: UserRecord,
  sessionId: string,
): SessionScope {
  requireDeveloper(caller);

  const scope = sessionScope(world, sessionId);
  if (scope === undefined) throw notFound('Extension session not found');
  if (scope.extension.ownerId !== caller.id) throw forbidden();
  return scope;
}
