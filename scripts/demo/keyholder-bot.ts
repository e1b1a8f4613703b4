/**
 * An example keyholder bot, written against the SDK's object layer only: it finds the wearers'
 * locks its keyholder holds, adds time, sends the wearer to the pillory, reads the history and
 * writes to the wearer; given the wearer's token too, it plays the wearer's turn, then checks in.
 *
 * It knows nothing about where its `Chaster` objects point: the fake, a server on loopback or
 * the real API are all the same to it.
 */
import { ChasterNotFoundError } from '../../src/index.js';
import type { Chaster, Lock } from '../../src/index.js';
import { describeEntry, describeLock } from './lock-lines.js';
import { act, passTime, type DemoClock, type Story } from './story.js';
import { describeFailure, step, StepFailure } from './steps.js';
import { formatDate, formatDuration, plural, type Transcript } from './transcript.js';
import { playWearerTurn } from './wearer-turn.js';

/**
 * What the bot needs: who acts, whether it may change things, the clock and where to print.
 *
 * @example
 * ```ts
 * const options: KeyholderBotOptions = {
 *   keyholder: new Chaster({ token }), write: false, clock: { now: () => Date.now() },
 *   transcript: { say: console.log, fail: console.error },
 * };
 * ```
 */
export interface KeyholderBotOptions {
  /** Signed in as the keyholder. */
  keyholder: Chaster;

  /** Signed in as the wearer, to play the wearer's turn; without it that turn is skipped. */
  wearer?: Chaster | undefined;

  /** Whether to send changes (time, pillory, message, spins); otherwise they are described. */
  write: boolean;

  /** The API's clock, moved between steps when it can be. */
  clock: DemoClock;

  /** Where the story goes. */
  transcript: Transcript;
}

/** How a run of the bot ended. */
export type BotOutcome =
  | { status: 'done' }
  | { status: 'failed'; step: string; error: unknown };

/** Locks read from the keyholder's search: the bot works on one, so one page is plenty. */
const LOCKS_PER_PAGE = 10;

/** The history is read two entries a page, so that even a short history crosses pages. */
const HISTORY_PAGE_SIZE = 2;
const HISTORY_ENTRIES = 5;

const ADDED_SECONDS = 2 * 3600;
const PILLORY_SECONDS = 30 * 60;
const PILLORY_REASON = 'Late check-in';
const MESSAGE = 'Two more hours, and half an hour in the pillory for being late. '
  + 'Spin the wheel when you can.';

/** Time for the wearer to read the message before playing. */
const WEARER_DELAY_MS = 45 * 60_000;

/**
 * Runs the bot once. A step that fails prints one line through `transcript.fail` and ends the
 * run; refusals the story expects (no spin left) are told and the run goes on.
 *
 * @example
 * ```ts
 * const outcome = await runKeyholderBot(options);
 * if (outcome.status === 'failed') process.exitCode = 1;
 * ```
 */
export async function runKeyholderBot(options: KeyholderBotOptions): Promise<BotOutcome> {
  try {
    await tellStory(options);
    return { status: 'done' };
  } catch (error) {
    const failure = error instanceof StepFailure ? error : new StepFailure('run the bot', error);

    options.transcript.fail(describeFailure(failure));
    return { status: 'failed', step: failure.step, error: failure.error };
  }
}

async function tellStory(options: KeyholderBotOptions): Promise<void> {
  const { keyholder, wearer, transcript } = options;
  const me = await step('read the keyholder\'s profile', () => keyholder.profile.me());
  const story: Story = {
    transcript, write: options.write, clock: options.clock, keyholder: me.username,
  };

  const wearerLocks = wearer === undefined
    ? undefined
    : await step('list the wearer\'s locks', () => wearer.locks.list());
  const lock = await pickLock(story, options.keyholder, wearerLocks);
  if (lock === undefined) return;

  await addTime(story, lock);
  await sendToPillory(story, lock);
  await readHistory(story, lock);
  await writeToWearer(story, options.keyholder, lock);

  if (wearerLocks === undefined) {
    transcript.say('no wearer token: the wearer\'s turn is skipped');
  } else {
    passTime(story, WEARER_DELAY_MS);
    await playWearerTurn(story, findWearerLock(wearerLocks, lock));
  }

  await checkIn(story, lock);
}

async function pickLock(
  story: Story,
  keyholder: Chaster,
  wearerLocks: Lock[] | undefined,
): Promise<Lock | undefined> {
  const page = await step('list the wearers\' locks', () =>
    keyholder.keyholder.searchLocks({ status: 'locked', limit: LOCKS_PER_PAGE }));
  const total = page.total ?? page.items.length;
  const shown = total > page.items.length ? ` (the first ${page.items.length})` : '';

  story.transcript.say(`keyholder ${story.keyholder}: ${plural(total, 'wearer lock')}${shown}`);
  for (const lock of page.items) story.transcript.say(`  ${describeLock(lock, story.clock)}`);
  if (page.items.length === 0) story.transcript.say('nothing to do: no wearer is locked');

  // With the wearer's token, the lock worth acting on is the one that wearer wears.
  const worn = new Set(wearerLocks?.map((lock) => lock.id));
  return page.items.find((lock) => worn.has(lock.id)) ?? page.items[0];
}

function findWearerLock(wearerLocks: Lock[], held: Lock): Lock {
  const lock = wearerLocks.find((candidate) => candidate.id === held.id);
  if (lock !== undefined) return lock;

  throw new StepFailure('find the wearer\'s lock', new Error(
    `the wearer token's user does not wear "${held.title}" (${held.id})`,
  ));
}

async function addTime(story: Story, lock: Lock): Promise<void> {
  const amount = formatDuration(ADDED_SECONDS * 1000);

  await act(story, {
    name: 'add time',
    plan: `${story.keyholder} adds ${amount} to "${lock.title}"`,
    work: async () => {
      await lock.addTime(ADDED_SECONDS);
      return lock.refresh();
    },
    told: () => {
      const end = formatDate(lock.endsAt({ now: story.clock.now() }));
      return `${story.keyholder} adds ${amount} -> ends ${end}`;
    },
  });
}

async function sendToPillory(story: Story, lock: Lock): Promise<void> {
  if (!lock.extensions.has('pillory')) {
    story.transcript.say(`"${lock.title}" has no pillory extension: no pillory today`);
    return;
  }

  const length = formatDuration(PILLORY_SECONDS * 1000);
  const plan = `${story.keyholder} puts ${lock.wearer.username} in the pillory for ${length}`;
  await act(story, {
    name: 'put the wearer in the pillory',
    plan,
    refusable: true,
    work: () => lock.putInPillory({ duration: PILLORY_SECONDS, reason: PILLORY_REASON }),
    told: () => `${plan}: "${PILLORY_REASON}"`,
  });
}

async function readHistory(story: Story, lock: Lock): Promise<void> {
  const entries = await step('read the history', () =>
    lock.history({ limit: HISTORY_PAGE_SIZE }).collect({ limit: HISTORY_ENTRIES }));

  const count = plural(entries.length, 'entry', 'entries');
  story.transcript.say(`history: ${count} (newest first, ${HISTORY_PAGE_SIZE} per page):`);
  for (const entry of entries) story.transcript.say(`  ${describeEntry(entry)}`);
}

async function writeToWearer(story: Story, keyholder: Chaster, lock: Lock): Promise<void> {
  const wearerId = lock.wearer._id;
  const line = `${story.keyholder} -> ${lock.wearer.username}: "${MESSAGE}"`;

  await act(story, {
    name: 'write to the wearer',
    plan: line,
    work: async () => {
      try {
        return await (await keyholder.messaging.withUser(wearerId)).send(MESSAGE);
      } catch (error) {
        // No conversation yet: the first message opens one.
        if (!(error instanceof ChasterNotFoundError)) throw error;
        return keyholder.messaging.start({ users: [wearerId], message: MESSAGE });
      }
    },
    told: () => line,
  });
}

async function checkIn(story: Story, lock: Lock): Promise<void> {
  const latest = await step('check in on the lock', async () => {
    await lock.refresh();
    return lock.history({ limit: 3 });
  });

  const types = latest.items.map((entry) => entry.type).join(', ');
  story.transcript.say(`${story.keyholder} checks in: ${describeLock(lock, story.clock)}`);
  story.transcript.say(`  latest history: ${types}`);
}
