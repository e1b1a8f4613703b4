/**
 * What every step of the demo shares: where lines go, whether changes are allowed, the clock,
 * and who is who.
 */
import { refusable, refusalText, step, type Attempt } from './steps.js';
import { formatDate, formatDuration, type Transcript } from './transcript.js';

/**
 * The time the demo reads, and moves when it can.
 *
 * @example
 * ```ts
 * const realTime: DemoClock = { now: () => Date.now() };
 * ```
 */
export interface DemoClock {
  /** The current time in epoch milliseconds, as the API's clock has it. */
  now(): number;

  /**
   * Moves time forward, so that the story can show what happens later. Absent against the
   * real API, whose clock nobody moves.
   */
  advance?: ((ms: number) => void) | undefined;
}

/** The shared state of one run of the demo. */
export interface Story {
  /** Where lines go. */
  readonly transcript: Transcript;

  /** Whether steps that change something are sent; without it they are only described. */
  readonly write: boolean;

  /** The clock. */
  readonly clock: DemoClock;

  /** The keyholder's username. */
  readonly keyholder: string;
}

/** What a step that changes something came to. */
export type Change<T> = Attempt<T> | { outcome: 'skipped' };

/** A step that changes something, and how the story tells each way it can go. */
export interface ChangeStep<T> {
  /** What the step does, in a few words, for the line of a failure. */
  name: string;

  /** What it would do, told in place of doing it when writes are off, and before a refusal. */
  plan: string;

  /** The change itself. */
  work: () => PromiseLike<T>;

  /** The line once done. */
  told: (value: T) => string;

  /**
   * Whether Chaster may refuse it as part of the story (no spin left, already in the pillory).
   * Otherwise every error stops the demo.
   * @default false
   */
  refusable?: boolean;
}

/**
 * Runs a step that changes something and tells how it went; with writes off it only tells what
 * it would have done.
 *
 * @example
 * ```ts
 * await act(story, {
 *   name: 'roll the dice', plan: 'wes rolls the dice', refusable: true,
 *   work: () => lock.rollDice(), told: (roll) => `wes rolls ${roll.playerDice}`,
 * });
 * ```
 */
export async function act<T>(story: Story, change: ChangeStep<T>): Promise<Change<T>> {
  const { transcript } = story;
  if (!story.write) {
    transcript.say(`would: ${change.plan} (skipped: run with --write to make changes)`);
    return { outcome: 'skipped' };
  }

  const attempt: Attempt<T> = change.refusable
    ? await refusable(change.name, change.work)
    : { outcome: 'done', value: await step(change.name, change.work) };

  if (attempt.outcome === 'done') transcript.say(change.told(attempt.value));
  else transcript.say(`${change.plan}: refused, ${refusalText(attempt.refusal)}`);
  return attempt;
}

/**
 * Lets time pass when the clock can move, and says so; does nothing otherwise.
 *
 * @returns Whether time passed.
 * @example
 * ```ts
 * passTime(story, 45 * 60_000);
 * ```
 */
export function passTime(story: Story, ms: number): boolean {
  const { clock } = story;
  if (clock.advance === undefined || ms <= 0) return false;

  clock.advance(ms);
  story.transcript.say(`... ${formatDuration(ms)} later (${formatDate(clock.now())})`);
  return true;
}
