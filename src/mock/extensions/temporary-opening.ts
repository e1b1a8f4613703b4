/**
 * Hygiene opening: the wearer (a regular action) or the keyholder opens the lock for a short
 * while; the combination is revealed until the wearer relocks with a new one through
 * `POST /extensions/temporary-opening/{lockId}/combination`. Relocking after `openingTime`
 * seconds adds `penaltyTime` seconds and writes `temporary_opening_locked_late`.
 */
import { formatDuration } from '../domain/durations.js';
import { appendLog } from '../domain/history.js';
import type { Actor } from '../domain/history.js';
import { shiftEndDate } from '../domain/lock-time.js';
import { badRequest, forbidden } from '../engine/http-error.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { booleanSetting, numberSetting, partyState } from './settings.js';
import type { ExtensionActionContext, ExtensionDefinition } from './types.js';

interface OpeningState {
  /** When the current opening started; `null` while locked. */
  openedAt: number | null;
}

const SLUG = 'temporary-opening';

function openingState(party: ExtensionPartyRecord): OpeningState {
  return partyState(party, () => ({ openedAt: null }));
}

/** The lock's hygiene-opening extension, if enabled. */
export function openingParty(lock: LockRecord): ExtensionPartyRecord | undefined {
  return lock.extensions.find((party) => party.slug === SLUG);
}

/** Whether a hygiene opening is in progress. */
export function isOpen(lock: LockRecord): boolean {
  const party = openingParty(lock);
  return party !== undefined && openingState(party).openedAt !== null;
}

function open({ world, lock, party, actor, now }: ExtensionActionContext): undefined {
  const state = openingState(party);
  if (state.openedAt !== null) throw badRequest('The lock is already open');
  state.openedAt = now;

  appendLog(world, lock, {
    type: 'temporary_opening_opened',
    actor,
    title: '%USER% opened the lock for hygiene',
    description: `Allowed for ${formatDuration(numberSetting(party.config, 'openingTime', 0))}`,
    icon: 'soap',
    extension: SLUG,
    revealedCombinationId: lock.combinationId,
  });
  return undefined;
}

/**
 * Ends the opening with a new combination, adding the penalty when the wearer is late.
 * Throws a 400 when no opening is in progress.
 */
export function relock(world: World, lock: LockRecord, combinationId: string, actor: Actor) {
  const party = openingParty(lock);
  const state = party === undefined ? undefined : openingState(party);
  if (party === undefined || state?.openedAt == null) {
    throw badRequest('The lock is not temporarily opened');
  }

  const now = world.clock.now();
  const unlockedTime = (now - state.openedAt) / 1000;
  const late = unlockedTime > numberSetting(party.config, 'openingTime', 0);
  const penaltyTime = late ? numberSetting(party.config, 'penaltyTime', 0) : 0;

  state.openedAt = null;
  lock.combinationId = combinationId;
  shiftEndDate(lock, penaltyTime);

  appendLog(world, lock, {
    type: late ? 'temporary_opening_locked_late' : 'temporary_opening_locked',
    actor,
    title: late ? '%USER% locked again, too late' : '%USER% locked again',
    description: `Open for ${formatDuration(unlockedTime)}`,
    icon: 'soap',
    payload: { unlockedTime, penaltyTime },
    extension: SLUG,
  });
}

/** The hygiene-opening extension. */
export const temporaryOpening: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    submit: {
      roles: ['wearer'],
      regular: true,
      run(context) {
        if (booleanSetting(context.party.config, 'allowOnlyKeyholderToOpen', false)) {
          throw forbidden('Only the keyholder can open this lock');
        }
        return open(context);
      },
    },

    keyholderOpen: { roles: ['keyholder'], run: open },
  },

  describeConfig: (config) =>
    `${formatDuration(numberSetting(config, 'openingTime', 0))} opening, ` +
    `${formatDuration(numberSetting(config, 'penaltyTime', 0))} penalty when late`,

  homeActions({ party }) {
    const opened = openingState(party).openedAt !== null;
    return [
      {
        slug: SLUG,
        title: opened ? 'Lock again' : 'Hygiene opening',
        description: opened ? 'Set a new combination' : 'Open the lock for a short while',
        icon: 'soap',
      },
    ];
  },
};
