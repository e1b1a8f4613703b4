/**
 * Configuration pages. Chaster makes a token when a user opens the extension's configuration
 * page (for a new lock, a shared lock or a running session); the extension's backend reads and
 * saves the config through it. Saving the page of a running session changes that session's
 * config at once (in Chaster the app applies it when the user confirms).
 */
import type { components } from '../../../generated/chaster.js';
import { isoDate } from '../domain/iso-date.js';
import { forbidden, notFound } from '../engine/http-error.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { requireDeveloper, sessionScope } from './access.js';
import { liveExtension } from './extensions.js';
import type { PartnerConfigurationRecord, PartnerConfigurationRole } from './records.js';
import type { PartnerExtensionRecord } from './records.js';
import { updateSession } from './session-changes.js';
import { partnerStore, randomKey } from './store.js';

type PartnerConfigurationForPublic = components['schemas']['PartnerConfigurationForPublic'];

const TOKEN_LENGTH = 32;

/** What a new configuration page starts from. */
export interface NewConfiguration {
  extension: PartnerExtensionRecord;
  role: PartnerConfigurationRole;
  user: UserRecord;
  sessionId: string | null;
  config: Record<string, unknown>;
}

/** Opens a configuration page and returns its token. */
export function openConfiguration(world: World, input: NewConfiguration): string {
  const record: PartnerConfigurationRecord = {
    token: randomKey(world, TOKEN_LENGTH),
    extensionId: input.extension.id,
    role: input.role,
    userId: input.user.id,
    sessionId: input.sessionId,
    config: structuredClone(input.config),
    createdAt: world.clock.now(),
  };

  partnerStore(world).configurations.set(record.token, record);
  return record.token;
}

/** The page behind a token when the caller owns its extension; 404 unknown, 403 another's. */
export function requireOwnConfiguration(
  world: World,
  caller: UserRecord,
  token: string,
): PartnerConfigurationRecord {
  requireDeveloper(caller);

  const record = partnerStore(world).configurations.get(token);
  const extension = record === undefined ? undefined : liveExtension(world, record.extensionId);
  if (record === undefined || extension === undefined) throw notFound('Configuration not found');
  if (extension.ownerId !== caller.id) throw forbidden();
  return record;
}

/** Saves a page's config, and the session's too when the page edits a running session. */
export function saveConfiguration(
  world: World,
  record: PartnerConfigurationRecord,
  config: Record<string, unknown>,
): void {
  record.config = structuredClone(config);

  const scope = record.sessionId === null ? undefined : sessionScope(world, record.sessionId);
  if (scope !== undefined) updateSession(scope, { config });
}

/** A page as `GET /api/extensions/configurations/{token}` sends it. */
export function renderConfiguration(
  world: World,
  record: PartnerConfigurationRecord,
): PartnerConfigurationForPublic {
  const extension = partnerStore(world).extensions.get(record.extensionId);

  return {
    config: structuredClone(record.config),
    role: record.role,
    user: record.userId,
    sessionId: record.sessionId,
    extensionSlug: extension?.slug ?? '',
    createdAt: isoDate(record.createdAt),
  };
}
