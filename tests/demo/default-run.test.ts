import { describe, expect, it } from 'vitest';

import { runKeyholderBot } from '../../scripts/demo/keyholder-bot.js';
import { collectingTranscript } from '../../scripts/demo/transcript.js';
import { Chaster } from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import { runDemo } from './run-demo.js';

const INTRODUCTION = [
  'target: the fake Chaster in this process (seed 42), no account and no network',
  'keyholder kim, token mock… (14 characters); wearer wes, token mock… (14 characters)',
  'clock: 2024-06-01 12:00 UTC on the fake\'s clock, which the demo moves',
  '',
];

const MESSAGE = 'Two more hours, and half an hour in the pillory for being late. '
  + 'Spin the wheel when you can.';

/** The story the bot tells against the fake seeded with 42. */
const STORY = [
  'keyholder kim: 1 wearer lock',
  '  "Held by kim" (wes), 5 d left',
  'kim adds 2 h -> ends 2024-06-06 14:00 UTC',
  'kim puts wes in the pillory for 30 min: "Late check-in"',
  'history: 3 entries (newest first, 2 per page):',
  '  2024-06-01 12:00 UTC  kim  pillory_in: Late check-in (30 minutes)',
  '  2024-06-01 12:00 UTC  kim  time_changed: Added 2 hours',
  '  2024-05-30 12:00 UTC  wes  locked: New lock started',
  `kim -> wes: "${MESSAGE}"`,
  '... 45 min later (2024-06-01 12:45 UTC)',
  'wearer wes: "Held by kim" (wes), 5 d 1 h left',
  '  wheel of fortune: 1 spin left, dice: 49 rolls left',
  'wearer wes spins the wheel of fortune: "Frozen for 30 minutes" (freeze, 1800 s)',
  'wes rolls the dice: 5 against kim\'s 4 -> -30 min',
  'wes spins again: refused, 400 No action remaining',
  'the next spin opens at 2024-06-01 13:00 UTC',
  '... 15 min later (2024-06-01 13:00 UTC)',
  'wes spins again: "Sent to the pillory for 15 minutes" (pillory, 900 s)',
  'kim checks in: "Held by kim" (wes), 5 d 1 h left, frozen',
  '  latest history: pillory_in, wheel_of_fortune_turned, dice_rolled',
];

/** Runs the bot in this process against a fresh fake, collecting what it says. */
async function tellInProcess(seed: number) {
  const mock = createMockChaster({ seed });
  const connection = { baseUrl: mock.baseUrl, fetch: mock.fetch };
  const transcript = collectingTranscript();

  const outcome = await runKeyholderBot({
    keyholder: new Chaster({ ...connection, token: mock.users.kim.token }),
    wearer: new Chaster({ ...connection, token: mock.users.wes.token }),
    write: true,
    clock: { now: () => mock.clock.now(), advance: (ms) => mock.clock.advance(ms) },
    transcript,
  });
  return { outcome, transcript, mock };
}

describe('npm run demo against the fake Chaster', () => {
  it('prints the seeded story and exits 0 when run as a script', async () => {
    const run = await runDemo([]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${[...INTRODUCTION, ...STORY].join('\n')}\n`);
  });

  it('tells the same story over a loopback socket with --listen', async () => {
    const run = await runDemo(['--listen']);
    const [target, ...rest] = run.stdout.split('\n');

    expect(run.code).toBe(0);
    expect(target).toMatch(/^target: the fake Chaster on http:\/\/127\.0\.0\.1:\d+ \(seed 42\)/);
    expect(rest.join('\n')).toBe(`${[...INTRODUCTION.slice(1), ...STORY].join('\n')}\n`);
  });

  it('tells the same story when the bot is called with an injected transcript', async () => {
    const { outcome, transcript } = await tellInProcess(42);

    expect(outcome).toEqual({ status: 'done' });
    expect(transcript.lines).toEqual(STORY);
    expect(transcript.failures).toEqual([]);
  });

  it('leaves the changes it told of in the fake', async () => {
    const { mock } = await tellInProcess(42);
    const types = mock.locks.wes.history.map((entry) => entry.type);

    expect(types.filter((type) => type === 'wheel_of_fortune_turned')).toHaveLength(2);
    expect(types).toEqual(expect.arrayContaining(['time_changed', 'pillory_in', 'dice_rolled']));
  });

  it('tells another story with another seed, the same one each time', async () => {
    const first = await tellInProcess(7);
    const second = await tellInProcess(7);

    expect(first.transcript.lines).toEqual(second.transcript.lines);
    expect(first.transcript.lines).not.toEqual(STORY);
  });

  it('never prints a seeded token in full', async () => {
    const run = await runDemo(['--seed', '3']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(seed 3)');
    expect(run.stdout).not.toMatch(/mock-token-\w+/);
  });
});
