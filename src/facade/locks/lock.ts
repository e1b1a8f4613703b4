import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import { toNamedBlob, type FileInput } from '../files.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, keysetPage, type Paginator } from '../pagination/index.js';
import type {
  Combination,
  PenaltyPeriod,
  PenaltySession,
  VerificationPicture,
} from '../types.js';
import { LockExtensionActions } from './lock-extension-actions.js';
import { assertRole, type LockActionOptions } from './lock-roles.js';

/**
 * Options of {@link Lock.submitVerificationPicture}.
 *
 * @example
 * ```ts
 * await lock.submitVerificationPicture(file, { enableVerificationCode: true });
 * ```
 */
export interface VerificationPictureOptions extends LockActionOptions {
  /** Whether the picture shows the verification code Chaster asked for. */
  enableVerificationCode?: boolean;
}

/**
 * Options of {@link Lock.penaltyPeriods}.
 *
 * @example
 * ```ts
 * lock.penaltyPeriods({ habitName: 'default_dice', limit: 20 });
 * ```
 */
export interface PenaltyPeriodsOptions extends SignalOptions {
  /** The habit whose periods to read, as the penalty session names it. */
  habitName: string;

  /**
   * Periods per request.
   * @default 50 (Chaster's default)
   */
  limit?: number;
}

/**
 * A lock: its body as `.data`, getters, the timer arithmetic, what can be done to it, and the
 * actions of its built-in extensions. The body is a snapshot taken when the lock was read;
 * actions do not update it, `refresh()` does.
 *
 * @example
 * ```ts
 * const lock = await chaster.locks.get(lockId);
 * if (lock.extensions.has('dice')) await lock.rollDice();
 * await lock.refresh();
 * ```
 */
export class Lock extends LockExtensionActions {
  /**
   * Opens the lock for hygiene through the temporary-opening extension: the wearer asks to open,
   * the keyholder opens it for the wearer. Which action is sent follows the caller's role.
   *
   * @example
   * ```ts
   * await lock.openForHygiene();
   * const { code } = await lock.temporaryOpeningCombination();
   * ```
   */
  async openForHygiene(options: LockActionOptions = {}): Promise<void> {
    const role = options.as ?? this.role;
    const action = role === 'keyholder' ? 'keyholderOpen' : 'submit';

    const spec = { method: 'openForHygiene', slug: 'temporary-opening', action,
      roles: ['wearer', 'keyholder'] as const };
    await this.act(spec, {}, options);
  }

  /**
   * The combination to open the lock with during a temporary opening.
   *
   * @example
   * ```ts
   * const combination = await lock.temporaryOpeningCombination();
   * ```
   */
  async temporaryOpeningCombination(options: SignalOptions = {}): Promise<Combination> {
    const client = this.context.client;
    return unwrap(await client.GET('/extensions/temporary-opening/{lockId}/combination', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * Locks again after a temporary opening with a new combination (made with
   * `chaster.combinations`).
   *
   * @param combinationId - The new combination's id.
   * @example
   * ```ts
   * const { combinationId } = await chaster.combinations.createCode('1234');
   * await lock.setTemporaryOpeningCombination(combinationId);
   * ```
   */
  async setTemporaryOpeningCombination(
    combinationId: string,
    options: SignalOptions = {},
  ): Promise<void> {
    requireText(combinationId, 'setTemporaryOpeningCombination', 'a combinationId');

    const client = this.context.client;
    unwrap(await client.POST('/extensions/temporary-opening/{lockId}/combination', {
      params: { path: { lockId: this.id } }, body: { combinationId }, signal: options.signal,
    }));
  }

  /**
   * The combination recorded by a temporary-opening history entry.
   *
   * @param actionLogId - The history entry's `_id`.
   * @example
   * ```ts
   * const combination = await lock.combinationFromHistory(entry._id);
   * ```
   */
  async combinationFromHistory(
    actionLogId: string,
    options: SignalOptions = {},
  ): Promise<Combination> {
    requireText(actionLogId, 'combinationFromHistory', 'an actionLogId');

    const path = '/extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination';
    return unwrap(await this.context.client.GET(path, {
      params: { path: { lockId: this.id, actionLogId } }, signal: options.signal,
    }));
  }

  /**
   * Asks the wearer for a verification picture (keyholder).
   *
   * @example
   * ```ts
   * await lock.requestVerificationPicture();
   * ```
   */
  async requestVerificationPicture(options: LockActionOptions = {}): Promise<void> {
    const spec = { method: 'requestVerificationPicture', slug: 'verification-picture',
      action: 'createVerificationRequest', roles: ['keyholder'] as const };
    await this.act(spec, {}, options);
  }

  /**
   * Sends a verification picture (wearer), as a multipart upload.
   *
   * @param file - A `Blob`/`File`, or `{ data, filename, contentType? }`.
   * @throws {ChasterUsageError} when the lock lacks the extension, the caller is not the
   * wearer, or the file is not a file.
   * @example
   * ```ts
   * const data = await readFile('cage.jpg');
   * await lock.submitVerificationPicture({ data, filename: 'cage.jpg' });
   * ```
   */
  async submitVerificationPicture(
    file: FileInput,
    options: VerificationPictureOptions = {},
  ): Promise<void> {
    this.extensions.require('verification-picture', 'submitVerificationPicture');
    assertRole('submitVerificationPicture', ['wearer'], options.as ?? this.role, this.id);
    const { blob, filename } = toNamedBlob(file);

    const flag = options.enableVerificationCode;
    const form = new FormData();
    form.append('file', blob, filename ?? 'picture');
    if (flag !== undefined) form.append('enableVerificationCode', String(flag));

    const client = this.context.client;
    unwrap(await client.POST('/extensions/verification-picture/{lockId}/submit', {
      params: { path: { lockId: this.id } },
      body: flag === undefined ? { file: blob } : { file: blob, enableVerificationCode: `${flag}` },
      // The typed body above documents the fields; the form carries them with the file name.
      bodySerializer: () => form,
      signal: options.signal,
    }));
  }

  /**
   * The lock's verification pictures, oldest first as Chaster lists them.
   *
   * @example
   * ```ts
   * for (const picture of await lock.verificationPictures()) console.log(picture.submittedAt);
   * ```
   */
  async verificationPictures(options: SignalOptions = {}): Promise<VerificationPicture[]> {
    return unwrap(await this.context.client.GET('/locks/{lockId}/verification-pictures', {
      params: { path: { lockId: this.id } }, signal: options.signal,
    }));
  }

  /**
   * The lock's penalty session: the habits the penalty extension watches and their periods.
   *
   * @throws {ChasterUsageError} when the lock has no penalty extension.
   * @example
   * ```ts
   * const { habits, penaltyPeriods } = await lock.penalties();
   * ```
   */
  async penalties(options: SignalOptions = {}): Promise<PenaltySession> {
    const { _id: extensionId } = this.extensions.require('penalty', 'penalties');

    const path = '/locks/{lockId}/extensions/{extensionId}/penalty-session';
    return unwrap(await this.context.client.GET(path, {
      params: { path: { lockId: this.id, extensionId } }, signal: options.signal,
    }));
  }

  /**
   * The penalty periods of one habit, read page by page. Chaster's answer names no cursor, so
   * the last period's id is sent back as the cursor of the next page.
   *
   * @throws {ChasterUsageError} when the lock has no penalty extension or no habit is named.
   * @example
   * ```ts
   * const periods = await lock.penaltyPeriods({ habitName: 'default_dice' })
   *   .collect({ limit: 100 });
   * ```
   */
  penaltyPeriods(options: PenaltyPeriodsOptions): Paginator<PenaltyPeriod> {
    const { _id: extensionId } = this.extensions.require('penalty', 'penaltyPeriods');
    requireText(options.habitName, 'penaltyPeriods', 'a habitName');

    const { habitName, limit = DEFAULT_PENALTY_PAGE_SIZE, signal } = options;
    const params = { path: { lockId: this.id, extensionId } };
    const client = this.context.client;
    const path = '/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search';

    return createPaginator<PenaltyPeriod, string>(async (request) => keysetPage(unwrap(
      await client.POST(path, {
        params, body: { habitName, limit, cursor: request.cursor }, signal: request.signal,
      }),
    )), { signal });
  }
}

/** Chaster's own default page size for penalty periods; the typed body requires a value. */
const DEFAULT_PENALTY_PAGE_SIZE = 50;

function requireText(value: unknown, method: string, what: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ChasterUsageError(`${method} needs ${what}`);
  }
}
