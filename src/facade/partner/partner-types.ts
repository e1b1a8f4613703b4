/**
 * Named types of the Extensions API, so that editors show a schema name rather than re-deriving
 * the path generics at each call site.
 *
 * @module
 */
import type { components } from '../../../generated/chaster.js';

/** An extension session as the Extensions API returns it: lock, config, metadata and data. */
export type ExtensionSessionBody = components['schemas']['ExtensionSessionForPartner'];

/** A session found by `sessions.search`: a session body plus the `paginationId` cursor. */
export type ExtensionSessionSearchItem = components['schemas']['ExtensionSessionForSearch'];

/** Which sessions `sessions.search` returns, by the state of their lock. */
export type ExtensionSessionStatus = components['schemas']['GetSessionsDtoStatus'];

/** What exchanging a main-page token gives: the session, the lock, the user and their role. */
export type PartnerSessionAuth = components['schemas']['PartnerGetSessionAuthRepDto'];

/** A configuration being edited on the extension's configuration page. */
export type PartnerConfiguration = components['schemas']['PartnerConfigurationForPublic'];

/** The role a configuration page is opened for: `wearer` or `keyholder`. */
export type PartnerConfigurationRole = components['schemas']['PartnerConfigurationRoleEnum'];

/** A configuration token created for a lock, a shared lock or on its own. */
export type CreatedPartnerConfiguration = components['schemas']['CreatePartnerConfigurationRepDto'];

/** An extension as the developer portal shows it to its owner. */
export type PartnerExtension = components['schemas']['PartnerExtensionForDashboard'];

/** The fields needed to create an extension in the developer portal. */
export type CreatePartnerExtensionInput = components['schemas']['CreatePartnerExtensionDto'];

/** The fields of an extension its owner can change. */
export type UpdatePartnerExtensionInput = components['schemas']['UpdatePartnerExtensionDto'];

/** What a session shows on the lock page: reasons preventing unlocking and home actions. */
export type PartnerMetadata = components['schemas']['PartnerMetadata'];

/** One entry of the lock page's list of extension actions. */
export type ExtensionHomeAction = components['schemas']['ExtensionHomeAction'];

/** A session's regular actions: the mode, how many remain, and when the next one is allowed. */
export type RegularActions = components['schemas']['GetRegularActionsRepDto'];

/** The 422 body of a regular action refused because none are left. */
export type RegularActionLimitBody = components['schemas']['SubmitRegularActionErrorDto'];

/** Who an actor-based action is done as: `wearer`, `keyholder` or `extension`. */
export type SessionActor = components['schemas']['PartnerSessionActorEnum'];

/** The wearer's current pillory votes; empty when not in the pillory. */
export type SessionPilloryStatus = components['schemas']['PartnerPilloryStatusRepDto'];

/** The role a custom log entry is shown as written by (the document's list). */
export type CustomLogRole = components['schemas']['ActionLogRoleEnum'];

/** A FontAwesome 5 regular icon name, without the `fa-` prefix. */
export type CustomLogIcon = NonNullable<components['schemas']['PartnerCustomLogActionDto']['icon']>;

/** The lock role whose view of the history `logs()` returns. */
export type SessionLogRole = components['schemas']['LockRoleEnum'];

/** The lock actions an extension may run on its session's lock. */
export type SessionLockAction = components['schemas']['PartnerDoActionDto']['action'];

/** A task given to the wearer through the tasks extension. */
export type SessionTaskInput = components['schemas']['PartnerSessionTaskDto'];
