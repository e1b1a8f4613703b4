import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import type { PublicUser, SharedLockData, SharedLockSettings } from './schemas.js';
import {
  archiveSharedLock, readFavorite, readSharedLock, setFavorite, updateSharedLock,
} from './shared-lock-calls.js';

/**
 * One of the caller's shared locks: a template that wearers join to start a lock with the
 * caller as keyholder. The body is a snapshot taken when the object was read; `refresh()` reads
 * it again.
 *
 * @example
 * ```ts
 * const sharedLock = await chaster.sharedLocks.get(sharedLockId);
 * if (!sharedLock.isArchived) await sharedLock.archive();
 * ```
 */
export class SharedLock {
  /** The shared lock as Chaster returned it. */
  readonly data: SharedLockData;

  private readonly context: FacadeContext;

  /**
   * Wraps a shared lock body without a request; the `chaster.sharedLocks` methods build these
   * for you.
   *
   * @example
   * ```ts
   * const sharedLock = new SharedLock({ client }, sharedLockBody);
   * ```
   */
  constructor(context: FacadeContext, data: SharedLockData) {
    this.context = context;
    this.data = data;
  }

  /** The shared lock's id. */
  get id(): string {
    return this.data._id;
  }

  /** The name wearers see. */
  get name(): string {
    return this.data.name;
  }

  /** Whether the shared lock is listed in the public search. */
  get isPublic(): boolean {
    return this.data.isPublic;
  }

  /** Whether the shared lock was archived (it then takes no new wearers). */
  get isArchived(): boolean {
    return typeof this.data.archivedAt === 'string';
  }

  /**
   * The creator's id. The list endpoint sends `user` as a plain id and the detail endpoint as a
   * user object; this reads both.
   */
  get creatorId(): string {
    const user = this.data.user;
    return typeof user === 'string' ? user : user._id;
  }

  /** The creator's public profile when the body carried it (detail reads), else `undefined`. */
  get creator(): PublicUser | undefined {
    const user = this.data.user;
    return typeof user === 'string' ? undefined : user;
  }

  /**
   * Reads the shared lock again.
   *
   * @returns A new object; this one keeps its snapshot.
   * @example
   * ```ts
   * const current = await sharedLock.refresh();
   * ```
   */
  async refresh(options: SignalOptions = {}): Promise<SharedLock> {
    return new SharedLock(this.context, await readSharedLock(this.context, this.id, options));
  }

  /**
   * Replaces the shared lock's settings. Chaster takes the whole settings object, not a patch:
   * every field is required, and durations are in seconds.
   *
   * @example
   * ```ts
   * await sharedLock.update({ ...settings, name: 'Weekend challenge' });
   * ```
   */
  async update(settings: SharedLockSettings, options: SignalOptions = {}): Promise<void> {
    await updateSharedLock(this.context, this.id, settings, options);
  }

  /**
   * Archives the shared lock: it takes no new wearers; locks already started go on.
   *
   * @example
   * ```ts
   * await sharedLock.archive();
   * ```
   */
  async archive(options: SignalOptions = {}): Promise<void> {
    await archiveSharedLock(this.context, this.id, options);
  }

  /**
   * Adds the shared lock to the caller's favorites.
   *
   * @example
   * ```ts
   * await sharedLock.favorite();
   * ```
   */
  async favorite(options: SignalOptions = {}): Promise<void> {
    await setFavorite(this.context, this.id, true, options);
  }

  /**
   * Removes the shared lock from the caller's favorites.
   *
   * @example
   * ```ts
   * await sharedLock.unfavorite();
   * ```
   */
  async unfavorite(options: SignalOptions = {}): Promise<void> {
    await setFavorite(this.context, this.id, false, options);
  }

  /**
   * Tells whether the shared lock is among the caller's favorites.
   *
   * @example
   * ```ts
   * if (await sharedLock.isFavorite()) console.log('starred');
   * ```
   */
  async isFavorite(options: SignalOptions = {}): Promise<boolean> {
    return readFavorite(this.context, this.id, options);
  }
}
