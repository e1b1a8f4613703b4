/**
 * The fake's model of the penalty extension's config. Chaster does not document it, so the fake
 * reads this shape:
 *
 * ```json
 * { "penalties": [{
 *   "habitName": "daily-dice", "label": "Roll the dice every day", "extension": "dice",
 *   "nbActions": 1, "frequency": 86400,
 *   "punishments": [{ "name": "add_time", "params": 3600 }]
 * }] }
 * ```
 *
 * `extension` names the extension whose regular actions count towards the habit; punishments
 * are the Extensions API's lock actions (`add_time`, `remove_time`, `freeze`, `unfreeze`,
 * `toggle_freeze`, `pillory` with `{ duration, reason? }`).
 */
import type { components } from '../../../generated/chaster.js';
import { formatDuration } from '../domain/durations.js';
import { catalogEntry } from '../domain/catalog.js';
import { isRecord, recordsSetting } from './settings.js';

type HabitForPublic = components['schemas']['HabitForPublic'];
type LockAction = components['schemas']['LockAction'];

/** A punishment as configured. */
export interface Punishment {
  name: string;
  params?: unknown;
}

/** One habit the wearer must keep. */
export interface Habit {
  habitName: string;
  label: string;
  /** Slug whose regular actions count; `null` when only the Extensions API counts them. */
  extension: string | null;
  nbActions: number;
  /** Period length, seconds. */
  frequency: number;
  punishments: Punishment[];
}

/** The habits of a penalty config, skipping malformed ones. */
export function habitsOf(config: Record<string, unknown>): Habit[] {
  return recordsSetting(config, 'penalties').flatMap((item) => {
    const { habitName, frequency, nbActions } = item;
    if (typeof habitName !== 'string' || typeof frequency !== 'number' || frequency <= 0) {
      return [];
    }

    return [{
      habitName,
      label: typeof item.label === 'string' ? item.label : habitName,
      extension: typeof item.extension === 'string' ? item.extension : null,
      nbActions: typeof nbActions === 'number' ? nbActions : 1,
      frequency,
      punishments: Array.isArray(item.punishments)
        ? item.punishments.filter(isRecord).map((punishment) => ({
          name: String(punishment.name),
          params: punishment.params,
        }))
        : [],
    }];
  });
}

/**
 * A punishment in the document's `LockAction` shape, whose `params` repeats the action model
 * (`{ name, params }`).
 */
export function renderPunishment(punishment: Punishment): LockAction {
  const model = punishment.params === undefined
    ? { name: punishment.name }
    : { name: punishment.name, params: punishment.params };
  return { name: punishment.name, params: model as LockAction['params'] };
}

/** A habit as `GET .../penalty-session` lists it. */
export function renderHabit(habit: Habit): HabitForPublic {
  const source = catalogEntry(habit.extension ?? 'penalty') ?? catalogEntry('penalty');

  return {
    habitName: habit.habitName,
    label: habit.label,
    extension: {
      slug: source?.slug ?? 'penalty',
      displayName: source?.displayName ?? 'Penalties',
      icon: source?.icon ?? 'gavel',
    },
    paramsText: `${habit.nbActions} every ${formatDuration(habit.frequency)}`,
    punishmentText: 'Applied when the habit is missed',
    punishments: habit.punishments.map(renderPunishment),
    recurringParams: { frequency: habit.frequency, nbActions: habit.nbActions },
    timeLimitParams: null,
  };
}
