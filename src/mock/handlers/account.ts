/**
 * The signed-in user and the app: profile, badge counts, app settings, the extension catalog,
 * and code combinations.
 */
import { BUILT_IN_EXTENSIONS, renderCatalogEntry } from '../domain/catalog.js';
import { createCodeCombination } from '../domain/combinations.js';
import { renderCurrentUser, renderProfileSettings } from '../domain/user-view.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isString, validateBody } from '../engine/validation.js';

const APP_VERSION = '0.35.0-mock';

/** Handlers for the account and app-wide routes. */
export const accountHandlers: HandlerTable = {
  AuthMeController_me: ({ caller }) => ok(renderCurrentUser(caller)),

  AuthMeController_getUpdatedProfile: ({ caller }) => ok(renderProfileSettings(caller)),

  // Reading `caller` demands a token. Messaging and session offers are not modelled here, so
  // every count is 0.
  UserBadgeController_getUserBadgeCount: ({ caller: _signedIn }) =>
    ok({ keyholdingRequests: 0, pendingMessages: 0, unreadMessages: 0 }),

  SettingsController_getAppSettings: ({ world, now }) =>
    ok({
      nonPremiumMaxLocks: world.plan.nonPremiumMaxLocks,
      nonPremiumMaxExtensions: world.plan.nonPremiumMaxExtensions,
      registerRequiresAccessKey: false,
      recaptchaClientKey: 'mock-recaptcha-key',
      maxAttachments: 6,
      time: new Date(now).toISOString(),
      version: APP_VERSION,
      communityEvent: null,
      features: ['partner_extensions'],
      stripePublicKey: 'pk_test_mock',
    }),

  ExtensionListController_getExtensions: () => ok(BUILT_IN_EXTENSIONS.map(renderCatalogEntry)),

  CombinationController_createCode({ world, caller, request }) {
    const { code } = validateBody(request.body, { code: isString({ notEmpty: true }) });
    return created({ combinationId: createCodeCombination(world, caller, code).id });
  },
};
