/**
 * The demo's lines about SDK objects: a lock, a history entry, what is left to play, a spin
 * and a roll.
 */
import type { ActionLogEntry, DiceResult, Lock, WheelOfFortuneResult } from '../../src/index.js';
import type { DemoClock } from './story.js';
import { formatDate, formatDuration, formatTimeChange } from './transcript.js';

const WHEEL = 'wheel-of-fortune';
const DICE = 'dice';

/**
 * One lock as a line: title, wearer and the time left as the caller may see it.
 *
 * @example
 * ```ts
 * describeLock(lock, { now: () => Date.now() }); // '"Held by kim" (wes), 3 h 12 min left'
 * ```
 */
export function describeLock(lock: Lock, clock: DemoClock): string {
  const remaining = lock.remainingTime({ now: clock.now() });
  const left = remaining === null ? 'timer hidden' : `${formatDuration(remaining)} left`;

  return `"${lock.title}" (${lock.wearer.username}), ${left}${lock.isFrozen ? ', frozen' : ''}`;
}

/**
 * One history entry as a line: when, who, what type and Chaster's description.
 *
 * @example
 * ```ts
 * describeEntry(entry); // '2024-06-01 12:00 UTC  kim  time_changed: Added 2 hours'
 * ```
 */
export function describeEntry(entry: ActionLogEntry): string {
  const actor = entry.user?.username ?? entry.role;
  const text = entry.description.replaceAll('%USER%', actor);

  return `${formatDate(entry.createdAt)}  ${actor}  ${entry.type}: ${text}`;
}

/**
 * What is left to play, from the lock's extensions: `wheel of fortune: 1 spin left, dice: 49
 * rolls left`. Chaster counts `-1` for unlimited.
 *
 * @example
 * ```ts
 * actionsLeft(lock); // 'wheel of fortune: 1 spin left, dice: unlimited rolls'
 * ```
 */
export function actionsLeft(lock: Lock): string {
  const parts: string[] = [];
  const wheel = lock.extensions.get(WHEEL);
  const dice = lock.extensions.get(DICE);

  if (wheel) parts.push(`wheel of fortune: ${countLeft(wheel.nbActionsRemaining, 'spin')}`);
  if (dice) parts.push(`dice: ${countLeft(dice.nbActionsRemaining, 'roll')}`);
  return parts.length === 0 ? 'no game to play' : parts.join(', ');
}

function countLeft(remaining: number, noun: string): string {
  if (remaining < 0) return `unlimited ${noun}s`;
  return `${remaining} ${remaining === 1 ? noun : `${noun}s`} left`;
}

/**
 * A spin as a line: Chaster's sentence, the segment type and its duration.
 *
 * @example
 * ```ts
 * describeSpin(result); // '"Added 1 hour" (add-time, 3600 s)'
 * ```
 */
export function describeSpin(result: WheelOfFortuneResult): string {
  const { type, duration } = result.action.segment;
  return `"${result.text}" (${type}, ${duration} s)`;
}

/**
 * A roll as a line: both dice and what it did to the timer.
 *
 * @example
 * ```ts
 * describeRoll({ playerDice: 5, adminDice: 4, duration: -1800 }, 'kim');
 * // "5 against kim's 4 -> -30 min"
 * ```
 */
export function describeRoll(result: DiceResult, keyholder: string): string {
  const change = formatTimeChange(result.duration);
  return `${result.playerDice} against ${keyholder}'s ${result.adminDice} -> ${change}`;
}
