import { ChasterUsageError } from '../../errors/index.js';
import type { LockExtension } from '../types.js';

/**
 * The extensions enabled on a lock, found by slug. Action routes need the extension's `_id`
 * inside the lock, and the order of the list means nothing, so lookups never go by position.
 *
 * @example
 * ```ts
 * const dice = lock.extensions.get('dice');
 * if (dice) console.log(dice.nbActionsRemaining);
 * ```
 */
export class LockExtensions implements Iterable<LockExtension> {
  readonly #items: readonly LockExtension[];
  readonly #lockId: string;

  /**
   * @param items - The lock's `extensions` list.
   * @param lockId - The lock's id, for error messages.
   * @example
   * ```ts
   * const extensions = new LockExtensions(lock.data.extensions, lock.id);
   * ```
   */
  constructor(items: readonly LockExtension[] | undefined, lockId: string) {
    this.#items = items ?? [];
    this.#lockId = lockId;
  }

  /**
   * The extension with this slug, or `undefined` when the lock does not have it.
   *
   * @example
   * ```ts
   * lock.extensions.get('wheel-of-fortune')?.config;
   * ```
   */
  get(slug: string): LockExtension | undefined {
    return this.#items.find((extension) => extension.slug === slug);
  }

  /**
   * Whether the lock has an extension with this slug.
   *
   * @example
   * ```ts
   * if (lock.extensions.has('pillory')) await lock.pilloryStatus();
   * ```
   */
  has(slug: string): boolean {
    return this.get(slug) !== undefined;
  }

  /**
   * The extension with this slug; refuses, naming the method and the lock, when there is none.
   *
   * @param slug - The extension wanted.
   * @param method - What needs it, for the message.
   * @throws {ChasterUsageError} when the lock has no such extension.
   * @example
   * ```ts
   * const { _id } = lock.extensions.require('dice', 'rollDice');
   * ```
   */
  require(slug: string, method: string): LockExtension {
    const extension = this.get(slug);
    if (extension === undefined) {
      throw new ChasterUsageError(
        `${method} needs the ${slug} extension, which lock ${this.#lockId} does not have`,
      );
    }
    return extension;
  }

  /**
   * The slugs of the enabled extensions, in the lock's order.
   *
   * @example
   * ```ts
   * lock.extensions.slugs(); // ['dice', 'pillory']
   * ```
   */
  slugs(): string[] {
    return this.#items.map((extension) => extension.slug);
  }

  /** How many extensions the lock has. */
  get size(): number {
    return this.#items.length;
  }

  /**
   * Iterates over the enabled extensions.
   *
   * @example
   * ```ts
   * for (const extension of lock.extensions) console.log(extension.slug, extension.mode);
   * ```
   */
  [Symbol.iterator](): Iterator<LockExtension> {
    return this.#items[Symbol.iterator]();
  }
}
