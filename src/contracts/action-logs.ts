/**
 * Typed history entries ("action logs").
 *
 * Chaster's document types an entry's `payload` as a free-form object. Its documentation names
 * the built-in types (prefix `default`) and the payloads of some of them; those are typed here.
 * Types a partner extension writes carry that extension's prefix, and Chaster adds new types
 * over time, so an entry of any other prefix or type stays readable as a plain object.
 */
import type { components } from '../../generated/chaster.js';
import type { WheelSegment } from './extension-actions.js';

/** Payload of the task entries (`tasks_task_assigned`, `tasks_task_completed`, ...). */
export interface TaskLogPayload {
  task: string;
  points: number;
}

/** Payloads of the built-in entry types whose shape Chaster documents. */
export interface DefaultActionLogPayloads {
  /** Seconds added (positive) or removed (negative). */
  time_changed: { duration: number };
  dice_rolled: { adminDice: number; playerDice: number; duration: number };
  wheel_of_fortune_turned: { segment: WheelSegment };
  pillory_in: { duration: number; reason: string };
  tasks_task_assigned: TaskLogPayload;
  tasks_task_completed: TaskLogPayload;
  tasks_task_failed: TaskLogPayload;
  tasks_vote_ended: TaskLogPayload;
  /** `unlockedTime` may be fractional (seconds); `penaltyTime` is seconds. */
  temporary_opening_locked: { unlockedTime: number; penaltyTime: number };
}

/** Built-in entry types Chaster documents or was seen sending, with or without a known payload. */
export const DEFAULT_ACTION_LOG_TYPES = [
  'locked', 'unlocked', 'deserted', 'timer_hidden', 'timer_revealed', 'time_logs_hidden',
  'time_logs_revealed', 'time_changed', 'locktober_points_changed', 'combination_verified',
  'combination_failed', 'lock_frozen', 'lock_unfrozen', 'session_offer_accepted',
  'max_limit_date_increased', 'max_limit_date_removed', 'keyholder_trusted', 'dice_rolled',
  'timer_guessed', 'link_time_changed', 'pillory_in', 'pillory_out', 'random_event',
  'tasks_task_assigned', 'tasks_vote_ended', 'tasks_task_completed', 'tasks_task_failed',
  'temporary_opening_opened', 'temporary_opening_locked', 'temporary_opening_locked_late',
  'verification_picture_submitted', 'wheel_of_fortune_turned', 'extension_enabled',
  'extension_disabled', 'extension_updated', 'custom',
] as const;

/** A built-in entry type. */
export type DefaultActionLogType = (typeof DEFAULT_ACTION_LOG_TYPES)[number];

/** The payload of a built-in entry type: typed when documented, a plain object otherwise. */
export type DefaultActionLogPayload<T extends DefaultActionLogType> =
  T extends keyof DefaultActionLogPayloads ? DefaultActionLogPayloads[T] : Record<string, unknown>;

/** Any history entry, as Chaster sends it; narrow it with {@link isActionLogOfType}. */
export type ActionLog = components['schemas']['ActionLogForPublic'];

/** A built-in history entry of one type, with its payload typed. */
export type DefaultActionLog<T extends DefaultActionLogType> = Omit<
  ActionLog,
  'prefix' | 'type' | 'payload'
> & {
  prefix: 'default';
  type: T;
  payload: DefaultActionLogPayload<T>;
};

/**
 * Tells whether an entry is the built-in type given. Compares `prefix` and `type` together, as
 * Chaster asks, so a partner extension's entry of the same name never matches.
 *
 * @example
 * ```ts
 * if (isActionLogOfType(entry, 'dice_rolled')) console.log(entry.payload.playerDice);
 * ```
 */
export function isActionLogOfType<T extends DefaultActionLogType>(
  entry: Pick<ActionLog, 'prefix' | 'type'>,
  type: T,
): entry is typeof entry & DefaultActionLog<T> {
  return entry.prefix === 'default' && entry.type === type;
}
