/**
 * Factories for building the world a test needs: users with fake tokens, and locks with any
 * mix of extensions. They skip the free plan's limits on purpose, so a test can set up a state
 * the API would refuse to create (then check how the API treats it).
 */
import { toEpochMs } from '../engine/clock.js';
import type { DateInput } from '../engine/clock.js';
import { catalogEntry } from '../domain/catalog.js';
import { createCodeCombination } from '../domain/combinations.js';
import { checkExtensionConfigs } from '../domain/extension-parties.js';
import type { ExtensionConfigInput } from '../domain/extension-parties.js';
import { insertLock } from '../domain/lock-creation.js';
import type { ExtensionMode, LockRecord, UserRecord, UserRole } from './records.js';
import type { World } from './world.js';

/** A world, or anything that holds one (the mock itself). */
export type WorldSource = World | { readonly state: World };

function worldOf(source: WorldSource): World {
  return 'state' in source ? source.state : source;
}

/** Options of {@link createUser}. */
export interface CreateUserOptions {
  /** Unique username. */
  username: string;
  /** Profile role. @default 'switch' */
  role?: UserRole;
  /** Whether the user has Premium (no free-plan limits). @default false */
  isPremium?: boolean;
  /** Bearer token for the user. @default `mock-token-<username>` */
  token?: string;
  /** Whether the user may use the Extensions API. @default false */
  isDeveloper?: boolean;
  /** Profile text. @default '' */
  description?: string;
  /** Gender as free text. @default 'other' */
  gender?: string;
  /** Birth date (ISO date) or `null`. @default null */
  birthDate?: string | null;
}

/**
 * Adds a user. Tokens are fake: the mock accepts them, nothing else does.
 *
 * @example
 * ```ts
 * const ada = createUser(mock, { username: 'ada', role: 'wearer', isPremium: true });
 * await mock.fetch('/auth/profile', { headers: { authorization: `Bearer ${ada.token}` } });
 * ```
 */
export function createUser(source: WorldSource, options: CreateUserOptions): UserRecord {
  const world = worldOf(source);
  const token = options.token ?? `mock-token-${options.username}`;
  const taken = [...world.users.values()].some((user) => user.username === options.username);
  if (taken) throw new Error(`The username ${options.username} is taken`);
  if (world.tokens.has(token)) throw new Error(`The token ${token} is taken`);

  const id = world.ids.next();
  const user: UserRecord = {
    id,
    username: options.username,
    token,
    role: options.role ?? 'switch',
    isPremium: options.isPremium ?? false,
    isDeveloper: options.isDeveloper ?? false,
    email: `${options.username}@example.com`,
    gender: options.gender ?? 'other',
    description: options.description ?? '',
    location: 'Nowhere',
    birthDate: options.birthDate ?? null,
    avatarUrl: `https://example.com/avatars/${options.username}.png`,
    joinedAt: world.clock.now(),
    keycloakId: `00000000-0000-4000-8000-${id.slice(-12)}`,
  };

  world.users.set(id, user);
  world.tokens.set(token, user);
  return user;
}

/** An extension to enable, with its catalog defaults for anything left out. */
export interface ExtensionSetup {
  slug: string;
  config?: Record<string, unknown>;
  mode?: ExtensionMode;
  /** Seconds. */
  regularity?: number;
}

/** Options of {@link createLock}. */
export interface CreateLockOptions {
  /** The wearer, by record or username. */
  wearer: UserRecord | string;
  /** The keyholder, by record or username; none makes a self-lock. */
  keyholder?: UserRecord | string | null;
  /** Extensions: slugs for catalog defaults, or setups. @default [] */
  extensions?: (string | ExtensionSetup)[];
  /** Seconds left on the timer from now. @default 86400 */
  duration?: number;
  /** When the lock started. @default now */
  startedAt?: DateInput;
  /** @default 'Self-lock' without a keyholder, 'Lock' with one */
  title?: string;
  /** Whether the wearer sees the timer. @default true */
  displayRemainingTime?: boolean;
  /** @default false */
  hideTimeLogs?: boolean;
  /** Date after which the wearer may always unlock. @default null */
  maxLimitDate?: DateInput | null;
  /** Start frozen. @default false */
  frozen?: boolean;
  /** The code stored as the lock's combination. @default a seeded 4-digit code */
  combinationCode?: string;
}

function userOf(world: World, user: UserRecord | string): UserRecord {
  if (typeof user !== 'string') return user;

  const found = [...world.users.values()].find((candidate) => candidate.username === user);
  if (found === undefined) throw new Error(`No user is named ${user}`);
  return found;
}

function toConfigInput(setup: string | ExtensionSetup): ExtensionConfigInput {
  const { slug, ...rest } = typeof setup === 'string' ? { slug: setup } : setup;
  const entry = catalogEntry(slug);
  if (entry === undefined) throw new Error(`Unknown extension: ${slug}`);

  return {
    slug,
    config: rest.config ?? structuredClone(entry.defaultConfig),
    mode: rest.mode ?? entry.availableModes[0] ?? 'unlimited',
    regularity: rest.regularity ?? entry.defaultRegularity,
  };
}

/**
 * Adds a lock, already started, with its combination, extensions and a `locked` entry.
 *
 * @example
 * ```ts
 * const lock = createLock(mock, { wearer: 'sam', extensions: ['dice'], duration: 3600 });
 * ```
 */
export function createLock(source: WorldSource, options: CreateLockOptions): LockRecord {
  const world = worldOf(source);
  const now = world.clock.now();
  const wearer = userOf(world, options.wearer);
  const keyholder = options.keyholder ? userOf(world, options.keyholder) : null;
  const inputs = (options.extensions ?? []).map(toConfigInput);
  checkExtensionConfigs(inputs);

  const startedAt = options.startedAt === undefined ? now : toEpochMs(options.startedAt);
  const endsAt = now + (options.duration ?? 86_400) * 1000;
  const code = options.combinationCode ?? String(world.random.int(0, 9999)).padStart(4, '0');
  const combination = createCodeCombination(world, wearer, code);

  return insertLock(world, {
    wearer,
    keyholder,
    title: options.title ?? (keyholder ? 'Lock' : 'Self-lock'),
    startDate: startedAt,
    endsAt,
    minDate: Math.min(startedAt, endsAt),
    maxDate: endsAt,
    maxLimitDate: options.maxLimitDate == null ? null : toEpochMs(options.maxLimitDate),
    displayRemainingTime: options.displayRemainingTime ?? true,
    hideTimeLogs: options.hideTimeLogs ?? false,
    isTestLock: false,
    allowSessionOffer: false,
    combinationId: combination.id,
    extensions: inputs,
    frozen: options.frozen ?? false,
  });
}
