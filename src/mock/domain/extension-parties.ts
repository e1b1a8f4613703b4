/**
 * Extensions enabled on a lock: creating them from configs, replacing the whole list as
 * `POST /locks/{lockId}/extensions` does, and the free plan's limit.
 */
import { badRequest } from '../engine/http-error.js';
import { extensionDefinition } from '../extensions/registry.js';
import type { ExtensionMode, ExtensionPartyRecord } from '../world/records.js';
import type { LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { catalogEntry } from './catalog.js';
import { appendLog } from './history.js';
import type { Actor } from './history.js';

/** One extension as a client configures it (`LockExtensionConfigDto`). */
export interface ExtensionConfigInput {
  slug: string;
  config: Record<string, unknown>;
  mode: ExtensionMode;
  /** Seconds. */
  regularity: number;
}

/**
 * Refuses unknown slugs, modes the extension does not offer and duplicates, with a 400.
 * Partner extensions are not modelled, so their slugs count as unknown.
 */
export function checkExtensionConfigs(inputs: readonly ExtensionConfigInput[]): void {
  const seen = new Set<string>();

  for (const input of inputs) {
    const entry = catalogEntry(input.slug);
    if (entry === undefined) throw badRequest(`Unknown extension: ${input.slug}`);
    if (!entry.availableModes.includes(input.mode)) {
      throw badRequest(`The mode ${input.mode} is not available for ${input.slug}`);
    }
    if (seen.has(input.slug)) throw badRequest(`The extension ${input.slug} is listed twice`);
    seen.add(input.slug);
  }
}

/**
 * Refuses, with a 400, more counted extensions than the free plan allows when the wearer does
 * not have Premium. Share links, pillory and hygiene opening do not count, as in Chaster.
 */
export function checkExtensionLimit(
  world: World,
  wearer: UserRecord,
  inputs: readonly ExtensionConfigInput[],
): void {
  if (wearer.isPremium) return;

  const counted = inputs.filter((input) => catalogEntry(input.slug)?.isCountedInExtensionsLimit);
  const max = world.plan.nonPremiumMaxExtensions;
  if (counted.length > max) {
    throw badRequest(`You cannot enable more than ${max} extensions without Premium`);
  }
}

/** A new extension record for a lock, enabled at `at` (default: now). */
export function createParty(
  world: World,
  input: ExtensionConfigInput,
  at = world.clock.now(),
): ExtensionPartyRecord {
  const now = at;
  return {
    id: world.ids.next(),
    slug: input.slug,
    config: input.config,
    mode: input.mode,
    regularity: input.regularity,
    userData: null,
    createdAt: now,
    updatedAt: now,
    actionTimes: [],
    state: undefined,
  };
}

/** Runs the extension's start-up (penalty periods, for one). */
export function enableParty(world: World, lock: LockRecord, party: ExtensionPartyRecord): void {
  extensionDefinition(party.slug)?.onEnabled?.({ world, lock, party, now: world.clock.now() });
}

function displayName(slug: string): string {
  return catalogEntry(slug)?.displayName ?? slug;
}

function changed(party: ExtensionPartyRecord, input: ExtensionConfigInput): boolean {
  return (
    party.mode !== input.mode ||
    party.regularity !== input.regularity ||
    JSON.stringify(party.config) !== JSON.stringify(input.config)
  );
}

/**
 * Replaces the lock's extensions with `inputs`. An extension whose slug stays keeps its id and
 * state and takes the new config; the others are added or removed. Each change writes an
 * `extension_enabled`, `extension_updated` or `extension_disabled` entry.
 */
export function replaceExtensions(
  world: World,
  lock: LockRecord,
  inputs: readonly ExtensionConfigInput[],
  actor: Actor,
): void {
  const now = world.clock.now();
  const before = new Map(lock.extensions.map((party) => [party.slug, party]));
  const next: ExtensionPartyRecord[] = [];
  const log = (type: string, slug: string, verb: string) =>
    appendLog(world, lock, {
      type,
      actor,
      title: `%USER% ${verb} ${displayName(slug)}`,
      description: displayName(slug),
      icon: 'puzzle-piece',
      extension: slug,
    });

  for (const input of inputs) {
    const existing = before.get(input.slug);

    if (existing === undefined) {
      const party = createParty(world, input);
      next.push(party);
      log('extension_enabled', input.slug, 'enabled');
      continue;
    }

    if (changed(existing, input)) {
      Object.assign(existing, { config: input.config, mode: input.mode, updatedAt: now });
      existing.regularity = input.regularity;
      log('extension_updated', input.slug, 'updated');
    }
    next.push(existing);
    before.delete(input.slug);
  }

  for (const removed of before.values()) log('extension_disabled', removed.slug, 'disabled');

  const added = next.filter((party) => !lock.extensions.includes(party));
  lock.extensions = next;
  for (const party of added) enableParty(world, lock, party);
}
