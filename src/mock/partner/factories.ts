/**
 * Test factories for the Extensions API: a developer's partner extension, a session of it on a
 * lock, and the main-page token Chaster would give the extension's page.
 */
import type { ExtensionMode, LockRecord, UserRecord } from '../world/records.js';
import type { WorldSource } from '../world/factories.js';
import type { World } from '../world/world.js';
import { addPartnerExtension, type NewPartnerExtension } from './extensions.js';
import { issueMainToken } from './main-tokens.js';
import type { ExtensionSessionRecord, PartnerExtensionRecord } from './records.js';
import { addExtensionSession } from './sessions.js';

function worldOf(source: WorldSource): World {
  return 'state' in source ? source.state : source;
}

/** Options of {@link createPartnerExtension}: the owner needs developer access to use it. */
export type CreatePartnerExtensionOptions = NewPartnerExtension;

/**
 * Registers a partner extension, as its developer would in the developer portal.
 *
 * @example
 * ```ts
 * const extension = createPartnerExtension(mock, { owner: mock.users.dev, displayName: 'Dares' });
 * ```
 */
export function createPartnerExtension(
  source: WorldSource,
  options: CreatePartnerExtensionOptions,
): PartnerExtensionRecord {
  return addPartnerExtension(worldOf(source), options);
}

/** Options of {@link createExtensionSession}. */
export interface CreateExtensionSessionOptions {
  extension: PartnerExtensionRecord;
  lock: LockRecord;
  /** @default the extension's `defaultConfig` */
  config?: Record<string, unknown>;
  /** @default the extension's first available mode */
  mode?: ExtensionMode;
  /** Seconds between regular actions. @default the extension's `defaultRegularity` */
  regularity?: number;
  /** @default the extension's `defaultData` */
  data?: Record<string, unknown>;
}

/**
 * Enables a partner extension on a lock, which starts a session (and sends the
 * `extension_session.created` webhook when webhooks are on).
 *
 * @example
 * ```ts
 * const session = createExtensionSession(mock, { extension, lock: mock.locks.sam });
 * ```
 */
export function createExtensionSession(
  source: WorldSource,
  options: CreateExtensionSessionOptions,
): ExtensionSessionRecord {
  return addExtensionSession(worldOf(source), options);
}

/** Options of {@link createMainToken}. */
export interface CreateMainTokenOptions {
  /** The session whose page is opened. */
  session: ExtensionSessionRecord;
  /** Who opens it: the wearer or the keyholder of the session's lock. */
  user: UserRecord;
}

/**
 * The main-page token Chaster passes to the extension's page when `user` opens it; it works
 * for 12 hours of virtual time.
 *
 * @example
 * ```ts
 * const token = createMainToken(mock, { session: mock.partner.session, user: mock.users.wes });
 * ```
 */
export function createMainToken(source: WorldSource, options: CreateMainTokenOptions): string {
  return issueMainToken(worldOf(source), options.session.sessionId, options.user);
}
