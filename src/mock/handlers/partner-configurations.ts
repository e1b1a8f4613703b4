/**
 * Opening a partner extension's configuration page, as the Chaster app does for its users:
 * before creating a lock, for a shared lock's extension, or for a running session (its
 * manager only). Each answers `{ token }` for the extension's backend to read.
 */
import { requireLock, requireManager } from '../domain/lock-access.js';
import { notFound } from '../engine/http-error.js';
import { created } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isIn, validateBody } from '../engine/validation.js';
import { openConfiguration } from '../partner/configurations.js';
import { liveExtension } from '../partner/extensions.js';
import type { PartnerExtensionRecord } from '../partner/records.js';
import { sessionsOnLock } from '../partner/sessions.js';
import { requireOwnSharedLock } from '../social/shared-locks/records.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** An enabled extension the user may configure: a test extension is its creator's only. */
function requireUsableExtension(
  world: World,
  caller: UserRecord,
  id: string,
): PartnerExtensionRecord {
  const extension = liveExtension(world, id);
  if (extension === undefined || !extension.isEnabled) throw notFound('Extension not found');
  if (extension.isTesting && extension.ownerId !== caller.id) {
    throw notFound('Extension not found');
  }
  return extension;
}

/** Handlers for opening configuration pages. */
export const partnerConfigurationHandlers: HandlerTable = {
  PartnerConfigurationCreationController_createPartnerConfiguration(context) {
    const { world, caller, param, request } = context;
    const extension = requireUsableExtension(world, caller, param('partnerExtensionId'));
    const { role } = validateBody(request.body, { role: isIn(['wearer', 'keyholder'] as const) });

    const token = openConfiguration(world, {
      extension, role, user: caller, sessionId: null, config: extension.defaultConfig,
    });
    return created({ token });
  },

  PartnerConfigurationCreationController_createLockPartnerConfiguration(context) {
    const { world, caller, param } = context;
    const lock = requireLock(world, param('lockId'));
    requireManager(lock, caller);
    const extension = requireUsableExtension(world, caller, param('partnerExtensionId'));

    const session = sessionsOnLock(world, lock.id)
      .find((candidate) => candidate.extensionId === extension.id);
    const party = lock.extensions.find((candidate) => candidate.id === session?.partyId);
    if (session === undefined || party === undefined) {
      throw notFound('Extension session not found');
    }

    const role = lock.keyholderId === caller.id ? 'keyholder' : 'wearer';
    const token = openConfiguration(world, {
      extension, role, user: caller, sessionId: session.sessionId, config: party.config,
    });
    return created({ token });
  },

  PartnerConfigurationCreationController_createSharedLockPartnerConfiguration(context) {
    const { world, caller, param } = context;
    const sharedLock = requireOwnSharedLock(world, param('sharedLockId'), caller);
    const extension = requireUsableExtension(world, caller, param('partnerExtensionId'));

    const chosen = sharedLock.extensions.find((item) => item.slug === extension.slug);
    const token = openConfiguration(world, {
      extension,
      role: 'keyholder',
      user: caller,
      sessionId: null,
      config: chosen?.config ?? extension.defaultConfig,
    });
    return created({ token });
  },
};
