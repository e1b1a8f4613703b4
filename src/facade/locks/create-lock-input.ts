import { ChasterUsageError } from '../../errors/index.js';
import { toSeconds, type DurationInput } from '../durations.js';
import type { SignalOptions } from '../options.js';
import type { CreateLockInput, LockExtensionConfig } from '../types.js';

/**
 * Options of `chaster.locks.create`: the combination and the timer range, the rest defaulted.
 *
 * @example
 * ```ts
 * await chaster.locks.create({
 *   combinationId, minDuration: { hours: 1 }, maxDuration: { days: 1 },
 * });
 * ```
 */
export interface CreateLockOptions extends SignalOptions {
  /** The combination locked away, made with `chaster.combinations`. */
  combinationId: string;

  /** The shortest time the lock can draw. */
  minDuration: DurationInput;

  /** The longest time the lock can draw; at least `minDuration`. */
  maxDuration: DurationInput;

  /**
   * A ceiling after which the wearer may unlock whatever happens; `null` for none.
   * @default null
   */
  maxLimitDuration?: DurationInput | null;

  /**
   * Whether the wearer sees the timer.
   * @default true
   */
  displayRemainingTime?: boolean;

  /**
   * Whether the lock's time is limited by `maxLimitDuration`.
   * @default true when `maxLimitDuration` is given
   */
  limitLockTime?: boolean;

  /**
   * The extensions to enable.
   * @default []
   */
  extensions?: LockExtensionConfig[];

  /**
   * Whether the wearer may offer the lock to a keyholder later.
   * @default false
   */
  allowSessionOffer?: boolean;

  /**
   * Whether the lock is a test lock, left out of the wearer's statistics.
   * @default false
   */
  isTestLock?: boolean;

  /**
   * Whether the history hides time changes.
   * @default false
   */
  hideTimeLogs?: boolean;
}

/**
 * Turns {@link CreateLockOptions} into the body of `POST /locks`, in seconds.
 *
 * @throws {ChasterUsageError} for an empty combination id, an invalid duration, or a maximum
 * below the minimum.
 * @example
 * ```ts
 * toCreateLockBody({ combinationId, minDuration: 60, maxDuration: { hours: 1 } });
 * ```
 */
export function toCreateLockBody(options: CreateLockOptions): CreateLockInput {
  if (typeof options.combinationId !== 'string' || options.combinationId === '') {
    throw new ChasterUsageError(
      'create needs a combinationId (make one with chaster.combinations)',
    );
  }

  const minDuration = toSeconds(options.minDuration, 'create minDuration');
  const maxDuration = toSeconds(options.maxDuration, 'create maxDuration');
  if (maxDuration < minDuration) {
    throw new ChasterUsageError(
      `create needs maxDuration (${maxDuration} s) to be at least minDuration (${minDuration} s)`,
    );
  }

  const limit = options.maxLimitDuration ?? null;
  const maxLimitDuration = limit === null ? null : toSeconds(limit, 'create maxLimitDuration');

  return {
    combinationId: options.combinationId,
    minDuration,
    maxDuration,
    maxLimitDuration,
    displayRemainingTime: options.displayRemainingTime ?? true,
    limitLockTime: options.limitLockTime ?? maxLimitDuration !== null,
    extensions: options.extensions ?? [],
    allowSessionOffer: options.allowSessionOffer ?? false,
    isTestLock: options.isTestLock ?? false,
    hideTimeLogs: options.hideTimeLogs ?? false,
  };
}
