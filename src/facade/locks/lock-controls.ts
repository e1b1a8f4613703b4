import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import { toSeconds, type DurationInput } from '../durations.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, keysetPage, type Paginator } from '../pagination/index.js';
import type {
  ActionLogEntry,
  Combination,
  LockExtensionConfig,
  LockExtensionInfo,
  LockSettingsInput,
} from '../types.js';
import { assertRole, type LockActionOptions } from './lock-roles.js';
import { LockState } from './lock-state.js';

/**
 * Options of {@link LockControls.history}.
 *
 * @example
 * ```ts
 * lock.history({ extension: 'dice', limit: 20 });
 * ```
 */
export interface LockHistoryOptions extends SignalOptions {
  /** Only entries of this extension slug. */
  extension?: string;

  /** Entries per request. */
  limit?: number;
}

/**
 * Options of {@link LockControls.updateSettings}: at least one setting.
 *
 * @example
 * ```ts
 * await lock.updateSettings({ displayRemainingTime: false });
 * ```
 */
export interface LockSettingsOptions extends LockSettingsInput, SignalOptions {}

/**
 * What can be done to a lock itself: time, freezing, unlocking, settings and history. Built-in
 * extension actions live on {@link Lock}.
 *
 * @example
 * ```ts
 * await lock.addTime({ hours: 2 });
 * ```
 */
export class LockControls extends LockState {
  /**
   * Reads the lock again and replaces this object's snapshot.
   *
   * @returns This lock, updated.
   * @example
   * ```ts
   * await lock.refresh();
   * console.log(lock.remainingTime());
   * ```
   */
  async refresh(options: SignalOptions = {}): Promise<this> {
    const body = unwrap(await this.context.client.GET('/locks/{lockId}', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));

    this.replaceData(body);
    return this;
  }

  /**
   * Archives the lock: through the wearer's route, or through the keyholder's own route when the
   * caller is the keyholder (Chaster keeps the two archives apart).
   *
   * @example
   * ```ts
   * await lock.archive();
   * ```
   */
  async archive(options: LockActionOptions = {}): Promise<void> {
    const params = { path: { lockId: this.id } };
    const role = options.as ?? this.role;

    if (role === 'keyholder') {
      unwrap(await this.context.client.POST('/locks/{lockId}/archive/keyholder', {
        params, signal: options.signal,
      }));
      return;
    }
    unwrap(await this.context.client.POST('/locks/{lockId}/archive', {
      params, signal: options.signal,
    }));
  }

  /**
   * Unlocks the lock. Chaster refuses while the timer runs or extensions prevent it.
   *
   * @example
   * ```ts
   * if (lock.canBeUnlocked) await lock.unlock();
   * ```
   */
  async unlock(options: SignalOptions = {}): Promise<void> {
    unwrap(await this.context.client.POST('/locks/{lockId}/unlock', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * Adds time to the timer.
   *
   * @param duration - Seconds, or `{ days, hours, minutes, seconds }`; at least one second.
   * @throws {ChasterUsageError} for a negative, fractional or empty duration.
   * @example
   * ```ts
   * await lock.addTime({ hours: 1, minutes: 30 });
   * ```
   */
  async addTime(duration: DurationInput, options: SignalOptions = {}): Promise<void> {
    await this.updateTime(positiveSeconds(duration, 'addTime'), options.signal);
  }

  /**
   * Removes time from the timer. Only keyholders may: Chaster lets wearers add time only, so a
   * wearer's call is refused here without a request.
   *
   * @param duration - Seconds, or `{ days, hours, minutes, seconds }`; at least one second.
   * @throws {ChasterUsageError} for a wearer, or for a negative, fractional or empty duration.
   * @example
   * ```ts
   * await lock.removeTime(600);
   * ```
   */
  async removeTime(duration: DurationInput, options: LockActionOptions = {}): Promise<void> {
    const role = options.as ?? this.role;
    if (role === 'wearer') {
      throw new ChasterUsageError(
        `removeTime is a keyholder action: wearers may only add time (lock ${this.id})`,
      );
    }
    assertRole('removeTime', ['keyholder'], role, this.id);

    await this.updateTime(-positiveSeconds(duration, 'removeTime'), options.signal);
  }

  /**
   * Freezes the lock: its timer stops until unfrozen.
   *
   * @example
   * ```ts
   * await lock.freeze();
   * ```
   */
  async freeze(options: SignalOptions = {}): Promise<void> {
    await this.setFrozen(true, options.signal);
  }

  /**
   * Unfreezes the lock: its timer counts down again.
   *
   * @example
   * ```ts
   * await lock.unfreeze();
   * ```
   */
  async unfreeze(options: SignalOptions = {}): Promise<void> {
    await this.setFrozen(false, options.signal);
  }

  /**
   * Freezes a running lock or unfreezes a frozen one, judged from this snapshot: refresh first
   * if someone else may have changed it.
   *
   * @returns Whether the lock is now frozen.
   * @example
   * ```ts
   * const frozen = await lock.toggleFreeze();
   * ```
   */
  async toggleFreeze(options: SignalOptions = {}): Promise<boolean> {
    const frozen = !this.isFrozen;
    await this.setFrozen(frozen, options.signal);
    return frozen;
  }

  /**
   * Sets the date after which the wearer may unlock whatever the timer and extensions say.
   * Chaster only lets it move later.
   *
   * @param date - A `Date` or an ISO-8601 string.
   * @throws {ChasterUsageError} for an unreadable date.
   * @example
   * ```ts
   * await lock.setMaxLimitDate(new Date('2025-01-01T00:00:00Z'));
   * ```
   */
  async setMaxLimitDate(date: Date | string, options: SignalOptions = {}): Promise<void> {
    const maxLimitDate = toIsoDate(date, 'setMaxLimitDate');
    await this.postMaxLimitDate(maxLimitDate, false, options.signal);
  }

  /**
   * Removes the maximum limit date, so that only the timer and extensions decide.
   *
   * @example
   * ```ts
   * await lock.removeMaxLimitDate();
   * ```
   */
  async removeMaxLimitDate(options: SignalOptions = {}): Promise<void> {
    // Chaster requires a date even when disabling; the current one (or now) says "no change".
    const current = this.data.maxLimitDate ?? new Date().toISOString();
    await this.postMaxLimitDate(current, true, options.signal);
  }

  /**
   * Changes whether the wearer sees the timer and whether the history shows time changes.
   *
   * @throws {ChasterUsageError} when no setting is given.
   * @example
   * ```ts
   * await lock.updateSettings({ displayRemainingTime: false, hideTimeLogs: true });
   * ```
   */
  async updateSettings(options: LockSettingsOptions): Promise<void> {
    const { signal, ...settings } = options;
    if (settings.displayRemainingTime === undefined && settings.hideTimeLogs === undefined) {
      throw new ChasterUsageError(
        'updateSettings needs displayRemainingTime or hideTimeLogs; nothing would change',
      );
    }

    unwrap(await this.context.client.POST('/locks/{lockId}/settings', {
      params: { path: { lockId: this.id } }, body: settings, signal,
    }));
  }

  /**
   * Marks the keyholder as trusted (the wearer's choice).
   *
   * @example
   * ```ts
   * await lock.trustKeyholder();
   * ```
   */
  async trustKeyholder(options: SignalOptions = {}): Promise<void> {
    unwrap(await this.context.client.POST('/locks/{lockId}/trust-keyholder', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * Turns a keyholder lock into a self-lock.
   *
   * @example
   * ```ts
   * await lock.convertToSelfLock();
   * ```
   */
  async convertToSelfLock(options: SignalOptions = {}): Promise<void> {
    unwrap(await this.context.client.POST('/locks/{lockId}/convert-to-self-lock', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * Marks the lock as a test lock, which does not count in the wearer's statistics.
   *
   * @example
   * ```ts
   * await lock.setAsTestLock();
   * ```
   */
  async setAsTestLock(options: SignalOptions = {}): Promise<void> {
    unwrap(await this.context.client.PUT('/locks/{lockId}/is-test-lock', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * Reads the lock's combination (its code or picture); Chaster only shows it once unlocked.
   *
   * @example
   * ```ts
   * const { code } = await lock.combination();
   * ```
   */
  async combination(options: SignalOptions = {}): Promise<Combination> {
    return unwrap(await this.context.client.GET('/locks/{lockId}/combination', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * The lock's history, newest first, read page by page as it is iterated.
   *
   * @example
   * ```ts
   * for await (const entry of lock.history({ extension: 'dice' })) console.log(entry.title);
   * ```
   */
  history(options: LockHistoryOptions = {}): Paginator<ActionLogEntry> {
    const { signal, extension, limit } = options;
    const lockId = this.id;
    const client = this.context.client;

    return createPaginator<ActionLogEntry, string>(async (request) => keysetPage(unwrap(
      await client.POST('/locks/{lockId}/history', {
        params: { path: { lockId } },
        body: { extension, limit, lastId: request.cursor },
        signal: request.signal,
      }),
    )), { signal });
  }

  /**
   * Replaces the lock's whole list of extensions (Chaster keeps none that is left out).
   *
   * @example
   * ```ts
   * await lock.setExtensions([{ slug: 'dice', config: {}, mode: 'unlimited', regularity: 3600 }]);
   * ```
   */
  async setExtensions(
    extensions: LockExtensionConfig[],
    options: SignalOptions = {},
  ): Promise<void> {
    if (!Array.isArray(extensions)) {
      throw new ChasterUsageError('setExtensions needs an array of extension configurations');
    }

    unwrap(await this.context.client.POST('/locks/{lockId}/extensions', {
      params: { path: { lockId: this.id } }, body: { extensions }, signal: options.signal,
    }));
  }

  /**
   * Reads one extension of the lock, found by slug, with the lock as that extension sees it.
   *
   * @throws {ChasterUsageError} when the lock has no extension with that slug.
   * @example
   * ```ts
   * const { extension } = await lock.extensionInfo('dice');
   * ```
   */
  async extensionInfo(slug: string, options: SignalOptions = {}): Promise<LockExtensionInfo> {
    const { _id: extensionId } = this.extensions.require(slug, 'extensionInfo');

    return unwrap(await this.context.client.GET('/locks/{lockId}/extensions/{extensionId}', {
      params: { path: { lockId: this.id, extensionId } }, signal: options.signal,
    }));
  }

  private async updateTime(duration: number, signal: AbortSignal | undefined): Promise<void> {
    unwrap(await this.context.client.POST('/locks/{lockId}/update-time', {
      params: { path: { lockId: this.id } }, body: { duration }, signal,
    }));
  }

  private async setFrozen(isFrozen: boolean, signal: AbortSignal | undefined): Promise<void> {
    unwrap(await this.context.client.POST('/locks/{lockId}/freeze', {
      params: { path: { lockId: this.id } }, body: { isFrozen }, signal,
    }));
  }

  private async postMaxLimitDate(
    maxLimitDate: string,
    disableMaxLimitDate: boolean,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    unwrap(await this.context.client.POST('/locks/{lockId}/max-limit-date', {
      params: { path: { lockId: this.id } }, body: { maxLimitDate, disableMaxLimitDate }, signal,
    }));
  }
}

function positiveSeconds(duration: DurationInput, method: string): number {
  const seconds = toSeconds(duration, `${method} duration`);
  if (seconds === 0) {
    throw new ChasterUsageError(`${method} needs a duration of at least 1 second, got 0`);
  }
  return seconds;
}

function toIsoDate(date: Date | string, method: string): string {
  const epoch = date instanceof Date ? date.getTime() : Date.parse(date);
  if (Number.isNaN(epoch)) {
    throw new ChasterUsageError(`${method} needs a valid date, got ${String(date)}`);
  }
  return new Date(epoch).toISOString();
}
