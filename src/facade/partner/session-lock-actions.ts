import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import { toSeconds, type DurationInput } from '../durations.js';
import type { SignalOptions } from '../options.js';
import type { ExtensionSession } from './extension-session.js';
import type { SessionLockAction } from './partner-types.js';
import { assertBoolean, assertText } from './session-inputs.js';

/** Options of {@link SessionLockActions.pillory}. */
export interface PilloryOptions extends SignalOptions {
  /** How long the wearer stays in the pillory: seconds or `{ days, hours, minutes, seconds }`. */
  duration: DurationInput;

  /** The text shown on the pillory. */
  reason?: string;
}

/**
 * The lock actions an extension runs on its session's lock through
 * `POST /api/extensions/sessions/{sessionId}/action`. Each one writes an entry in the lock's
 * history, attributed to the extension. {@link ExtensionSession} inherits them.
 *
 * @example
 * ```ts
 * const session = await chaster.partner.sessions.get(sessionId);
 * await session.freeze();
 * await session.pillory({ duration: { minutes: 30 }, reason: 'Missed check-in' });
 * ```
 */
export abstract class SessionLockActions {
  /** Where requests go. */
  protected readonly context: FacadeContext;

  protected constructor(context: FacadeContext) {
    this.context = context;
  }

  /** The session id every request names. */
  abstract get id(): string;

  /**
   * Adds time to the lock.
   *
   * @param duration - Seconds, or `{ days, hours, minutes, seconds }`; more than zero.
   * @throws {ChasterUsageError} for a duration that is zero, negative or not whole seconds.
   * @example
   * ```ts
   * await session.addTime({ hours: 1 });
   * ```
   */
  async addTime(duration: DurationInput, options: SignalOptions = {}): Promise<void> {
    const seconds = positiveSeconds(duration, 'addTime duration');

    await this.runLockAction({ name: 'add_time', params: seconds }, options.signal);
  }

  /**
   * Removes time from the lock. Unlike a wearer's own lock actions, an extension may remove time.
   *
   * @param duration - Seconds, or `{ days, hours, minutes, seconds }`; more than zero.
   * @throws {ChasterUsageError} for a duration that is zero, negative or not whole seconds.
   * @example
   * ```ts
   * await session.removeTime(600);
   * ```
   */
  async removeTime(duration: DurationInput, options: SignalOptions = {}): Promise<void> {
    const seconds = positiveSeconds(duration, 'removeTime duration');

    await this.runLockAction({ name: 'remove_time', params: seconds }, options.signal);
  }

  /**
   * Freezes the lock: its timer stops counting down until it is unfrozen.
   *
   * @example
   * ```ts
   * await session.freeze();
   * ```
   */
  async freeze(options: SignalOptions = {}): Promise<void> {
    await this.runLockAction({ name: 'freeze' }, options.signal);
  }

  /**
   * Unfreezes the lock.
   *
   * @example
   * ```ts
   * await session.unfreeze();
   * ```
   */
  async unfreeze(options: SignalOptions = {}): Promise<void> {
    await this.runLockAction({ name: 'unfreeze' }, options.signal);
  }

  /**
   * Freezes the lock when it runs, unfreezes it when it is frozen.
   *
   * @example
   * ```ts
   * await session.toggleFreeze();
   * ```
   */
  async toggleFreeze(options: SignalOptions = {}): Promise<void> {
    await this.runLockAction({ name: 'toggle_freeze' }, options.signal);
  }

  /**
   * Puts the wearer in the pillory, where visitors vote to add time. Chaster refuses it unless
   * the wearer enabled the pillory extension.
   *
   * @throws {ChasterUsageError} for a duration that is not positive whole seconds, or a blank
   * reason.
   * @example
   * ```ts
   * await session.pillory({ duration: { hours: 2 }, reason: 'Missed the check-in' });
   * ```
   */
  async pillory(options: PilloryOptions): Promise<void> {
    const duration = positiveSeconds(options.duration, 'pillory duration');
    if (options.reason !== undefined) assertText('pillory reason', options.reason);

    const { reason } = options;
    const params = reason === undefined ? { duration } : { duration, reason };
    await this.runLockAction({ name: 'pillory', params }, options.signal);
  }

  /**
   * Shows or hides the lock's remaining time to the wearer.
   *
   * @param visible - `true` shows the timer, `false` hides it.
   * @example
   * ```ts
   * await session.setDisplayRemainingTime(false);
   * ```
   */
  async setDisplayRemainingTime(visible: boolean, options: SignalOptions = {}): Promise<void> {
    assertBoolean('setDisplayRemainingTime visible', visible);

    await this.runLockAction({ name: 'set_display_remaining_time', params: visible },
      options.signal);
  }

  private async runLockAction(action: SessionLockAction, signal?: AbortSignal): Promise<void> {
    unwrap(await this.context.client.POST('/api/extensions/sessions/{sessionId}/action', {
      params: { path: { sessionId: this.id } },
      body: { action },
      signal,
    }));
  }
}

/** Converts a duration and refuses zero: an action that changes nothing is a caller's mistake. */
function positiveSeconds(duration: DurationInput, what: string): number {
  const seconds = toSeconds(duration, what);

  if (seconds === 0) throw new ChasterUsageError(`${what} must be more than 0 seconds`);
  return seconds;
}
