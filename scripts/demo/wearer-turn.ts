/**
 * The wearer's turn of the demo: spin the wheel of fortune and roll the dice on the lock the
 * keyholder holds. Where the clock can move, it also shows the wheel's limit: a second spin is
 * refused, time passes to the next allowed spin, and the wheel turns again.
 */
import type { Lock } from '../../src/index.js';
import { actionsLeft, describeLock, describeRoll, describeSpin } from './lock-lines.js';
import { act, passTime, type Story } from './story.js';
import { step } from './steps.js';
import { formatDate } from './transcript.js';

const WHEEL = 'wheel-of-fortune';
const DICE = 'dice';

/**
 * Plays the wearer's turn on `lock`, read with the wearer's token.
 *
 * @example
 * ```ts
 * await playWearerTurn(story, wearerLock);
 * ```
 */
export async function playWearerTurn(story: Story, lock: Lock): Promise<void> {
  const name = lock.wearer.username;
  await step('read the lock as the wearer', () => lock.refresh());
  story.transcript.say(`wearer ${name}: ${describeLock(lock, story.clock)}`);
  story.transcript.say(`  ${actionsLeft(lock)}`);

  await spin(story, lock, `wearer ${name} spins the wheel of fortune`);
  await roll(story, lock);

  // Against the real API a second spin could change a real lock, so only a movable clock shows
  // the limit.
  if (story.write && story.clock.advance !== undefined && lock.extensions.has(WHEEL)) {
    await showWheelLimit(story, lock);
  }
}

async function spin(story: Story, lock: Lock, plan: string): Promise<boolean> {
  if (!lock.extensions.has(WHEEL)) {
    story.transcript.say(`"${lock.title}" has no wheel of fortune: nothing to spin`);
    return false;
  }

  const spun = await act(story, {
    name: 'spin the wheel of fortune',
    plan,
    refusable: true,
    work: () => lock.spinWheelOfFortune(),
    told: (result) => `${plan}: ${describeSpin(result)}`,
  });
  return spun.outcome === 'done';
}

async function roll(story: Story, lock: Lock): Promise<void> {
  if (!lock.extensions.has(DICE)) {
    story.transcript.say(`"${lock.title}" has no dice: nothing to roll`);
    return;
  }

  const plan = `${lock.wearer.username} rolls the dice`;
  await act(story, {
    name: 'roll the dice',
    plan,
    refusable: true,
    work: () => lock.rollDice(),
    told: (result) => `${plan}: ${describeRoll(result, story.keyholder)}`,
  });
}

async function showWheelLimit(story: Story, lock: Lock): Promise<void> {
  const again = `${lock.wearer.username} spins again`;
  if (await spin(story, lock, again)) return;

  await step('read when the next spin opens', () => lock.refresh());
  const next = Date.parse(lock.extensions.get(WHEEL)?.nextActionDate ?? '');
  if (Number.isNaN(next)) return;

  story.transcript.say(`the next spin opens at ${formatDate(next)}`);
  passTime(story, next - story.clock.now());
  await spin(story, lock, again);
}
