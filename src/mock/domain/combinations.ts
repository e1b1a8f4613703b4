/**
 * Combinations: the codes that open the physical lock, revealed to the wearer only when the
 * lock ends or a hygiene opening starts.
 */
import type { components } from '../../../generated/chaster.js';
import { notFound } from '../engine/http-error.js';
import type { CombinationRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

type CombinationForPublic = components['schemas']['CombinationForPublic'];

/** Stores a code combination for `user`. */
export function createCodeCombination(world: World, user: UserRecord, code: string) {
  const combination: CombinationRecord = {
    id: world.ids.next(),
    userId: user.id,
    type: 'code',
    code,
    createdAt: world.clock.now(),
  };

  world.combinations.set(combination.id, combination);
  return combination;
}

/** The combination with that id when `user` owns it, or a 404. */
export function requireOwnCombination(
  world: World,
  combinationId: string,
  user: UserRecord,
): CombinationRecord {
  const combination = world.combinations.get(combinationId);
  if (combination === undefined || combination.userId !== user.id) {
    throw notFound('Combination not found');
  }
  return combination;
}

/** The combination with that id, or a 404. */
export function requireCombination(world: World, combinationId: string): CombinationRecord {
  const combination = world.combinations.get(combinationId);
  if (combination === undefined) throw notFound('Combination not found');
  return combination;
}

/** A combination as Chaster sends it. */
export function renderCombination(combination: CombinationRecord): CombinationForPublic {
  const date = new Date(combination.createdAt).toISOString();

  return {
    _id: combination.id,
    type: combination.type,
    code: combination.code,
    checkStatus: 'verified',
    enableManualCheck: false,
    user: combination.userId,
    createdAt: date,
    updatedAt: date,
  };
}
