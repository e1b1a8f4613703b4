/**
 * `npm run demo [-- --listen | --seed <n> | --write]`
 *
 * Runs the example keyholder bot and prints its story. Without `CHASTER_TOKEN` it plays against
 * the fake Chaster (seed 42), so the transcript is the same on every run; with it, against the
 * real API (or `CHASTER_BASE_URL`), reading only unless `--write` is given.
 *
 * Exit codes: 0 when the story ran to its end, 1 when a step failed, 2 for a bad command line.
 */
import { DemoUsageError, readDemoOptions, USAGE } from './demo-options.js';
import { runKeyholderBot } from './keyholder-bot.js';
import { openTarget } from './target.js';
import type { Transcript } from './transcript.js';

const printer: Transcript = {
  say: (line) => process.stdout.write(`${line}\n`),
  fail: (line) => process.stderr.write(`${line}\n`),
};

// A reader that stops early (`npm run demo | head`) closes the pipe: the story ends there.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

async function main(): Promise<number> {
  const options = readDemoOptions(process.argv.slice(2), process.env);
  if (options.help) {
    printer.say(USAGE);
    return 0;
  }

  const target = await openTarget(options);
  try {
    for (const line of target.introduction) printer.say(line);
    printer.say('');

    const outcome = await runKeyholderBot({ ...target, transcript: printer });
    return outcome.status === 'done' ? 0 : 1;
  } finally {
    await target.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof DemoUsageError;
    const reason = error instanceof Error ? error.message : String(error);

    printer.fail(`demo: ${reason}`);
    if (usage) printer.fail(USAGE);
    process.exitCode = usage ? 2 : 1;
  },
);
