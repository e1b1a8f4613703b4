/**
 * Who may do what on a lock. The wearer owns it, the keyholder manages it, anyone else is a
 * visitor; on a self-lock (no keyholder) the wearer also manages settings and extensions.
 */
import { badRequest, forbidden, notFound } from '../engine/http-error.js';
import type { LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** A user's role on one lock. */
export type LockRole = 'wearer' | 'keyholder' | 'visitor';

/** The role of `user` on `lock`. */
export function roleOn(lock: LockRecord, user: UserRecord | undefined): LockRole {
  if (user === undefined) return 'visitor';
  if (lock.wearerId === user.id) return 'wearer';
  return lock.keyholderId === user.id ? 'keyholder' : 'visitor';
}

/** The lock with that id, or a 404. */
export function requireLock(world: World, lockId: string): LockRecord {
  const lock = world.locks.get(lockId);
  if (lock === undefined) throw notFound('Lock not found');
  return lock;
}

/** The caller's role when it is one of `allowed`, or a 403. */
export function requireRole<const Allowed extends LockRole>(
  lock: LockRecord,
  user: UserRecord,
  allowed: readonly Allowed[],
  message?: string,
): Allowed {
  const role = roleOn(lock, user);
  if (!allowed.includes(role as Allowed)) throw forbidden(message);
  return role as Allowed;
}

/** The wearer or keyholder of the lock, or a 403 for anyone else. */
export function requireMember(lock: LockRecord, user: UserRecord): 'wearer' | 'keyholder' {
  return requireRole(lock, user, ['wearer', 'keyholder']);
}

/**
 * Requires the user who manages the lock: its keyholder, or the wearer of a self-lock.
 */
export function requireManager(lock: LockRecord, user: UserRecord): void {
  const manager = lock.keyholderId ?? lock.wearerId;
  if (user.id !== manager) throw forbidden();
}

/** Throws a 400 unless the lock is still running (status `locked`). */
export function requireRunning(lock: LockRecord): void {
  if (lock.status !== 'locked') throw badRequest('The lock is not running');
}
