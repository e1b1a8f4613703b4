/**
 * Extensions on a lock: replacing the list, reading one, and triggering the built-in actions
 * (`POST /locks/{lockId}/extensions/{extensionId}/action` with `{ action, payload }`).
 */
import { checkExtensionConfigs, checkExtensionLimit } from '../domain/extension-parties.js';
import { replaceExtensions } from '../domain/extension-parties.js';
import { actorOn } from '../domain/history.js';
import { requireLock, requireManager, requireRunning, roleOn } from '../domain/lock-access.js';
import { renderLock } from '../domain/lock-view.js';
import { recordRegularAction, requireRegularAction } from '../domain/regular-actions.js';
import { badRequest, forbidden, notFound } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isArray, isObject, isString, validateBody } from '../engine/validation.js';
import { countExtensionAction } from '../extensions/penalty.js';
import { extensionDefinition } from '../extensions/registry.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import { EXTENSION_CONFIG_RULES } from './rules.js';

/** The extension with that id on the lock, or a 404. */
export function requireParty(lock: LockRecord, extensionId: string): ExtensionPartyRecord {
  const party = lock.extensions.find((candidate) => candidate.id === extensionId);
  if (party === undefined) throw notFound('Extension not found');
  return party;
}

/** Handlers for a lock's extensions. */
export const lockExtensionHandlers: HandlerTable = {
  LockCreationController_setLockExtensions({ world, caller, param, request }) {
    const lock = requireLock(world, param('lockId'));
    requireManager(lock, caller);
    const { extensions } = validateBody(request.body, {
      extensions: isArray(EXTENSION_CONFIG_RULES),
    });
    requireRunning(lock);

    checkExtensionConfigs(extensions);
    const wearer = world.users.get(lock.wearerId);
    if (wearer) checkExtensionLimit(world, wearer, extensions);

    replaceExtensions(world, lock, extensions, actorOn(lock, caller));
    return created();
  },

  LockExtensionController_getLockInfoFromExtension({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    const party = requireParty(lock, param('extensionId'));

    return ok({
      lock: renderLock(world, lock, caller),
      extension: {
        slug: party.slug,
        config: party.config,
        mode: party.mode,
        regularity: party.regularity,
        _id: party.id,
      },
    });
  },

  LockExtensionController_triggerAction({ world, caller, param, request, now }) {
    const lock = requireLock(world, param('lockId'));
    const party = requireParty(lock, param('extensionId'));
    const body = validateBody(request.body, {
      action: isString({ notEmpty: true }),
      payload: isObject(),
    });

    // Own properties only: an action named `toString` must not reach Object.prototype.
    const actions = extensionDefinition(party.slug)?.actions ?? {};
    const action = Object.hasOwn(actions, body.action) ? actions[body.action] : undefined;
    if (action === undefined) {
      throw badRequest(`Unknown action ${body.action} for the extension ${party.slug}`);
    }
    const role = roleOn(lock, caller);
    if (!action.roles.includes(role)) throw forbidden();
    requireRunning(lock);
    if (action.regular) requireRegularAction(party, now);

    const actor = actorOn(lock, caller);
    const { payload } = body;
    const result = action.run({ world, lock, party, now, caller, role, actor, payload });

    if (action.regular) {
      recordRegularAction(party, now);
      countExtensionAction(lock, party.slug);
    }
    return created(result);
  },
};
