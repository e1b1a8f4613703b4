/**
 * What an extension's backend does for its pages: exchanging a main-page token (with the
 * `X-Chaster-Client-Id` header) and reading or saving a configuration page's config.
 */
import { ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isObject, validateBody } from '../engine/validation.js';
import { renderConfiguration, requireOwnConfiguration } from '../partner/configurations.js';
import { saveConfiguration } from '../partner/configurations.js';
import { exchangeMainToken } from '../partner/main-tokens.js';

/** Handlers for main-page and configuration-page tokens. */
export const partnerPageHandlers: HandlerTable = {
  PartnerMainAuthorizationController_getSessionAuth({ world, caller, param, request }) {
    const clientId = request.header('x-chaster-client-id');
    return ok(exchangeMainToken(world, caller, param('token'), clientId));
  },

  PartnerConfigurationController_getConfiguration({ world, caller, param }) {
    const record = requireOwnConfiguration(world, caller, param('token'));
    return ok(renderConfiguration(world, record));
  },

  PartnerConfigurationController_updateConfiguration({ world, caller, param, request }) {
    const record = requireOwnConfiguration(world, caller, param('token'));
    const { config } = validateBody(request.body, { config: isObject() });

    saveConfiguration(world, record, config);
    return ok(renderConfiguration(world, record));
  },
};
