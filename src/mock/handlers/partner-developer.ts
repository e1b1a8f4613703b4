/**
 * The developer portal's routes: a developer lists, creates, reads, updates and deletes their
 * own partner extensions. Another developer's extension answers 403, an unknown one 404.
 */
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isNumber, isObject, isString, nullable } from '../engine/validation.js';
import { optional, validateBody } from '../engine/validation.js';
import type { Rule } from '../engine/validation.js';
import { requireDeveloper } from '../partner/access.js';
import { addPartnerExtension, extensionsOf } from '../partner/extensions.js';
import { renderDashboardExtension, requireOwnExtension } from '../partner/extensions.js';
import type { PartnerExtensionRecord } from '../partner/records.js';
import type { ExtensionMode } from '../world/records.js';

const MODES: readonly ExtensionMode[] = ['cumulative', 'non_cumulative', 'turn', 'unlimited'];

function isModeList(): Rule<ExtensionMode[]> {
  return {
    check(value, property) {
      if (!Array.isArray(value) || value.length === 0) {
        return [`${property} must be a non-empty array`];
      }
      return value.every((mode) => MODES.includes(mode as ExtensionMode))
        ? []
        : [`each value in ${property} must be one of the following values: ${MODES.join(', ')}`];
    },
  };
}

const UPDATE_RULES = {
  displayName: optional(isString({ notEmpty: true })),
  subtitle: optional(isString()),
  summary: optional(isString()),
  availableModes: optional(isModeList()),
  defaultConfig: optional(isObject()),
  defaultData: optional(isObject()),
  defaultRegularity: optional(isNumber({ min: 0 })),
  enableStartTimeout: optional(isBoolean()),
  isEnabled: optional(isBoolean()),
  isTesting: optional(isBoolean()),
  configDescription: optional(nullable(isString())),
  mainIframeUrl: optional(isString()),
  configIframeUrl: optional(isString()),
  webhookUrl: optional(isString()),
  webhookUsername: optional(isString()),
  webhookPassword: optional(isString()),
};

type UpdatableKey = keyof typeof UPDATE_RULES;

function applyUpdate(extension: PartnerExtensionRecord, body: Record<string, unknown>): void {
  const target = extension as unknown as Record<UpdatableKey, unknown>;

  for (const key of Object.keys(UPDATE_RULES) as UpdatableKey[]) {
    const value = body[key];
    // Only `configDescription` may be cleared with null; elsewhere null means "left out".
    if (value === undefined || (value === null && key !== 'configDescription')) continue;
    target[key] = structuredClone(value);
  }
}

/** Handlers for the developer portal. */
export const partnerDeveloperHandlers: HandlerTable = {
  PartnerExtensionController_findAll: ({ world, caller }) =>
    ok(extensionsOf(world, requireDeveloper(caller)).map(renderDashboardExtension)),

  PartnerExtensionController_create({ world, caller, request }) {
    requireDeveloper(caller);
    const { displayName } = validateBody(request.body, {
      displayName: isString({ notEmpty: true }),
    });

    const extension = addPartnerExtension(world, { owner: caller, displayName });
    return created(renderDashboardExtension(extension));
  },

  PartnerExtensionController_findOne({ world, caller, param }) {
    requireDeveloper(caller);
    return ok(renderDashboardExtension(requireOwnExtension(world, caller, param('extensionId'))));
  },

  PartnerExtensionController_update({ world, caller, param, request }) {
    requireDeveloper(caller);
    const extension = requireOwnExtension(world, caller, param('extensionId'));
    const body = validateBody(request.body, UPDATE_RULES);

    applyUpdate(extension, body);
    return { status: 200 };
  },

  PartnerExtensionController_delete({ world, caller, param }) {
    requireDeveloper(caller);
    const extension = requireOwnExtension(world, caller, param('extensionId'));

    extension.deletedAt = world.clock.now();
    return { status: 200 };
  },
};
