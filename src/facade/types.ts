/**
 * Named schema types of Layer 2, so that editors show `LockData` rather than re-deriving the
 * path generics of Layer 1 at every call site.
 *
 * Layer 2 methods assert their response bodies to these types (`unwrap(...) as Combination`):
 * openapi-fetch passes response types through its `Readable` mapper, which treats the open
 * enums of the generated schemas (`'a' | 'b' | (string & {})`) as objects and maps them into
 * shapes no string matches. The assertion still fails to compile when the schema named is not
 * the operation's, so a wrong name is caught.
 *
 * @module
 */
import type { components } from '../../generated/chaster.js';

type Schemas = components['schemas'];

/** A lock as `GET /locks/{lockId}` and the searches return it. */
export type LockForPublic = Schemas['LockForPublic'];

/** A lock as its wearer's list (`GET /locks`) returns it. */
export type LockForWearer = Schemas['LockForWearer'];

/** A lock as the keyholder's search returns it. */
export type LockForKeyholder = Schemas['LockForKeyholder'];

/** Any of the lock bodies Chaster returns; they share every field a `Lock` reads. */
export type LockData = LockForPublic | LockForWearer | LockForKeyholder;

/** What the caller is to a lock: `wearer`, `keyholder` or `visitor` (open to new values). */
export type LockRole = LockForPublic['role'];

/** The state of a lock: `locked`, `unlocked`, `deserted` (open to new values). */
export type LockStatus = Schemas['LockStatusEnum'];

/** One extension enabled on a lock, with its `_id` (what action routes take) and `slug`. */
export type LockExtension = Schemas['ExtensionPartyForPublic'];

/** The configuration of one extension when creating a lock or replacing its extensions. */
export type LockExtensionConfig = Schemas['LockExtensionConfigDto'];

/** The body of `POST /locks`: durations in seconds, combination, extensions, flags. */
export type CreateLockInput = Schemas['CreateLockDto'];

/** The body of `POST /public-locks/{sharedLockId}/create-lock`. */
export type CreateLockFromSharedLockInput = Schemas['CreateLockFromSharedLockDto'];

/** One page of `POST /locks/search`: locks, `hasMore` and the opaque `cursor`. */
export type LockSearchPage = Schemas['SearchLocksRepDto'];

/** One page of the keyholder's lock search: `{ pages, total, locks }`. */
export type KeyholderLocksPage = Schemas['KeyholderSearchLocksRepDto'];

/** What creating a lock answers: the new lock's id. */
export type LockCreated = Schemas['LockCreatedRepDto'];

/** The settings a keyholder or wearer may change on a running lock. */
export type LockSettingsInput = Schemas['SetLockSettingsDto'];

/** A lock's combination (code or image) as Chaster returns it. */
export type Combination = Schemas['CombinationForPublic'];

/** One entry of a lock's history. */
export type ActionLogEntry = Schemas['ActionLogForPublic'];

/** One page of a lock's history as `POST /locks/{lockId}/history` answers it. */
export type LockHistoryPage = Schemas['GetHistoryRepDto'];

/** One picture of a lock's verification history. */
export type VerificationPicture = Schemas['VerificationPictureHistoryEntry'];

/** What `GET /locks/{lockId}/extensions/{extensionId}` answers: the extension and the lock. */
export type LockExtensionInfo = Schemas['GetLockInfoFromExtensionRepDto'];

/** A lock's penalty session: the habits watched and the running penalty periods. */
export type PenaltySession = Schemas['PenaltySessionForPublic'];

/** One penalty period of a habit. */
export type PenaltyPeriod = Schemas['PenaltyPeriodForPublic'];

/** One page of penalty periods as the penalty-period search answers it. */
export type PenaltyPeriodsPage = Schemas['FindPenaltyPeriodsRepDto'];

/** One habit that the penalty extension can punish. */
export type PunishableAction = Schemas['PunishableActionForPublic'];

/** The search filters of the keyholder's lock search. */
export type KeyholderSearchCriteria = Schemas['KeyholderSearchLocksCriteria'];

/** Lock states the keyholder's lock search can filter on. */
export type KeyholderLockStatus = NonNullable<Schemas['KeyholderSearchLocksDto']['status']>;
