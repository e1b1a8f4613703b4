/**
 * Handing a self-lock to a keyholder, by an accepted offer or through the lock's offer link:
 * the keyholder takes over and the lock's history says so.
 */
import { appendLog } from '../../domain/history.js';
import { requireRunning } from '../../domain/lock-access.js';
import { badRequest, forbidden } from '../../engine/http-error.js';
import type { LockRecord, UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { requireCanInteract } from '../blocks.js';
import { requireUser } from '../people.js';

/** Throws unless `keyholder` may take the lock over now. */
export function requireCanTakeOver(world: World, lock: LockRecord, keyholder: UserRecord): void {
  if (lock.wearerId === keyholder.id) throw forbidden('You cannot hold your own lock');
  requireRunning(lock);
  if (lock.keyholderId !== null) throw badRequest('The lock already has a keyholder');

  requireCanInteract(world, keyholder, requireUser(world, lock.wearerId));
}

/** Makes `keyholder` the lock's keyholder and writes `session_offer_accepted`. */
export function takeOver(world: World, lock: LockRecord, keyholder: UserRecord): void {
  requireCanTakeOver(world, lock, keyholder);

  lock.keyholderId = keyholder.id;
  appendLog(world, lock, {
    type: 'session_offer_accepted',
    actor: { role: 'keyholder', user: keyholder },
    title: '%USER% is now the keyholder',
    description: 'The keyholding offer was accepted',
    icon: 'key',
  });
}
