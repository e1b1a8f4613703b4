import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import { assertCount, assertHabitName } from './session-inputs.js';

/** Options of {@link SessionPenalties.increment}. */
export interface IncrementPenaltyOptions extends SignalOptions {
  /**
   * How many times the habit was done.
   * @default 1
   */
  count?: number;
}

type PenaltyPath =
  | '/api/extensions/sessions/{sessionId}/penalties/time-limit/create'
  | '/api/extensions/sessions/{sessionId}/penalties/time-limit/cancel';

/**
 * The penalty extension of a session's lock, driven by the extension: it counts habits and
 * punishes them by the rules the keyholder set. Habit names are 1 to 20 characters of `a-z`,
 * `0-9`, `_` and `-`, checked before any request. Each call fails when the lock does not have
 * the penalty extension enabled.
 *
 * @example
 * ```ts
 * await session.penalties.increment('cigarette');
 * ```
 */
export class SessionPenalties {
  private readonly context: FacadeContext;
  private readonly sessionId: string;

  /**
   * Builds what `session.penalties` holds for one session; {@link ExtensionSession} does this for
   * you.
   *
   * @example
   * ```ts
   * const penalties = new SessionPenalties({ client }, session.id);
   * ```
   */
  constructor(context: FacadeContext, sessionId: string) {
    this.context = context;
    this.sessionId = sessionId;
  }

  /**
   * Records that the wearer did a habit, once or `count` times.
   *
   * @param habitName - The habit, as the penalty extension's rules name it.
   * @throws {ChasterUsageError} for an invalid habit name or a count that is not a positive
   * integer.
   * @example
   * ```ts
   * await session.penalties.increment('snack', { count: 2 });
   * ```
   */
  async increment(habitName: string, options: IncrementPenaltyOptions = {}): Promise<void> {
    assertHabitName(habitName);
    const count = options.count ?? 1;
    assertCount(count);

    unwrap(await this.context.client.POST(
      '/api/extensions/sessions/{sessionId}/penalties/increment',
      {
        params: { path: { sessionId: this.sessionId } },
        body: { habitName, count },
        signal: options.signal,
      },
    ));
  }

  /**
   * Starts the time limit of a habit: the wearer must do it before the limit runs out.
   *
   * @throws {ChasterUsageError} for an invalid habit name.
   * @example
   * ```ts
   * await session.penalties.createTimeLimit('check_in');
   * ```
   */
  async createTimeLimit(habitName: string, options: SignalOptions = {}): Promise<void> {
    await this.postHabit('/api/extensions/sessions/{sessionId}/penalties/time-limit/create',
      habitName, options.signal);
  }

  /**
   * Cancels the running time limit of a habit.
   *
   * @throws {ChasterUsageError} for an invalid habit name.
   * @example
   * ```ts
   * await session.penalties.cancelTimeLimit('check_in');
   * ```
   */
  async cancelTimeLimit(habitName: string, options: SignalOptions = {}): Promise<void> {
    await this.postHabit('/api/extensions/sessions/{sessionId}/penalties/time-limit/cancel',
      habitName, options.signal);
  }

  private async postHabit(
    path: PenaltyPath,
    habitName: string,
    signal?: AbortSignal,
  ): Promise<void> {
    assertHabitName(habitName);

    unwrap(await this.context.client.POST(path, {
      params: { path: { sessionId: this.sessionId } },
      body: { habitName },
      signal,
    }));
  }
}
