/**
 * Locks in Layer 2: `chaster.locks` and the `Lock` object with its extension actions.
 *
 * @module
 */
export { coverage } from './coverage.js';
export type { CreateLockOptions } from './create-lock-input.js';
export { Lock } from './lock.js';
export type { PenaltyPeriodsOptions, VerificationPictureOptions } from './lock.js';
export { LockControls } from './lock-controls.js';
export type { LockHistoryOptions, LockSettingsOptions } from './lock-controls.js';
export { LockExtensionActions } from './lock-extension-actions.js';
export type { LockPilloryOptions, ShareLinkVoteOptions } from './lock-extension-actions.js';
export { LockExtensions } from './lock-extensions.js';
export type { ActingRole, LockActionOptions } from './lock-roles.js';
export { LockState } from './lock-state.js';
export type { ActionSpec } from './run-extension-action.js';
export { endsAt, isTimerDone, remainingTime } from './lock-timing.js';
export type { Clock, LockTimerFields, TimeOptions } from './lock-timing.js';
export { LocksResource } from './locks-resource.js';
export type {
  CreateFromSharedLockOptions,
  ListLocksOptions,
  SearchLocksOptions,
} from './locks-resource.js';
