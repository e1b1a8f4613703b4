import { ChasterUnprocessableError } from '../../errors/index.js';
import type { RegularActions } from './partner-types.js';

/**
 * 422 from `POST /api/extensions/sessions/{sessionId}/regular-actions`: the session has no
 * regular action left. It tells when the next one is allowed, so a backend can show a countdown
 * instead of an error.
 *
 * @example
 * ```ts
 * try {
 *   await session.submitRegularAction({ spin: 3 });
 * } catch (error) {
 *   if (error instanceof ChasterRegularActionLimitError) {
 *     console.log(`Next action at ${error.nextActionDate?.toISOString() ?? 'a later turn'}`);
 *   } else throw error;
 * }
 * ```
 */
export class ChasterRegularActionLimitError extends ChasterUnprocessableError {
  override name = 'ChasterRegularActionLimitError';

  /**
   * When the next regular action is allowed; `null` when Chaster gave no date (a `turn` mode
   * session waits for the other party's action, not for a time).
   */
  readonly nextActionDate: Date | null;

  /** Regular actions left: `0` here, `-1` would mean unlimited. */
  readonly nbActionsRemaining: number;

  /** The configured regularity, in seconds. */
  readonly regularity: number;

  /** The session's mode: `cumulative`, `non_cumulative`, `turn` or `unlimited`. */
  readonly mode: RegularActions['mode'];

  /**
   * Reads the limit from a refused regular action's 422. {@link toRegularActionLimitError} calls
   * this only for bodies that carry the limit, and is the one to use on a caught error.
   *
   * @param source - The 422 error `unwrap` threw; it becomes the `cause`.
   * @example
   * ```ts
   * const limit = new ChasterRegularActionLimitError(unprocessable);
   * ```
   */
  constructor(source: ChasterUnprocessableError) {
    super(source.message, {
      status: source.status,
      serverMessage: source.serverMessage,
      requestId: source.requestId,
      method: source.method,
      path: source.path,
      body: source.body,
      cause: source,
    });

    const details = source.details;
    this.nextActionDate = readDate(details['nextActionDate']);
    this.nbActionsRemaining = readNumber(details['nbActionsRemaining']);
    this.regularity = readNumber(details['regularity']);
    this.mode = typeof details['mode'] === 'string' ? details['mode'] : 'unknown';
  }

  /**
   * The API error's fields plus the limit's, with `nextActionDate` as ISO text, safe to log.
   *
   * @example
   * ```ts
   * logger.warn(error.toJSON()); // { ..., nbActionsRemaining: 0, mode: 'cumulative' }
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      nextActionDate: this.nextActionDate?.toISOString() ?? null,
      nbActionsRemaining: this.nbActionsRemaining,
      regularity: this.regularity,
      mode: this.mode,
    };
  }
}

/**
 * Turns the 422 of a refused regular action into {@link ChasterRegularActionLimitError}. Other
 * errors, and 422s whose body does not carry `nbActionsRemaining`, are returned unchanged.
 *
 * @example
 * ```ts
 * try {
 *   unwrap(await client.POST('/api/extensions/sessions/{sessionId}/regular-actions', init));
 * } catch (error) {
 *   throw toRegularActionLimitError(error);
 * }
 * ```
 */
export function toRegularActionLimitError(error: unknown): unknown {
  if (!(error instanceof ChasterUnprocessableError)) return error;
  if (typeof error.details['nbActionsRemaining'] !== 'number') return error;

  return new ChasterRegularActionLimitError(error);
}

function readDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;

  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function readNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
