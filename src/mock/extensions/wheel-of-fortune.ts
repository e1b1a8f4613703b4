/**
 * Wheel of fortune: the wearer spins, the seeded generator picks a segment from the config, and
 * the segment is applied. `add-remove-time` flips a seeded coin; `freeze` freezes for the
 * segment's duration and unfreezes on the virtual clock; `pillory` needs the pillory extension.
 */
import type { WheelOfFortuneResult, WheelSegment } from '../../contracts/extension-actions.js';
import { describeTimeChange, formatDuration } from '../domain/durations.js';
import { appendLog, EXTENSION_ACTOR } from '../domain/history.js';
import { freezeLock, unfreezeLock } from '../domain/lock-changes.js';
import { shiftEndDate } from '../domain/lock-time.js';
import { badRequest } from '../engine/http-error.js';
import { startPillory } from './pillory.js';
import { recordsSetting } from './settings.js';
import type { ExtensionActionContext, ExtensionDefinition } from './types.js';

const SLUG = 'wheel-of-fortune';

/** The segments of a wheel config, skipping malformed ones. */
export function wheelSegments(config: Record<string, unknown>): WheelSegment[] {
  return recordsSetting(config, 'segments').map((segment) => ({
    type: typeof segment.type === 'string' ? segment.type : 'text',
    text: typeof segment.text === 'string' ? segment.text : '',
    duration: typeof segment.duration === 'number' ? segment.duration : 0,
  }));
}

interface Outcome {
  text: string;
  apply(): void;
}

function outcomeOf(context: ExtensionActionContext, segment: WheelSegment): Outcome {
  const { world, lock, actor } = context;
  const origin = { extension: SLUG };
  const seconds = segment.duration;

  switch (segment.type) {
    case 'add-time':
    case 'remove-time':
    case 'add-remove-time': {
      const removes = segment.type === 'remove-time' ||
        (segment.type === 'add-remove-time' && world.random.chance(0.5));
      const change = removes ? -seconds : seconds;
      return { text: describeTimeChange(change), apply: () => shiftEndDate(lock, change) };
    }
    case 'set-freeze':
      return {
        text: 'The lock is frozen',
        apply: () => void freezeLock(world, lock, actor, origin),
      };
    case 'set-unfreeze':
      return {
        text: 'The lock is unfrozen',
        apply: () => void unfreezeLock(world, lock, actor, origin),
      };
    case 'freeze':
      return {
        text: `Frozen for ${formatDuration(seconds)}`,
        apply() {
          if (!freezeLock(world, lock, actor, origin)) return;
          const frozenAt = lock.frozenAt;
          world.scheduler.schedule(world.clock.now() + seconds * 1000, 'wheel freeze ends', () => {
            // Someone may have unfrozen and refrozen since; only end the freeze the wheel made.
            if (lock.frozenAt === frozenAt) unfreezeLock(world, lock, EXTENSION_ACTOR, origin);
          });
        },
      };
    case 'pillory':
      return {
        text: `Sent to the pillory for ${formatDuration(seconds)}`,
        apply: () =>
          void startPillory(world, lock, {
            duration: seconds,
            reason: segment.text || 'Wheel of fortune',
            actor,
          }),
      };
    default:
      return { text: segment.text, apply: () => undefined };
  }
}

function describeSegment(segment: WheelSegment): string {
  const duration = formatDuration(segment.duration);
  const phrases: Record<string, string> = {
    'add-time': `Add ${duration}`,
    'remove-time': `Remove ${duration}`,
    'add-remove-time': `Add or remove ${duration}`,
    'set-freeze': 'Freeze',
    'set-unfreeze': 'Unfreeze',
    freeze: `Freeze for ${duration}`,
    pillory: `Pillory for ${duration}`,
  };
  return Object.hasOwn(phrases, segment.type) ? (phrases[segment.type] ?? '') : segment.text;
}

/** The wheel-of-fortune extension. */
export const wheelOfFortune: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    submit: {
      roles: ['wearer'],
      regular: true,
      run(context): WheelOfFortuneResult {
        const segments = wheelSegments(context.party.config);
        if (segments.length === 0) throw badRequest('The wheel of fortune has no segments');

        const index = context.world.random.int(0, segments.length - 1);
        const segment = segments[index] as WheelSegment;
        const outcome = outcomeOf(context, segment);

        appendLog(context.world, context.lock, {
          type: 'wheel_of_fortune_turned',
          actor: context.actor,
          title: '%USER% spun the wheel of fortune',
          description: outcome.text,
          icon: 'dharmachakra',
          payload: { segment },
          extension: SLUG,
        });
        outcome.apply();

        return { index, action: { segment }, text: outcome.text };
      },
    },
  },

  describeConfig: (config) => wheelSegments(config).map(describeSegment).join(', '),
};
