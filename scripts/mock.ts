/**
 * `npm run mock [-- --port 4010 --seed 42 --no-rate-limits --frozen-clock --start-time <iso>]`
 *
 * Serves the fake Chaster on 127.0.0.1 until Ctrl-C, and prints the base URL and the seeded
 * users' fake tokens. Rate limits are on unless `--no-rate-limits` is given. The virtual clock
 * follows real time (so timers and rate-limit windows move) unless `--frozen-clock` is given.
 */
import { createMockChaster, SEEDED_USER_ROLES } from '../src/mock/index.js';
import type { SeededUsers } from '../src/mock/index.js';
import { parseArgs } from './lib/cli-args.js';

const SWITCHES = ['--no-rate-limits', '--frozen-clock'];
const TICK_MS = 1000;

function integerFlag(flags: Map<string, string>, name: string, fallback: number): number {
  const text = flags.get(name);
  if (text === undefined) return fallback;

  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const switches = new Set(argv.filter((arg) => SWITCHES.includes(arg)));
  const { flags } = parseArgs(
    argv.filter((arg) => !SWITCHES.includes(arg)),
    ['port', 'seed', 'start-time'],
  );

  const port = integerFlag(flags, 'port', 4010);
  const seed = integerFlag(flags, 'seed', 1);
  const rateLimits = !switches.has('--no-rate-limits');
  const mock = createMockChaster({
    seed,
    rateLimits,
    startTime: flags.get('start-time') ?? Date.now(),
  });
  const server = await mock.listen(port);

  // Let virtual time follow the wall clock, so votes end and rate-limit windows reset.
  let last = Date.now();
  const ticker = switches.has('--frozen-clock')
    ? undefined
    : setInterval(() => {
      const now = Date.now();
      mock.clock.advance(now - last);
      last = now;
    }, TICK_MS);

  const lines = [
    `Fake Chaster on ${server.url} (seed ${seed}, rate limits ${rateLimits ? 'on' : 'off'})`,
    'Tokens are fake: they only work against this server.',
    '',
    ...(Object.keys(SEEDED_USER_ROLES) as (keyof SeededUsers)[]).map((name) => {
      const user = mock.users[name];
      return `  ${name.padEnd(4)} ${SEEDED_USER_ROLES[name].padEnd(58)} Bearer ${user.token}`;
    }),
    '',
    `  wes's lock: ${mock.locks.wes.id}    sam's lock: ${mock.locks.sam.id}`,
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = () => {
    if (ticker) clearInterval(ticker);
    void server.close().then(() => process.stdout.write('Stopped.\n'));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`mock: ${reason}\n`);
  process.exitCode = 1;
});
