import { redact, redactValue } from './redact.js';

/**
 * The brand every SDK error carries. `Symbol.for` returns the same symbol in every copy of the
 * package and every realm, so {@link isChasterError} works where `instanceof` cannot: two
 * installed versions of the SDK, or an error crossing a `vm` context.
 */
export const CHASTER_ERROR_BRAND: unique symbol = Symbol.for('chaster-sdk.error') as never;

/** Options every SDK error accepts. */
export interface ChasterErrorOptions {
  /** The error that led to this one, kept as the standard `Error` cause. */
  cause?: unknown;
}

/**
 * The base of every error the SDK throws or returns.
 *
 * The message is redacted before it is stored, so a credential that reached it (for example a
 * server echoing a token back) is gone from the message and the stack alike.
 *
 * @example
 * ```ts
 * try {
 *   await chaster.locks.get({ lockId });
 * } catch (error) {
 *   if (isChasterError(error)) console.error(error.toJSON());
 * }
 * ```
 */
export class ChasterError extends Error {
  declare readonly [CHASTER_ERROR_BRAND]: true;

  override name = 'ChasterError';

  constructor(message: string, options: ChasterErrorOptions = {}) {
    super(redact(message), 'cause' in options ? { cause: options.cause } : undefined);

    // Non-enumerable so that spreading or logging the error does not show it.
    Object.defineProperty(this, CHASTER_ERROR_BRAND, { value: true, enumerable: false });
  }

  /**
   * A plain object safe to log or send elsewhere: name, message and a summary of the cause, all
   * redacted. Subclasses add their own fields.
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };

    if (this.cause !== undefined) json['cause'] = redactValue(this.cause);

    return json;
  }
}

/**
 * Tells whether a value is an error from this SDK, from any copy of the package or any realm.
 *
 * @param value - Anything caught.
 * @returns `true` when the value carries the SDK's error brand.
 * @example
 * ```ts
 * if (isChasterError(error)) console.log(error.name);
 * ```
 */
export function isChasterError(value: unknown): value is ChasterError {
  if (typeof value !== 'object' || value === null) return false;

  return (value as { [CHASTER_ERROR_BRAND]?: unknown })[CHASTER_ERROR_BRAND] === true;
}
