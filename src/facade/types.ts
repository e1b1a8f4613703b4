/**
 * Named schema types of Layer 2, so that editors show `LockData` rather than re-deriving the
 * path generics of Layer 1 at every call site.
 *
 * Layer 1 types each result straight from its operation's schema, so `unwrap(...)` already has
 * one of these types and Layer 2 methods need no assertion: they name the type as their return
 * type, and the compiler checks the operation's body against it. The exception is the lock
 * extension action route, whose body Chaster's document leaves untyped; those methods assert the
 * shape given by the extension-action contracts.
 *
 * @module
 */
import type { components } from '../../generated/chaster.js';

/** A lock as `GET /locks/{lockId}` and the searches return it. */
export type LockForPublic = components['schemas']['LockForPublic'];

/** A lock as its wearer's list (`GET /locks`) returns it. */
export type LockForWearer = components['schemas']['LockForWearer'];

/** A lock as the keyholder's search returns it. */
export type LockForKeyholder = components['schemas']['LockForKeyholder'];

/** Any of the lock bodies Chaster returns; they share every field a `Lock` reads. */
export type LockData = LockForPublic | LockForWearer | LockForKeyholder;

/** What the caller is to a lock: `wearer`, `keyholder` or `visitor` (open to new values). */
export type LockRole = LockForPublic['role'];

/** The state of a lock: `locked`, `unlocked`, `deserted` (open to new values). */
export type LockStatus = components['schemas']['LockStatusEnum'];

/** One extension enabled on a lock, with its `_id` (what action routes take) and `slug`. */
export type LockExtension = components['schemas']['ExtensionPartyForPublic'];

/** The configuration of one extension when creating a lock or replacing its extensions. */
export type LockExtensionConfig = components['schemas']['LockExtensionConfigDto'];

/** The body of `POST /locks`: durations in seconds, combination, extensions, flags. */
export type CreateLockInput = components['schemas']['CreateLockDto'];

/** The body of `POST /public-locks/{sharedLockId}/create-lock`. */
export type CreateLockFromSharedLockInput = components['schemas']['CreateLockFromSharedLockDto'];

/** One page of `POST /locks/search`: locks, `hasMore` and the opaque `cursor`. */
export type LockSearchPage = components['schemas']['SearchLocksRepDto'];

/** One page of the keyholder's lock search: `{ pages, total, locks }`. */
export type KeyholderLocksPage = components['schemas']['KeyholderSearchLocksRepDto'];

/** What creating a lock answers: the new lock's id. */
export type LockCreated = components['schemas']['LockCreatedRepDto'];

/** The settings a keyholder or wearer may change on a running lock. */
export type LockSettingsInput = components['schemas']['SetLockSettingsDto'];

/** A lock's combination (code or image) as Chaster returns it. */
export type Combination = components['schemas']['CombinationForPublic'];

/** One entry of a lock's history. */
export type ActionLogEntry = components['schemas']['ActionLogForPublic'];

/** One page of a lock's history as `POST /locks/{lockId}/history` answers it. */
export type LockHistoryPage = components['schemas']['GetHistoryRepDto'];

/** One picture of a lock's verification history. */
export type VerificationPicture = components['schemas']['VerificationPictureHistoryEntry'];

/** What `GET /locks/{lockId}/extensions/{extensionId}` answers: the extension and the lock. */
export type LockExtensionInfo = components['schemas']['GetLockInfoFromExtensionRepDto'];

/** A lock's penalty session: the habits watched and the running penalty periods. */
export type PenaltySession = components['schemas']['PenaltySessionForPublic'];

/** One penalty period of a habit. */
export type PenaltyPeriod = components['schemas']['PenaltyPeriodForPublic'];

/** One page of penalty periods as the penalty-period search answers it. */
export type PenaltyPeriodsPage = components['schemas']['FindPenaltyPeriodsRepDto'];

/** One habit that the penalty extension can punish. */
export type PunishableAction = components['schemas']['PunishableActionForPublic'];

/** The search filters of the keyholder's lock search. */
export type KeyholderSearchCriteria = components['schemas']['KeyholderSearchLocksCriteria'];

/** Lock states the keyholder's lock search can filter on. */
export type KeyholderLockStatus = NonNullable<
  components['schemas']['KeyholderSearchLocksDto']['status']
>;
