/**
 * Penalties: each habit runs in back-to-back periods of `frequency` seconds of virtual time,
 * starting when the extension is enabled. A period that ends with fewer than `nbActions`
 * actions done is `punished` and its punishments are applied (each writing its own entry);
 * otherwise it is `validated`. Periods stop once the lock is unlocked or the extension removed.
 */
import type { components } from '../../../generated/chaster.js';
import { EXTENSION_ACTOR } from '../domain/history.js';
import { changeTime, freezeLock, unfreezeLock } from '../domain/lock-changes.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { habitsOf, renderHabit, renderPunishment } from './penalty-habits.js';
import type { Habit, Punishment } from './penalty-habits.js';
import { startPillory } from './pillory.js';
import { isRecord, partyState } from './settings.js';
import type { ExtensionDefinition, ExtensionScope } from './types.js';

type PenaltyPeriodForPublic = components['schemas']['PenaltyPeriodForPublic'];
type PenaltySessionForPublic = components['schemas']['PenaltySessionForPublic'];

/** Status of a period, as Chaster names them. */
export type PeriodStatus = 'ongoing' | 'validated' | 'punished' | 'cancelled';

/** One period of one habit. */
export interface PenaltyPeriodRecord {
  readonly id: string;
  readonly habitName: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly nbActionsRequired: number;
  nbActionsDone: number;
  readonly punishments: Punishment[];
  status: PeriodStatus;
}

interface PenaltyState {
  periods: PenaltyPeriodRecord[];
}

const SLUG = 'penalty';
const ORIGIN = { extension: SLUG };

function penaltyState(party: ExtensionPartyRecord): PenaltyState {
  return partyState(party, () => ({ periods: [] }));
}

function punish(world: World, lock: LockRecord, punishment: Punishment): void {
  const { name, params } = punishment;
  const seconds = typeof params === 'number' ? params : 0;

  if (name === 'add_time') changeTime(world, lock, seconds, EXTENSION_ACTOR, ORIGIN);
  else if (name === 'remove_time') changeTime(world, lock, -seconds, EXTENSION_ACTOR, ORIGIN);
  else if (name === 'freeze') freezeLock(world, lock, EXTENSION_ACTOR, ORIGIN);
  else if (name === 'unfreeze') unfreezeLock(world, lock, EXTENSION_ACTOR, ORIGIN);
  else if (name === 'toggle_freeze') {
    if (!freezeLock(world, lock, EXTENSION_ACTOR, ORIGIN)) {
      unfreezeLock(world, lock, EXTENSION_ACTOR, ORIGIN);
    }
  } else if (name === 'pillory' && isRecord(params) && typeof params.duration === 'number') {
    const reason = typeof params.reason === 'string' ? params.reason : 'Penalty';
    startPillory(world, lock, { duration: params.duration, reason, actor: EXTENSION_ACTOR });
  }
}

function openPeriod(scope: ExtensionScope, habit: Habit, startsAt: number): void {
  const { world, lock, party } = scope;
  const period: PenaltyPeriodRecord = {
    id: world.ids.next(),
    habitName: habit.habitName,
    startsAt,
    endsAt: startsAt + habit.frequency * 1000,
    nbActionsRequired: habit.nbActions,
    nbActionsDone: 0,
    punishments: habit.punishments,
    status: 'ongoing',
  };
  penaltyState(party).periods.push(period);

  world.scheduler.schedule(period.endsAt, `penalty period ${period.id} ends`, () => {
    const active = lock.status === 'locked' && lock.extensions.includes(party);
    if (!active) {
      period.status = 'cancelled';
      return;
    }

    const kept = period.nbActionsDone >= period.nbActionsRequired;
    period.status = kept ? 'validated' : 'punished';
    if (!kept) for (const punishment of period.punishments) punish(world, lock, punishment);

    openPeriod({ ...scope, now: period.endsAt }, habit, period.endsAt);
  });
}

/** Counts `count` actions towards the ongoing periods of a habit (the Extensions API's way). */
export function incrementHabit(lock: LockRecord, habitName: string, count = 1): boolean {
  const party = lock.extensions.find((candidate) => candidate.slug === SLUG);
  if (party === undefined) return false;

  const ongoing = penaltyState(party).periods.filter(
    (period) => period.status === 'ongoing' && period.habitName === habitName,
  );
  for (const period of ongoing) period.nbActionsDone += count;
  return ongoing.length > 0;
}

/** Counts a regular action of `slug` towards every habit that watches that extension. */
export function countExtensionAction(lock: LockRecord, slug: string): void {
  const party = lock.extensions.find((candidate) => candidate.slug === SLUG);
  if (party === undefined) return;

  for (const habit of habitsOf(party.config)) {
    if (habit.extension === slug) incrementHabit(lock, habit.habitName);
  }
}

/** A period as Chaster sends it. */
export function renderPeriod(period: PenaltyPeriodRecord): PenaltyPeriodForPublic {
  return {
    _id: period.id,
    status: period.status,
    startsAt: new Date(period.startsAt).toISOString(),
    endsAt: new Date(period.endsAt).toISOString(),
    habitName: period.habitName,
    nbActionsDone: period.nbActionsDone,
    nbActionsRequired: period.nbActionsRequired,
    punishments: period.punishments.map(renderPunishment),
  };
}

/** The penalty session of a lock: its habits and their ongoing periods. */
export function renderPenaltySession(party: ExtensionPartyRecord): PenaltySessionForPublic {
  const ongoing = penaltyState(party).periods.filter((period) => period.status === 'ongoing');
  return {
    habits: habitsOf(party.config).map(renderHabit),
    penaltyPeriods: ongoing.map(renderPeriod),
  };
}

/** Every period of one habit, newest first. */
export function periodsOf(party: ExtensionPartyRecord, habitName: string): PenaltyPeriodRecord[] {
  return penaltyState(party)
    .periods.filter((period) => period.habitName === habitName)
    .reverse();
}

/** The penalty extension; it has no actions of its own. */
export const penalty: ExtensionDefinition = {
  slug: SLUG,
  actions: {},

  describeConfig: (config) => `${habitsOf(config).length} habits`,

  onEnabled(scope) {
    for (const habit of habitsOf(scope.party.config)) openPeriod(scope, habit, scope.now);
  },
};
