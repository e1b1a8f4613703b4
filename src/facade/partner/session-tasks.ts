import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import { toSeconds, type DurationInput } from '../durations.js';
import type { SignalOptions } from '../options.js';
import type { SessionActor, SessionTaskInput } from './partner-types.js';
import {
  assertActor, assertBoolean, assertFiniteNumber, assertTaskDuration, assertText,
} from './session-inputs.js';

/** Who an action is done as, for the actor-based endpoints. */
export interface ActorOptions extends SignalOptions {
  /**
   * Whom Chaster records as doing it. `keyholder` fails on a lock without a keyholder.
   */
  actor: SessionActor;
}

/** Options of {@link SessionTasks.assign}. */
export interface AssignTaskOptions extends ActorOptions {
  /** The task's text. */
  task: string;

  /** The points the task is worth. */
  points: number;

  /** Whether completing it needs a verification picture; such tasks cannot be completed here. */
  verificationRequired?: boolean;

  /** Makes the task timed: 60 seconds to 24 hours, as seconds or `{ hours, minutes }`. */
  duration?: DurationInput;
}

/** Options of {@link SessionTasks.complete}. */
export interface CompleteTaskOptions extends ActorOptions {
  /** `true` completes the current task, `false` fails it. */
  isCompleted: boolean;
}

/**
 * The tasks extension of a session's lock, driven by the extension. Each call fails when the
 * lock does not have the tasks extension enabled.
 *
 * @example
 * ```ts
 * await session.tasks.assign({ task: 'Write a line', points: 5, actor: 'extension' });
 * await session.tasks.complete({ actor: 'extension', isCompleted: true });
 * ```
 */
export class SessionTasks {
  private readonly context: FacadeContext;
  private readonly sessionId: string;

  /**
   * Builds what `session.tasks` holds for one session; {@link ExtensionSession} does this for you.
   *
   * @example
   * ```ts
   * const tasks = new SessionTasks({ client }, session.id);
   * ```
   */
  constructor(context: FacadeContext, sessionId: string) {
    this.context = context;
    this.sessionId = sessionId;
  }

  /**
   * Gives the wearer a task; with a `duration` it becomes a timed task.
   *
   * @throws {ChasterUsageError} for a blank task, points that are not a number, a duration
   * outside 60–86400 seconds, or an unknown actor.
   * @example
   * ```ts
   * await session.tasks.assign({
   *   task: 'Plank', points: 10, duration: { minutes: 2 }, actor: 'keyholder',
   * });
   * ```
   */
  async assign(options: AssignTaskOptions): Promise<void> {
    const task = readTask(options);
    assertActor(options.actor);

    unwrap(await this.context.client.POST('/api/extensions/sessions/{sessionId}/tasks/assign', {
      params: { path: { sessionId: this.sessionId } },
      body: { task, actor: options.actor },
      signal: options.signal,
    }));
  }

  /**
   * Starts the timer of the current task. Chaster refuses it unless that task is timed.
   *
   * @example
   * ```ts
   * await session.tasks.startTimer({ actor: 'wearer' });
   * ```
   */
  async startTimer(options: ActorOptions): Promise<void> {
    assertActor(options.actor);

    unwrap(await this.context.client.POST(
      '/api/extensions/sessions/{sessionId}/tasks/start-timer',
      {
        params: { path: { sessionId: this.sessionId } },
        body: { actor: options.actor },
        signal: options.signal,
      },
    ));
  }

  /**
   * Completes (`isCompleted: true`) or fails the current task. Chaster refuses it for a task
   * that requires a verification.
   *
   * @example
   * ```ts
   * await session.tasks.complete({ actor: 'keyholder', isCompleted: false });
   * ```
   */
  async complete(options: CompleteTaskOptions): Promise<void> {
    assertActor(options.actor);
    assertBoolean('isCompleted', options.isCompleted);

    unwrap(await this.context.client.POST('/api/extensions/sessions/{sessionId}/tasks/complete', {
      params: { path: { sessionId: this.sessionId } },
      body: { actor: options.actor, isCompleted: options.isCompleted },
      signal: options.signal,
    }));
  }
}

/** Builds the task body, leaving out the fields the caller did not give. */
function readTask(options: AssignTaskOptions): SessionTaskInput {
  assertText('task', options.task);
  assertFiniteNumber('points', options.points);

  const task: SessionTaskInput = { task: options.task, points: options.points };

  if (options.verificationRequired !== undefined) {
    assertBoolean('verificationRequired', options.verificationRequired);
    task.verificationRequired = options.verificationRequired;
  }

  if (options.duration !== undefined) {
    const seconds = toSeconds(options.duration, 'task duration');
    assertTaskDuration(seconds);
    task.duration = seconds;
  }
  return task;
}
