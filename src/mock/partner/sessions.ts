/**
 * Extension sessions: a partner extension enabled on a lock. The lock gets an extension record
 * like a built-in one (config, mode, regular actions), and the session adds its id, metadata
 * and data. A session ends when its extension leaves the lock.
 */
import { createParty } from '../domain/extension-parties.js';
import type { ExtensionMode, LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import type { ExtensionSessionRecord, PartnerExtensionRecord } from './records.js';
import { announceSession, partnerStore, randomKey } from './store.js';

const SESSION_ID_LENGTH = 21;

/** What a new session needs; the rest comes from the extension's defaults. */
export interface NewExtensionSession {
  extension: PartnerExtensionRecord;
  lock: LockRecord;
  /** @default the extension's `defaultConfig` */
  config?: Record<string, unknown>;
  /** @default the extension's first available mode */
  mode?: ExtensionMode;
  /** Seconds. @default the extension's `defaultRegularity` */
  regularity?: number;
  /** @default the extension's `defaultData` */
  data?: Record<string, unknown>;
}

/** Enables a partner extension on a lock; the `extension_session.created` listeners hear it. */
export function addExtensionSession(world: World, input: NewExtensionSession) {
  const { extension, lock } = input;
  if (lock.extensions.some((party) => party.slug === extension.slug)) {
    throw new Error(`The lock ${lock.id} already has the extension ${extension.slug}`);
  }

  const party = createParty(world, {
    slug: extension.slug,
    config: input.config ?? structuredClone(extension.defaultConfig),
    mode: input.mode ?? extension.availableModes[0] ?? 'unlimited',
    regularity: input.regularity ?? extension.defaultRegularity,
  });
  lock.extensions.push(party);

  const session: ExtensionSessionRecord = {
    sessionId: randomKey(world, SESSION_ID_LENGTH),
    extensionId: extension.id,
    lockId: lock.id,
    partyId: party.id,
    metadata: { reasonsPreventingUnlocking: [], homeActions: [] },
    data: input.data ?? structuredClone(extension.defaultData),
    regularActions: [],
    createdAt: party.createdAt,
    deletedAt: null,
  };
  partnerStore(world).sessions.set(session.sessionId, session);

  announceSession(world, 'created', session);
  return session;
}

/** Live sessions on a lock. */
export function sessionsOnLock(world: World, lockId: string): ExtensionSessionRecord[] {
  return [...partnerStore(world).sessions.values()].filter(
    (session) => session.lockId === lockId && session.deletedAt === null,
  );
}

/**
 * Keeps sessions in step with their lock: a session whose extension is removed from the lock
 * ends (`extension_session.deleted`), and one whose lock is unlocked changes
 * (`extension_session.updated`).
 */
export function trackSessionLifecycle(world: World): void {
  world.actionLogListeners.add((lock, entry) => {
    const sessions = sessionsOnLock(world, lock.id);

    if (entry.type === 'extension_disabled') {
      const { extensions } = partnerStore(world);
      const removed = sessions.filter(
        (session) => extensions.get(session.extensionId)?.slug === entry.extension,
      );
      for (const session of removed) {
        session.deletedAt = entry.createdAt;
        announceSession(world, 'deleted', session);
      }
    }

    if (entry.type === 'unlocked') {
      for (const session of sessions) announceSession(world, 'updated', session);
    }
  });
}
