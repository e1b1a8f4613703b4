/**
 * Layer 2 of chaster-sdk: the Chaster API as objects, paginators and typed errors.
 *
 * @module
 */
export { Chaster } from './chaster.js';
export type { ChasterOptions, ChasterWithClientOptions } from './chaster.js';
export type { FacadeContext } from './context.js';
export { toSeconds } from './durations.js';
export type { DurationInput, DurationParts } from './durations.js';
export { toBlob, toFormData, toNamedBlob } from './files.js';
export type { FileInput, NamedBlob } from './files.js';
export type { SignalOptions } from './options.js';
export type * from './types.js';
export * from './pagination/index.js';
export {
  endsAt,
  isTimerDone,
  Lock,
  LockControls,
  LockExtensionActions,
  LockExtensions,
  LocksResource,
  LockState,
  remainingTime,
} from './locks/index.js';
export type {
  ActingRole,
  ActionSpec,
  Clock,
  CreateFromSharedLockOptions,
  CreateLockOptions,
  ListLocksOptions,
  LockActionOptions,
  LockHistoryOptions,
  LockPilloryOptions,
  LockSettingsOptions,
  LockTimerFields,
  PenaltyPeriodsOptions,
  SearchLocksOptions,
  ShareLinkVoteOptions,
  TimeOptions,
  VerificationPictureOptions,
} from './locks/index.js';
export { KeyholderResource } from './keyholder.js';
export type { KeyholderSearchOptions } from './keyholder.js';
export * from './resources/index.js';
export * from './partner/index.js';
export * from './webhooks/index.js';
