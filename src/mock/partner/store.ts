/**
 * The Extensions API's state in the world, rebuilt with it by `reset()`, and the seeded
 * generator behind its session ids and tokens.
 */
import { createSeededRandom } from '../engine/random.js';
import type { SeededRandom } from '../engine/random.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';
import type { ExtensionSessionRecord, MainTokenRecord } from './records.js';
import type { PartnerConfigurationRecord, PartnerExtensionRecord } from './records.js';

/** How a session changed, named like the webhook events. */
export type SessionChange = 'created' | 'updated' | 'deleted';

/** Told about each session change, e.g. to deliver an `extension_session.*` webhook. */
export type SessionListener = (change: SessionChange, session: ExtensionSessionRecord) => void;

/** Everything the Extensions API keeps. */
export interface PartnerStore {
  /** Partner extensions by id. */
  readonly extensions: Map<string, PartnerExtensionRecord>;
  /** Sessions by session id. */
  readonly sessions: Map<string, ExtensionSessionRecord>;
  /** Main-page tokens by token. */
  readonly mainTokens: Map<string, MainTokenRecord>;
  /** Configuration pages by token. */
  readonly configurations: Map<string, PartnerConfigurationRecord>;
  /** Listeners told about session changes. */
  readonly sessionListeners: Set<SessionListener>;
  /**
   * Its own stream, so that making sessions and tokens leaves the wheel spins and dice rolls
   * of the same seed unchanged.
   */
  readonly random: SeededRandom;
}

const STORE_KEY = 'partner';
const RANDOM_STREAM = 7;
const ID_CHARACTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'];

/** The world's Extensions API state, created on first use. */
export function partnerStore(world: World): PartnerStore {
  return domainStore(world, STORE_KEY, () => ({
    extensions: new Map(),
    sessions: new Map(),
    mainTokens: new Map(),
    configurations: new Map(),
    sessionListeners: new Set(),
    random: createSeededRandom(world.seed, RANDOM_STREAM),
  }));
}

/** A seeded random string in the URL-safe alphabet Chaster's short ids use. */
export function randomKey(world: World, length: number): string {
  const { random } = partnerStore(world);
  return Array.from({ length }, () => random.pick(ID_CHARACTERS)).join('');
}

/** Tells the session listeners about a change. */
export function announceSession(
  world: World,
  change: SessionChange,
  session: ExtensionSessionRecord,
): void {
  for (const listener of partnerStore(world).sessionListeners) listener(change, session);
}
