/**
 * Running the demo's steps: a step either works, is refused in a way the story expects and
 * tells, or fails and stops the demo with one line naming the error and its request id.
 */
import { ChasterApiError, ChasterResponseError, isChasterError } from '../../src/index.js';

/**
 * A step that failed in a way the story cannot go on from.
 *
 * @example
 * ```ts
 * throw new StepFailure('add time', error);
 * ```
 */
export class StepFailure extends Error {
  override name = 'StepFailure';

  /** What the step was doing, in a few words. */
  readonly step: string;

  /** What went wrong: usually one of the SDK's typed errors. */
  readonly error: unknown;

  constructor(step: string, error: unknown) {
    super(`step "${step}" failed`, { cause: error });

    this.step = step;
    this.error = error;
  }
}

/**
 * Runs one step; any error becomes a {@link StepFailure} that names the step.
 *
 * @example
 * ```ts
 * const me = await step('read the profile', () => chaster.profile.me());
 * ```
 */
export async function step<T>(name: string, work: () => PromiseLike<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof StepFailure ? error : new StepFailure(name, error);
  }
}

/** What a step that may be refused came to. */
export type Attempt<T> =
  | { outcome: 'done'; value: T }
  | { outcome: 'refused'; refusal: ChasterApiError };

/**
 * Statuses by which Chaster turns down a move the caller may make in general but not now: no
 * regular action left (400 on the lock route, 422 on the Extensions API), a state conflict.
 * Authentication, permission and server errors are not refusals: they stop the demo.
 */
const REFUSAL_STATUSES: ReadonlySet<number> = new Set([400, 409, 422]);

/**
 * Runs a step that Chaster may refuse; a refusal is returned for the story to tell, anything
 * else fails like {@link step}.
 *
 * @example
 * ```ts
 * const spin = await refusable('spin the wheel', () => lock.spinWheelOfFortune());
 * if (spin.outcome === 'refused') console.log(spin.refusal.serverMessage);
 * ```
 */
export async function refusable<T>(
  name: string,
  work: () => PromiseLike<T>,
): Promise<Attempt<T>> {
  try {
    return { outcome: 'done', value: await work() };
  } catch (error) {
    if (error instanceof ChasterApiError && REFUSAL_STATUSES.has(error.status)) {
      return { outcome: 'refused', refusal: error };
    }
    throw new StepFailure(name, error);
  }
}

/**
 * Chaster's own words for a refusal: its message, or the error's when it sent none.
 *
 * @example
 * ```ts
 * refusalText(refusal); // '400 No action remaining'
 * ```
 */
export function refusalText(refusal: ChasterApiError): string {
  const message = refusal.serverMessage;
  if (message === undefined) return refusal.message;

  const text = Array.isArray(message) ? message.join('; ') : message;
  return `${refusal.status} ${text}`;
}

/**
 * The single line a failed step prints: the step, the error's class and message, and the
 * request id to quote to Chaster (or why there is none).
 *
 * @example
 * ```ts
 * describeFailure(failure);
 * // 'step "add time" failed: ChasterPermissionError: 403 Forbidden: POST /locks/{lockId}/...'
 * //   + ' (request id 0000002a-...)'
 * ```
 */
export function describeFailure(failure: StepFailure): string {
  const { error } = failure;
  const prefix = `step "${failure.step}" failed`;

  if (!isChasterError(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${prefix}: ${reason}`;
  }

  return `${prefix}: ${error.name}: ${error.message} (${requestIdNote(error)})`;
}

function requestIdNote(error: unknown): string {
  const hasResponse = error instanceof ChasterApiError || error instanceof ChasterResponseError;
  if (!hasResponse) return 'no response, so no request id';

  return error.requestId === undefined ? 'no request id sent' : `request id ${error.requestId}`;
}
