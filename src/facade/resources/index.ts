/**
 * Layer 2 resources for the account-level API groups: shared and public locks, profiles, users,
 * files, combinations, the extension catalog, keyholding offers, messaging, community events,
 * settings, reports and blocks.
 *
 * @module
 */
export { BlocksResource } from './blocks.js';
export { CombinationsResource } from './combinations.js';
export type { UploadCombinationImageOptions } from './combinations.js';
export { CommunityEventsResource } from './community-events.js';
export { Conversation } from './conversation.js';
export type { SendMessageOptions } from './conversation.js';
export { ExtensionsCatalogResource } from './extensions-catalog.js';
export { FilesResource } from './files-resource.js';
export type { UploadFilesOptions } from './files-resource.js';
export type { MessageContent } from './message-content.js';
export { MessagingResource } from './messaging.js';
export type { ListConversationsOptions, StartConversationOptions } from './messaging.js';
export { ProfileResource } from './profile.js';
export { PublicLocksResource } from './public-locks.js';
export type { SearchPublicLocksOptions } from './public-locks.js';
export { ReportsResource } from './reports.js';
export type { CreateReportOptions } from './reports.js';
export type { PageOptions } from './resource-options.js';
export type * from './schemas.js';
export { SessionOffersResource } from './session-offers.js';
export type { CreateSessionOfferOptions, ValidateSessionOfferOptions } from './session-offers.js';
export { SettingsResource } from './settings.js';
export { SharedLock } from './shared-lock.js';
export { SharedLocksResource } from './shared-locks.js';
export type { ListSharedLocksOptions } from './shared-locks.js';
export type { UserSearchCursor } from './user-search-page.js';
export { UsersResource } from './users.js';
export type { SearchUsersOptions } from './users.js';
