import type { components } from '../../../generated/chaster.js';
import type { FacadeContext } from '../context.js';
import type { LockData, LockRole, LockStatus } from '../types.js';
import { LockExtensions } from './lock-extensions.js';
import { endsAt, isTimerDone, remainingTime, type TimeOptions } from './lock-timing.js';

type UserForPublic = components['schemas']['UserForPublic'];

/**
 * What a lock object knows without asking the server: its body as last read, friendly getters
 * and the timer arithmetic. The body is a snapshot; `refresh()` reads it again.
 *
 * @example
 * ```ts
 * const lock = await chaster.locks.get(lockId);
 * console.log(lock.title, lock.status, lock.remainingTime());
 * ```
 */
export class LockState {
  /** The Layer 1 client and shared settings the lock's methods use. */
  protected readonly context: FacadeContext;

  #data: LockData;
  #extensions: LockExtensions;

  /**
   * @param context - The facade context.
   * @param data - A lock body from any lock endpoint.
   * @example
   * ```ts
   * const lock = new Lock(context, body);
   * ```
   */
  constructor(context: FacadeContext, data: LockData) {
    this.context = context;
    this.#data = data;
    this.#extensions = new LockExtensions(data.extensions, data._id);
  }

  /** The lock body as Chaster last sent it. */
  get data(): Readonly<LockData> {
    return this.#data;
  }

  /** The lock id. */
  get id(): string {
    return this.#data._id;
  }

  /** The lock's title. */
  get title(): string {
    return this.#data.title;
  }

  /** `locked`, `unlocked` or `deserted`. */
  get status(): LockStatus {
    return this.#data.status;
  }

  /** What the caller who read the lock is to it: `wearer`, `keyholder` or `visitor`. */
  get role(): LockRole {
    return this.#data.role;
  }

  /** The wearer. */
  get wearer(): UserForPublic {
    return this.#data.user;
  }

  /** The keyholder, or `null` for a self-lock. */
  get keyholder(): UserForPublic | null {
    return this.#data.keyholder;
  }

  /** Whether the lock is frozen (its timer does not count down). */
  get isFrozen(): boolean {
    return this.#data.isFrozen;
  }

  /**
   * Chaster's verdict, when the lock was read, on whether it can be unlocked now: timer,
   * extensions and keyholder together.
   */
  get canBeUnlocked(): boolean {
    return this.#data.canBeUnlocked;
  }

  /** Whether the timer is hidden from the caller (Chaster then sends no end date). */
  get isTimerHidden(): boolean {
    return this.#data.endDate === null;
  }

  /** The extensions enabled on the lock, found by slug. */
  get extensions(): LockExtensions {
    return this.#extensions;
  }

  /**
   * The remaining time in milliseconds: `null` when the timer is hidden, what was left at the
   * freeze for a frozen lock, 0 once the lock is no longer locked.
   *
   * @example
   * ```ts
   * const ms = lock.remainingTime({ now: new Date() });
   * if (ms !== null) console.log(`${Math.round(ms / 60_000)} minutes left`);
   * ```
   */
  remainingTime(options: TimeOptions = {}): number | null {
    return remainingTime(this.#data, options);
  }

  /**
   * When the timer ends, or `null` when hidden. For a frozen lock, the end if it were unfrozen
   * at `now`.
   *
   * @example
   * ```ts
   * console.log(lock.endsAt()?.toLocaleString());
   * ```
   */
  endsAt(options: TimeOptions = {}): Date | null {
    return endsAt(this.#data, options);
  }

  /**
   * Whether the timer has run out at `now` (`null` when hidden). Extensions may still prevent
   * unlocking: see {@link LockState.canBeUnlocked}.
   *
   * @example
   * ```ts
   * if (lock.isTimerDone() && lock.canBeUnlocked) await lock.unlock();
   * ```
   */
  isTimerDone(options: TimeOptions = {}): boolean | null {
    return isTimerDone(this.#data, options);
  }

  /**
   * The lock body, so that `JSON.stringify(lock)` writes what Chaster sent.
   *
   * @example
   * ```ts
   * await writeFile('lock.json', JSON.stringify(lock));
   * ```
   */
  toJSON(): LockData {
    return this.#data;
  }

  /** Replaces the snapshot after a fresh read. */
  protected replaceData(data: LockData): void {
    this.#data = data;
    this.#extensions = new LockExtensions(data.extensions, data._id);
  }
}
