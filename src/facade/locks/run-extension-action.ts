import type { FacadeContext } from '../context.js';
import { unwrap } from '../../unwrap.js';
import type { LockRole } from '../types.js';
import type { LockExtensions } from './lock-extensions.js';
import { assertRole, type ActingRole, type LockActionOptions } from './lock-roles.js';

/** The lock an action runs on, as far as the checks need it. */
export interface ActionTarget {
  readonly context: FacadeContext;
  readonly lockId: string;
  readonly role: LockRole;
  readonly extensions: LockExtensions;
}

/**
 * Which built-in extension action to run and who may run it, as a `Lock` subclass passes it to
 * the protected `act`.
 *
 * @example
 * ```ts
 * const spec: ActionSpec = {
 *   method: 'rollDice', slug: 'dice', action: 'submit', roles: ['wearer'],
 * };
 * ```
 */
export interface ActionSpec {
  /** The Layer 2 method name, for error messages. */
  readonly method: string;

  /** The extension's slug. */
  readonly slug: string;

  /** Chaster's action name, sent as `action`. */
  readonly action: string;

  /** The roles that can take the action. */
  readonly roles: readonly ActingRole[];
}

/** Every role: for reads that anyone who sees the lock may make. */
export const ANY_ROLE: readonly ActingRole[] = ['wearer', 'keyholder', 'visitor'];

/**
 * Runs a built-in extension action: finds the extension by slug, checks the role, and posts
 * `{ action, payload }` to the extension's action route. Both checks happen before any request.
 *
 * @returns The response body, which the document leaves untyped; the caller names its shape from
 * the extension-action contracts.
 * @throws {ChasterUsageError} when the lock lacks the extension or the role cannot act.
 * @example
 * ```ts
 * const spec = { method: 'rollDice', slug: 'dice', action: 'submit', roles: ['wearer'] as const };
 * const roll = await runExtensionAction(target, spec, {}, {}) as DiceResult;
 * ```
 */
export async function runExtensionAction(
  target: ActionTarget,
  spec: ActionSpec,
  payload: Record<string, unknown>,
  options: LockActionOptions,
): Promise<unknown> {
  const extension = target.extensions.require(spec.slug, spec.method);
  assertRole(spec.method, spec.roles, options.as ?? target.role, target.lockId);

  const path = { lockId: target.lockId, extensionId: extension._id };
  const client = target.context.client;
  return unwrap(await client.POST('/locks/{lockId}/extensions/{extensionId}/action', {
    params: { path },
    body: { action: spec.action, payload },
    signal: options.signal,
  }));
}
