import type { Coverage, SkippedCoverage } from '../coverage-types.js';
import type { FacadeContext } from '../context.js';
import type { ExtensionSession } from './extension-session.js';
import { ExtensionSessions } from './extension-sessions.js';
import { PartnerAuth } from './partner-auth.js';
import { PartnerConfigurations } from './partner-configurations.js';
import { PartnerExtensions } from './partner-extensions.js';

/** Options of {@link Partner} besides the context. */
export interface PartnerOptions {
  /**
   * Your application's client id, sent as `X-Chaster-Client-Id` when exchanging a main-page
   * token. Without it, {@link PartnerAuth.sessionFromMainToken} is refused before any request.
   * @default undefined
   */
  clientId?: string;
}

/**
 * The Extensions API, for the backend of a partner extension (`chaster.partner`): its sessions,
 * the authentication of its pages, configuration pages, and its entries in the developer portal.
 * Every route needs a developer token. Webhooks are read with `parseWebhook`.
 *
 * @example
 * ```ts
 * const chaster = new Chaster({ token: process.env.CHASTER_DEVELOPER_TOKEN, clientId });
 * const { session } = await chaster.partner.auth.sessionFromMainToken(mainToken);
 * await session.addTime({ hours: 1 });
 * ```
 */
export class Partner {
  /** Your extension's sessions: read, search, act on them. */
  readonly sessions: ExtensionSessions;

  /** Exchanging a main page's token for its session. */
  readonly auth: PartnerAuth;

  /** Reading and saving what configuration pages edit, and creating their tokens. */
  readonly configurations: PartnerConfigurations;

  /** Your extensions in the developer portal. */
  readonly extensions: PartnerExtensions;

  /**
   * Builds what `chaster.partner` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you and passes its `clientId` option on.
   *
   * @example
   * ```ts
   * const partner = new Partner({ client }, { clientId: process.env.CHASTER_CLIENT_ID });
   * ```
   */
  constructor(context: FacadeContext, options: PartnerOptions = {}) {
    this.sessions = new ExtensionSessions(context);
    this.auth = new PartnerAuth(context, options.clientId);
    this.configurations = new PartnerConfigurations(context);
    this.extensions = new PartnerExtensions(context);
  }
}

/** Writes the usage of an {@link ExtensionSession} method, reached through `sessions.get`. */
function viaSession(call: string): string {
  return `(await chaster.partner.sessions.get(sessionId)).${call}`;
}

/** How each Extensions API operation is reached through {@link Partner}. */
export const coverage = {
  PartnerExtensionController_findAll: 'chaster.partner.extensions.list()',
  PartnerExtensionController_create: 'chaster.partner.extensions.create({ displayName })',
  PartnerExtensionController_findOne: 'chaster.partner.extensions.get(extensionId)',
  PartnerExtensionController_update: 'chaster.partner.extensions.update(extensionId, changes)',
  PartnerExtensionController_delete: 'chaster.partner.extensions.delete(extensionId)',
  PartnerMainAuthorizationController_getSessionAuth:
    'chaster.partner.auth.sessionFromMainToken(mainToken)',
  PartnerConfigurationController_getConfiguration: 'chaster.partner.configurations.get(token)',
  PartnerConfigurationController_updateConfiguration:
    'chaster.partner.configurations.update(token, config)',
  PartnerConfigurationCreationController_createLockPartnerConfiguration:
    'chaster.partner.configurations.createForLock({ lockId, partnerExtensionId })',
  PartnerConfigurationCreationController_createSharedLockPartnerConfiguration:
    'chaster.partner.configurations.createForSharedLock({ sharedLockId, partnerExtensionId })',
  PartnerConfigurationCreationController_createPartnerConfiguration:
    'chaster.partner.configurations.create({ partnerExtensionId, role })',
  PartnerSessionController_getSessions:
    'chaster.partner.sessions.search({ extensionSlug, status })',
  PartnerActionsController_getExtensionSession: 'chaster.partner.sessions.get(sessionId)',
  PartnerActionsController_patchExtensionSession: viaSession('patch({ data })'),
  PartnerActionsController_doAction: viaSession('addTime(seconds)'),
  PartnerLogController_logCustomAction: viaSession('log({ title, description })'),
  PartnerActionsController_getLogs: viaSession('logs()'),
  SessionRegularActionController_getRegularActions: viaSession('regularActions()'),
  SessionRegularActionController_submitRegularAction:
    viaSession('submitRegularAction(payload)'),
  PartnerTasksController_assignTask:
    viaSession('tasks.assign({ task, points, actor })'),
  PartnerTasksController_startTimer: viaSession('tasks.startTimer({ actor })'),
  PartnerTasksController_completeTask:
    viaSession('tasks.complete({ actor, isCompleted })'),
  PartnerTemporaryOpeningController_open: viaSession('openTemporaryOpening({ actor })'),
  PartnerVerificationPictureController_request:
    viaSession('requestVerificationPicture({ actor })'),
  PartnerPenaltiesController_increment: viaSession('penalties.increment(habitName)'),
  PartnerPenaltiesController_createTimeLimit:
    viaSession('penalties.createTimeLimit(habitName)'),
  PartnerPenaltiesController_cancelTimeLimit:
    viaSession('penalties.cancelTimeLimit(habitName)'),
  PartnerPilloryController_getStatus: viaSession('pilloryStatus()'),
} satisfies Coverage;

/** Extensions API operations deliberately left out, with the reason. */
export const skipped = {
  SessionDataController_setData:
    'Deprecated: session.patch({ data }) replaces PUT /api/extensions/sessions/{sessionId}/data',
  PartnerActionsController_setMetadata:
    'Deprecated: session.patch({ metadata }) replaces PUT …/sessions/{sessionId}/metadata',
} satisfies SkippedCoverage;
