/**
 * What the fake Chaster stores. Records hold epoch milliseconds and ids; the views in
 * `domain/` turn them into the bodies Chaster sends (ISO dates, nested users, per-role fields).
 */

/** A user's main role, as shown on profiles. */
export type UserRole = 'keyholder' | 'wearer' | 'switch' | 'unspecified';

/** A registered user and the fake token that signs in as them. */
export interface UserRecord {
  /** 24-hex id. */
  readonly id: string;
  /** Unique username, the handle in profile URLs. */
  username: string;
  /** Bearer token accepted for this user; fake, meaningful only to the mock. */
  readonly token: string;
  /** The role shown on the profile. */
  role: UserRole;
  /** Whether the user pays for Premium, which lifts the free plan's limits. */
  isPremium: boolean;
  /** Whether the user has developer access (the Extensions API). */
  isDeveloper: boolean;
  /** Private e-mail address, shown to the user only. */
  email: string;
  /** Free-form gender, e.g. `male`. */
  gender: string;
  /** Profile text. */
  description: string;
  /** Short location, e.g. `Lyon`. */
  location: string;
  /** Date of birth as an ISO date, or `null` when not given. */
  birthDate: string | null;
  /** Avatar image URL. */
  avatarUrl: string;
  /** When the account was created, epoch ms. */
  readonly joinedAt: number;
  /** Single-sign-on subject id (a UUID). */
  readonly keycloakId: string;
}

/** A combination a wearer stored: the code that opens the physical lock. */
export interface CombinationRecord {
  readonly id: string;
  /** Owner's user id. */
  readonly userId: string;
  /** Only code combinations are modelled; image combinations are not. */
  readonly type: 'code';
  /** The code itself. */
  readonly code: string;
  readonly createdAt: number;
}

/** Lock status as Chaster reports it. */
export type LockStatus = 'locked' | 'unlocked' | 'deserted';

/** Regular-action modes of an extension. */
export type ExtensionMode = 'cumulative' | 'non_cumulative' | 'turn' | 'unlimited';

/** One extension enabled on a lock (an "extension party" in Chaster's words). */
export interface ExtensionPartyRecord {
  /** 24-hex id: the `extensionId` of the action route, not the slug. */
  readonly id: string;
  /** Extension slug, e.g. `dice`. */
  readonly slug: string;
  /** The configuration as the keyholder set it. */
  config: Record<string, unknown>;
  /** How regular actions are granted. */
  mode: ExtensionMode;
  /** Seconds between regular actions (ignored in `unlimited` mode). */
  regularity: number;
  /** Free-form data an extension keeps for the wearer; `null` when unused. */
  userData: Record<string, unknown> | null;
  readonly createdAt: number;
  updatedAt: number;
  /** When each regular action was spent, epoch ms, oldest first. */
  readonly actionTimes: number[];
  /** Extension-specific state, owned and typed by that extension's module. */
  state: unknown;
}

/** Who did something, for history entries. */
export type ActionLogRole = 'user' | 'keyholder' | 'extension' | 'admin';

/** One history entry. */
export interface ActionLogRecord {
  readonly id: string;
  readonly lockId: string;
  readonly type: string;
  /** `default` for Chaster's own entries. */
  readonly prefix: string;
  readonly role: ActionLogRole;
  /** The acting user, `null` for entries written by an extension. */
  readonly userId: string | null;
  /** Slug of the extension involved, `null` otherwise. */
  readonly extension: string | null;
  readonly title: string;
  readonly description: string;
  readonly icon: string | null;
  readonly color: string | null;
  readonly payload: Record<string, unknown>;
  readonly createdAt: number;
  /** The combination a temporary opening revealed; never sent, used to look it up later. */
  readonly revealedCombinationId?: string;
}

/** A verification picture the wearer submitted. */
export interface VerificationPictureRecord {
  readonly imageKey: string;
  readonly filename: string;
  readonly verificationCode: string;
  readonly submittedAt: number;
}

/** A lock and everything that hangs off it. Dates are epoch ms. */
export interface LockRecord {
  readonly id: string;
  title: string;
  /** The wearer's user id. */
  readonly wearerId: string;
  /** The keyholder's user id; `null` for a self-lock. */
  keyholderId: string | null;
  status: LockStatus;
  readonly startDate: number;
  /** Earliest end chosen at creation (start + minimum duration). */
  readonly minDate: number;
  /** Latest end chosen at creation (start + maximum duration). */
  readonly maxDate: number;
  /**
   * The end date without the freeze in progress. While frozen the end moves with the clock, so
   * the reported end is `endsAt + (now - frozenAt)`; unfreezing folds that in here.
   */
  endsAt: number;
  /** When the current freeze started; `null` when not frozen. */
  frozenAt: number | null;
  /** Milliseconds spent frozen in freezes that have ended. */
  frozenTotalMs: number;
  /** After this date the wearer may unlock whatever the timer says; `null` for none. */
  maxLimitDate: number | null;
  limitLockTime: boolean;
  /** Whether the wearer sees the timer. */
  displayRemainingTime: boolean;
  hideTimeLogs: boolean;
  allowSessionOffer: boolean;
  isTestLock: boolean;
  /** Whether the wearer trusts the keyholder. */
  trusted: boolean;
  combinationId: string;
  readonly offerToken: string | null;
  readonly createdAt: number;
  updatedAt: number;
  unlockedAt: number | null;
  archivedAt: number | null;
  keyholderArchivedAt: number | null;
  /** Enabled extensions, in the order they were configured. */
  extensions: ExtensionPartyRecord[];
  /** History, oldest first. */
  readonly history: ActionLogRecord[];
  /** Verification pictures, oldest first. */
  readonly verificationPictures: VerificationPictureRecord[];
}
