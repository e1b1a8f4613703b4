/**
 * Named schema types of the account-level resources (shared locks, public locks, profiles,
 * messaging, files, session offers and the smaller groups), so that editors show these names
 * rather than re-deriving Layer 1's path generics at each call site. Layer 1 already types each
 * response with its schema, so methods return these types without any assertion.
 *
 * @module
 */
import type { components } from '../../../generated/chaster.js';

/** A shared lock as its creator reads it; `user` is a plain id in lists, an object in details. */
export type SharedLockData = components['schemas']['SharedLockForPublic'];

/** The settings of a shared lock: the whole body of both creating and updating one. */
export type SharedLockSettings = components['schemas']['CreateUpdateSharedLockDto'];

/** What creating a shared lock answers: the new shared lock's id. */
export type SharedLockCreated = components['schemas']['CreateSharedLockRepDto'];

/** A tag that shared locks can carry. */
export type SharedLockTag = components['schemas']['SharedLockTagForPublic'];

/** A public shared lock as anyone may read it, with its creator and its join rules. */
export type PublicLock = components['schemas']['PublicLockForPublic'];

/** A public shared lock as searches, explore categories and favorites list it. */
export type PublicLockSummary = components['schemas']['PublicLockForSearch'];

/** The filters of the public lock search. */
export type PublicLockSearchCriteria = components['schemas']['SearchPublicLockCriteria'];

/** One category of the explore page, with the locks it features. */
export type ExploreCategory = components['schemas']['ExploreCategoryForAdmin'];

/** The signed-in user, with private details such as the e-mail address. */
export type CurrentUser = components['schemas']['CurrentUser'];

/** The signed-in user as the profile settings page reads it, freshly recomputed. */
export type CurrentUserSettings = components['schemas']['CurrentUserForProfileSettings'];

/** Another user's public profile. */
export type PublicUser = components['schemas']['UserForPublic'];

/** A user's profile page: the user plus their public statistics and badges. */
export type UserProfileDetails = components['schemas']['ProfileRepDto'];

/** The counters shown on the signed-in user's badges. */
export type BadgeCount = components['schemas']['UserBadgeCount'];

/** The filters of the user search. */
export type UserSearchCriteria = components['schemas']['SearchUsersCriteria'];

/** What uploading files answers: the attachment token to pass to messages and posts. */
export type UploadedFiles = components['schemas']['UploadFilesRepDto'];

/** What reading a file key answers: the file's URL. */
export type FileLink = components['schemas']['GetFileFromKeyRepDto'];

/** What storing a combination answers: the combination's id, for creating a lock. */
export type CombinationCreated = components['schemas']['CreateCodeRepDto'];

/** One extension of Chaster's catalog. */
export type ExtensionCatalogEntry = components['schemas']['ExtensionForPublic'];

/** The state of a keyholding offer made for one of the caller's locks. */
export type SessionOfferStatus = components['schemas']['SessionOfferRequestForPublic'];

/** A keyholding offer as the keyholder it was sent to sees it. */
export type SessionOfferRequest = components['schemas']['SessionOfferRequestForKeyholder'];

/** A lock as Chaster shows it to anyone allowed to see it. */
export type PublicLockView = components['schemas']['LockForPublic'];

/** A conversation as Chaster returns it. */
export type ConversationData = components['schemas']['ConversationForPublic'];

/** What a conversation may be moved to: `approved` or `ignored`. */
export type ConversationStatusInput = components['schemas']['SetConversationStatusDto']['status'];

/** Conversation states the list can filter on. */
export type ConversationListStatus = 'pending' | 'approved' | 'ignored';

/** One message of a conversation. */
export type Message = components['schemas']['MessageForPublic'];

/** A user whose conversation the caller ignored. */
export type IgnoredUser = components['schemas']['UserForIgnoredConversation'];

/** One category of community event points (for example Locktober). */
export type CommunityEventCategory = components['schemas']['CommunityEventCategory'];

/** The caller's community event points for the period around a date. */
export type CommunityEventPeriod = components['schemas']['GetPeriodDetailsRepDto'];

/** Chaster's application settings: limits, feature switches, server time and version. */
export type AppSettings = components['schemas']['AppSettingsDto'];

/** Why content is reported. */
export type ReportReason = components['schemas']['CreateReportDto']['reason'];

/** What is reported: a message, a post, a shared lock or a user. */
export type ReportTarget = components['schemas']['CreateReportDto']['target'];

/** A user the caller blocked. */
export type BlockedUser = components['schemas']['UserForBlock'];

/** Whether the caller and another user can interact, and who blocked whom. */
export type BlockInteraction = components['schemas']['BlockInteraction'];
