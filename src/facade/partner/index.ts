/**
 * The Extensions API for partner extension backends: `Partner` (`chaster.partner`) and the
 * `ExtensionSession` it hands out.
 *
 * @module
 */
export { Partner } from './partner.js';
export type { PartnerOptions } from './partner.js';
export { ExtensionSessions } from './extension-sessions.js';
export type { SearchSessionsOptions } from './extension-sessions.js';
export { ExtensionSession } from './extension-session.js';
export type {
  CustomLogOptions, PatchSessionOptions, SessionLogsOptions,
} from './session-options.js';
export { SessionLockActions } from './session-lock-actions.js';
export type { PilloryOptions } from './session-lock-actions.js';
export { SessionTasks } from './session-tasks.js';
export type { ActorOptions, AssignTaskOptions, CompleteTaskOptions } from './session-tasks.js';
export { SessionPenalties } from './session-penalties.js';
export type { IncrementPenaltyOptions } from './session-penalties.js';
export { PartnerAuth } from './partner-auth.js';
export type { MainPageSession } from './partner-auth.js';
export { PartnerConfigurations } from './partner-configurations.js';
export type {
  LockConfigurationOptions, SharedLockConfigurationOptions, StandaloneConfigurationOptions,
} from './partner-configurations.js';
export { PartnerExtensions } from './partner-extensions.js';
export type { CreatePartnerExtensionOptions } from './partner-extensions.js';
export {
  ChasterRegularActionLimitError, toRegularActionLimitError,
} from './regular-action-limit-error.js';
export { TASK_DURATION_SECONDS } from './session-inputs.js';
export type * from './partner-types.js';
