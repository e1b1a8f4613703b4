/**
 * Dice: the house (admin) and the wearer (player) each roll a six-sided die from the seeded
 * generator. The timer moves by `(adminDice - playerDice) x multiplier` seconds: time is added
 * when the house rolls higher, removed when the wearer does, unchanged on a tie. This matches
 * the captured live roll (5 against 4 with the default multiplier of 3600 gave +3600).
 */
import type { DiceResult } from '../../contracts/extension-actions.js';
import { describeTimeChange, formatDuration } from '../domain/durations.js';
import { appendLog } from '../domain/history.js';
import { shiftEndDate } from '../domain/lock-time.js';
import { numberSetting } from './settings.js';
import type { ExtensionDefinition } from './types.js';

const SLUG = 'dice';
const DEFAULT_MULTIPLIER = 3600;

/** The dice extension. */
export const dice: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    submit: {
      roles: ['wearer'],
      regular: true,
      run({ world, lock, party, actor }): DiceResult {
        const multiplier = numberSetting(party.config, 'multiplier', DEFAULT_MULTIPLIER);
        const adminDice = world.random.int(1, 6);
        const playerDice = world.random.int(1, 6);
        const duration = (adminDice - playerDice) * multiplier;

        shiftEndDate(lock, duration);
        appendLog(world, lock, {
          type: 'dice_rolled',
          actor,
          title: '%USER% rolled the dice',
          description: `House ${adminDice}, wearer ${playerDice}: ${describeTimeChange(duration)}`,
          icon: 'dice',
          payload: { adminDice, playerDice, duration },
          extension: SLUG,
        });

        return { adminDice, playerDice, duration };
      },
    },
  },

  describeConfig: (config) =>
    `${formatDuration(numberSetting(config, 'multiplier', DEFAULT_MULTIPLIER))} per point`,
};
