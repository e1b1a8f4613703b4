/**
 * What `npm run demo` was asked to do, read from its arguments and environment.
 */

/** The demo's settings. */
export interface DemoOptions {
  /** Serve the fake over a loopback socket instead of answering in-process. */
  listen: boolean;

  /** Send changes to a real account (the fake always takes them). */
  write: boolean;

  /** The seed of the fake's world. */
  seed: number;

  /** The keyholder's token: when set, the demo talks to a real API instead of the fake. */
  token: string | undefined;

  /** The wearer's token, for the wearer's turn against a real API. */
  wearerToken: string | undefined;

  /** Where the real API is, when not the SDK's default. */
  baseUrl: string | undefined;

  /** Print the usage and stop. */
  help: boolean;
}

/**
 * A command line the demo cannot run; the message says what to change.
 *
 * @example
 * ```ts
 * throw new DemoUsageError('unknown option --fast');
 * ```
 */
export class DemoUsageError extends Error {
  override name = 'DemoUsageError';
}

/** The seed used when none is given, the one the documented transcript comes from. */
export const DEFAULT_SEED = 42;

/** How to call the demo, printed by `--help` and after a usage error. */
export const USAGE = [
  'usage: npm run demo [-- [--listen] [--seed <n>]]',
  '         the keyholder bot against the fake Chaster: no account, no network',
  '       CHASTER_TOKEN=<keyholder token> [CHASTER_WEARER_TOKEN=<wearer token>]',
  '       [CHASTER_BASE_URL=<url>] npm run demo [-- --write]',
  '         the bot against the real API: reads only, unless --write is given',
].join('\n');

/**
 * Reads the demo's settings. Empty environment variables count as unset.
 *
 * @throws {DemoUsageError} for an unknown argument, a bad seed or URL, or settings that
 * contradict each other.
 * @example
 * ```ts
 * const options = readDemoOptions(process.argv.slice(2), process.env);
 * ```
 */
export function readDemoOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DemoOptions {
  const args = readArgs(argv);
  const token = nonEmpty(env['CHASTER_TOKEN']);
  const wearerToken = nonEmpty(env['CHASTER_WEARER_TOKEN']);
  const baseUrl = nonEmpty(env['CHASTER_BASE_URL']);

  if (token === undefined) {
    if (wearerToken !== undefined) throw needsToken('CHASTER_WEARER_TOKEN');
    if (baseUrl !== undefined) throw needsToken('CHASTER_BASE_URL');
  } else {
    if (args.listen) {
      throw new DemoUsageError('--listen runs the fake Chaster: unset CHASTER_TOKEN');
    }
    if (args.seed !== undefined) {
      throw new DemoUsageError('--seed shapes the fake Chaster: unset CHASTER_TOKEN');
    }
  }
  if (baseUrl !== undefined) checkUrl(baseUrl);

  return {
    listen: args.listen,
    write: args.write,
    seed: args.seed ?? DEFAULT_SEED,
    token,
    wearerToken,
    baseUrl,
    help: args.help,
  };
}

interface Args {
  listen: boolean;
  write: boolean;
  help: boolean;
  seed: number | undefined;
}

function readArgs(argv: readonly string[]): Args {
  const args: Args = { listen: false, write: false, help: false, seed: undefined };

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--listen') args.listen = true;
    else if (arg === '--write') args.write = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--seed') {
      args.seed = readSeed(argv[index + 1]);
      index += 1;
    } else if (arg?.startsWith('--seed=')) args.seed = readSeed(arg.slice('--seed='.length));
    else throw new DemoUsageError(`unknown argument ${String(arg)}`);
  }
  return args;
}

function readSeed(text: string | undefined): number {
  const seed = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isInteger(seed) || seed < 0) {
    throw new DemoUsageError(`--seed needs a whole number, got ${String(text)}`);
  }
  return seed;
}

function checkUrl(text: string): void {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DemoUsageError(`CHASTER_BASE_URL is not a URL: ${text}`);
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DemoUsageError(`CHASTER_BASE_URL must be http or https, got ${url.protocol}`);
  }
}

function needsToken(name: string): DemoUsageError {
  return new DemoUsageError(`${name} is only read with CHASTER_TOKEN (the fake needs neither)`);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
