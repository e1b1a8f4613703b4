/**
 * The contract of a built-in extension in the fake: its actions (what
 * `POST /locks/{lockId}/extensions/{extensionId}/action` runs) and the hooks the lock view asks
 * for (config summary, reasons preventing unlocking, home actions).
 */
import type { components } from '../../../generated/chaster.js';
import type { Actor } from '../domain/history.js';
import type { LockRole } from '../domain/lock-access.js';
import type { ExtensionPartyRecord, LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** A reason the lock cannot be unlocked yet, as the lock view lists it. */
export type UnlockBlocker = components['schemas']['ReasonPreventingUnlocking'];

/** A shortcut on the wearer's home screen. */
export type HomeAction = Omit<
  components['schemas']['ExtensionHomeActionWithPartyId'],
  'extensionPartyId'
>;

/** An extension on a lock, at a moment. */
export interface ExtensionScope {
  world: World;
  lock: LockRecord;
  party: ExtensionPartyRecord;
  /** Virtual time, epoch ms. */
  now: number;
}

/** What an action runs with. */
export interface ExtensionActionContext extends ExtensionScope {
  /** The user acting. */
  caller: UserRecord;
  /** The caller's role on the lock. */
  role: LockRole;
  /** How the caller appears in history entries. */
  actor: Actor;
  /** The action's payload, always an object. */
  payload: Record<string, unknown>;
}

/** One action of an extension. */
export interface ExtensionAction {
  /** Roles allowed to run it; others get a 403. */
  roles: readonly LockRole[];
  /** Whether it spends one of the wearer's regular actions. */
  regular?: boolean;
  /** Runs the action; the returned value is the response body (`undefined` for none). */
  run(context: ExtensionActionContext): unknown;
}

/** A built-in extension. */
export interface ExtensionDefinition {
  /** Its slug, e.g. `dice`. */
  slug: string;
  /** Actions by name, e.g. `submit`. */
  actions: Readonly<Record<string, ExtensionAction>>;
  /** The one-line summary of a config, Chaster's `textConfig`. */
  describeConfig?(config: Record<string, unknown>): string;
  /** Reasons this extension keeps the lock from being unlocked now. */
  unlockBlockers?(scope: ExtensionScope): UnlockBlocker[];
  /** Home-screen shortcuts for the wearer. */
  homeActions?(scope: ExtensionScope): HomeAction[];
  /** Runs when the extension is enabled on a lock (including at lock creation). */
  onEnabled?(scope: ExtensionScope): void;
}
