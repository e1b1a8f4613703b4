import { ChasterUsageError } from '../../errors/index.js';
import type { SignalOptions } from '../options.js';
import type { LockRole } from '../types.js';

/** The roles an action can be checked against; `as` overrides the lock's own role. */
export type ActingRole = 'wearer' | 'keyholder' | 'visitor';

/**
 * Options every lock action takes: who the caller acts as, and a signal.
 *
 * @example
 * ```ts
 * await lock.openForHygiene({ as: 'keyholder', signal: AbortSignal.timeout(5_000) });
 * ```
 */
export interface LockActionOptions extends SignalOptions {
  /**
   * The role to act as. Defaults to the lock's `role` field, which Chaster sets for the caller
   * who read the lock; override it only when that lock object was read by someone else.
   */
  as?: ActingRole;
}

/**
 * How an error message names the caller's relation to a lock.
 *
 * @example
 * ```ts
 * describeRole('wearer', lockId); // 'you are the wearer of lock …'
 * ```
 */
export function describeRole(role: LockRole, lockId: string): string {
  if (role === 'wearer' || role === 'keyholder') return `you are the ${role} of lock ${lockId}`;
  if (role === 'visitor') return `you are a visitor of lock ${lockId}`;
  return `your role on lock ${lockId} is "${role}"`;
}

/**
 * Refuses an action that the caller's role cannot take, before any request.
 *
 * @throws {ChasterUsageError} "assignTask is a keyholder action; you are the wearer of lock …".
 * @example
 * ```ts
 * assertRole('assignTask', ['keyholder'], lock.role, lock.id);
 * ```
 */
export function assertRole(
  method: string,
  allowed: readonly ActingRole[],
  role: LockRole,
  lockId: string,
): void {
  if ((allowed as readonly string[]).includes(role)) return;

  const kind = allowed.join(' or ');
  throw new ChasterUsageError(`${method} is a ${kind} action; ${describeRole(role, lockId)}`);
}
