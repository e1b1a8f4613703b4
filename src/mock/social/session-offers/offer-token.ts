/**
 * The token of a lock's keyholding-request link. Chaster gives one to every lock created with
 * `allowSessionOffer`; a keyholder who opens the link may take the lock over. The fake derives
 * it from the world's seed and the lock id, so it needs no state and spends no world id.
 */
import type { LockRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';

// FNV-1a, 32 bits; four salted rounds make a 32-hex-digit token.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;

  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The lock's offer token, or `null` when the lock does not take offers. */
export function offerTokenOf(world: World, lock: LockRecord): string | null {
  if (lock.offerToken !== null) return lock.offerToken;
  if (!lock.allowSessionOffer) return null;

  return [0, 1, 2, 3].map((salt) => fnv1a(`${salt}:${world.seed}:${lock.id}`)).join('');
}

/** The lock whose offer token this is, if any. */
export function lockByOfferToken(world: World, token: string): LockRecord | undefined {
  return [...world.locks.values()].find((lock) => offerTokenOf(world, lock) === token);
}
