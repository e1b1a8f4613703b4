/**
 * What the fake keeps for the Extensions API: partner extensions made in the developer portal,
 * their sessions on locks, main-page tokens and configuration tokens. Dates are epoch ms.
 */
import type { ExtensionMode } from '../world/records.js';

/** A shortcut a partner extension puts on the wearer's home screen. */
export interface PartnerHomeAction {
  slug: string;
  title: string;
  description: string;
  icon: string;
  badge?: string;
}

/** A session's metadata, as `PATCH /api/extensions/sessions/{id}` sets it. */
export interface PartnerMetadataRecord {
  /** Non-empty keeps the lock from being unlocked. */
  reasonsPreventingUnlocking: string[];
  homeActions: PartnerHomeAction[];
}

/** An extension a developer registered in the developer portal. */
export interface PartnerExtensionRecord {
  /** 24-hex id, the `partnerExtensionId` of the configuration routes. */
  readonly id: string;
  /** Unique and fixed once created; also the prefix of its custom history entries. */
  readonly slug: string;
  /** The developer who owns it. */
  readonly ownerId: string;
  /** The value `X-Chaster-Client-Id` must carry when exchanging a main-page token. */
  readonly clientId: string;
  /** The application's single-sign-on id (a UUID). */
  readonly applicationId: string;
  displayName: string;
  subtitle: string;
  summary: string;
  icon: string;
  availableModes: ExtensionMode[];
  defaultConfig: Record<string, unknown>;
  defaultData: Record<string, unknown>;
  /** Seconds. */
  defaultRegularity: number;
  enableStartTimeout: boolean;
  isEnabled: boolean;
  isPremium: boolean;
  isTesting: boolean;
  isCountedInExtensionsLimit: boolean;
  /** A Handlebars template describing a config; the fake shows it as it is. */
  configDescription: string | null;
  mainIframeUrl: string;
  configIframeUrl: string;
  webhookUrl: string;
  webhookUsername: string;
  webhookPassword: string;
  readonly createdAt: number;
  /** Set by `DELETE`; a deleted extension answers 404 everywhere. */
  deletedAt: number | null;
}

/** A regular action submitted through the Extensions API. */
export interface PartnerRegularActionRecord {
  readonly date: number;
  readonly payload: Record<string, unknown> | null;
}

/**
 * A partner extension enabled on a lock. Its config, mode, regularity and spent regular actions
 * live on the lock's extension record (`partyId`), like a built-in extension's; the rest is here.
 */
export interface ExtensionSessionRecord {
  /** A 21-character id, not an ObjectId, as Chaster's are. */
  readonly sessionId: string;
  readonly extensionId: string;
  readonly lockId: string;
  /** The id of the extension record in `lock.extensions`. */
  readonly partyId: string;
  metadata: PartnerMetadataRecord;
  data: Record<string, unknown>;
  /** Regular actions with their payloads, oldest first. */
  readonly regularActions: PartnerRegularActionRecord[];
  readonly createdAt: number;
  /** When the extension was removed from the lock; the session then answers 404. */
  deletedAt: number | null;
}

/** A main-page token: who opened the extension's page on which session. */
export interface MainTokenRecord {
  readonly token: string;
  readonly sessionId: string;
  readonly userId: string;
  /** Tokens stop working 12 hours after they were made. */
  readonly expiresAt: number;
}

/** Whom a configuration page is for. */
export type PartnerConfigurationRole = 'wearer' | 'keyholder';

/** A configuration page's state, reached through its token. */
export interface PartnerConfigurationRecord {
  readonly token: string;
  readonly extensionId: string;
  readonly role: PartnerConfigurationRole;
  /** The user editing the configuration. */
  readonly userId: string;
  /** The session being edited, or `null` outside a session (a new lock or a shared lock). */
  readonly sessionId: string | null;
  config: Record<string, unknown>;
  readonly createdAt: number;
}
