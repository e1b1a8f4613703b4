/**
 * Guess the timer: the wearer presses "unlock" when they think the hidden timer has run out.
 * When it has, `canBeUnlocked` is true; when it has not, a random amount of time between the
 * config's `minRandomTime` and `maxRandomTime` seconds is added. Both write `timer_guessed`.
 */
import type { GuessTimerResult } from '../../contracts/extension-actions.js';
import { describeTimeChange, formatDuration } from '../domain/durations.js';
import { appendLog } from '../domain/history.js';
import { isTimeUp, shiftEndDate } from '../domain/lock-time.js';
import { numberSetting } from './settings.js';
import type { ExtensionDefinition } from './types.js';

const SLUG = 'guess-timer';

/** The guess-the-timer extension. */
export const guessTimer: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    submit: {
      roles: ['wearer'],
      regular: true,
      run({ world, lock, party, actor, now }): GuessTimerResult {
        const canBeUnlocked = isTimeUp(lock, now);
        const min = numberSetting(party.config, 'minRandomTime', 0);
        const max = Math.max(min, numberSetting(party.config, 'maxRandomTime', min));
        const duration = canBeUnlocked ? 0 : world.random.int(min, max);

        shiftEndDate(lock, duration);
        appendLog(world, lock, {
          type: 'timer_guessed',
          actor,
          title: '%USER% tried to guess the timer',
          description: canBeUnlocked ? 'The timer was over' : describeTimeChange(duration),
          icon: 'clock',
          payload: { canBeUnlocked, duration },
          extension: SLUG,
        });

        return { canBeUnlocked };
      },
    },
  },

  describeConfig: (config) => {
    const min = formatDuration(numberSetting(config, 'minRandomTime', 0));
    const max = formatDuration(numberSetting(config, 'maxRandomTime', 0));
    return `Wrong guesses add ${min} to ${max}`;
  },
};
