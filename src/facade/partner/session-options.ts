import type { SignalOptions } from '../options.js';
import type { ExtensionSession } from './extension-session.js';
import type {
  CustomLogIcon, CustomLogRole, PartnerMetadata, SessionLogRole,
} from './partner-types.js';

/** Options of {@link ExtensionSession.patch}: give at least one of the three. */
export interface PatchSessionOptions extends SignalOptions {
  /** The session's new configuration, replacing the old one. */
  config?: Record<string, unknown>;

  /** What the lock page shows: reasons preventing unlocking and home actions. */
  metadata?: PartnerMetadata;

  /** The session's new stored data, replacing the old one. */
  data?: Record<string, unknown>;
}

/** Options of {@link ExtensionSession.log}. */
export interface CustomLogOptions extends SignalOptions {
  /** The entry's title; `%USER%` is replaced with the actor's name. */
  title: string;

  /** The entry's text. */
  description: string;

  /**
   * Who the entry is shown as written by. Chaster's document lists `user`, `keyholder`,
   * `extension` and `admin`, its prose says `wearer`: the value is sent as given.
   */
  role?: CustomLogRole;

  /** A FontAwesome 5 regular icon, without the `fa-` prefix. */
  icon?: CustomLogIcon;

  /** The entry's colour, as a CSS colour. */
  color?: string;
}

/** Options of {@link ExtensionSession.logs}. */
export interface SessionLogsOptions extends SignalOptions {
  /**
   * Whose view of the history to read; a wearer's view leaves out what is hidden from them.
   * @default 'keyholder'
   */
  role?: SessionLogRole;

  /**
   * Entries per page.
   * @default 15
   */
  limit?: number;

  /**
   * Only the entries this extension wrote.
   * @default false
   */
  onlyExtensionActions?: boolean;
}
