import { ChasterUsageError } from '../../errors/index.js';

/**
 * Refuses an empty or blank string where Chaster needs a value (an id, a code, a message). Such a
 * request could only fail on the server or, for path parameters, reach another resource.
 *
 * @param value - What the caller gave; typed loosely because plain JavaScript callers exist.
 * @param name - The parameter's name, as the message shows it.
 * @param method - The SDK method refusing it, as the message shows it.
 * @throws {ChasterUsageError} when `value` is not a string with a visible character.
 * @example
 * ```ts
 * assertText(lockId, 'lockId', 'sessionOffers.status');
 * ```
 */
export function assertText(
  value: unknown,
  name: string,
  method: string,
): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    const shown = typeof value === 'string' ? 'a blank string' : describe(value);
    throw new ChasterUsageError(`${method} needs ${name} to be a non-empty string, got ${shown}`);
  }
}

/**
 * Refuses a page size that is not a positive whole number; Chaster cannot page by it.
 *
 * @throws {ChasterUsageError} when `limit` is given and is not a positive integer.
 * @example
 * ```ts
 * assertPageSize(options.limit, 'messaging.conversations');
 * ```
 */
export function assertPageSize(limit: unknown, method: string): void {
  if (limit === undefined) return;

  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new ChasterUsageError(
      `${method} needs limit (items per request) to be a positive integer, got ${describe(limit)}`,
    );
  }
}

/**
 * Refuses a value that is not a boolean, for flags sent as they are.
 *
 * @throws {ChasterUsageError} when `value` is not `true` or `false`.
 * @example
 * ```ts
 * assertBoolean(options.accept, 'accept', 'sessionOffers.validate');
 * ```
 */
export function assertBoolean(
  value: unknown,
  name: string,
  method: string,
): asserts value is boolean {
  if (typeof value !== 'boolean') {
    throw new ChasterUsageError(
      `${method} needs ${name} to be true or false, got ${describe(value)}`,
    );
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}
