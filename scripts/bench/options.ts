/**
 * Command-line and environment options of the benchmark.
 *
 * The defaults give the full comparison in well under two minutes on a two-core machine; the
 * quick mode exists for CI, where the point is to prove the benchmark still runs, not to measure.
 */

/** What one run of the benchmark measures and how it prints. */
export interface BenchOptions {
  /** Requests per client per concurrency level, summed over the measured rounds. */
  requests: number;

  /** Measured rounds; one extra warm-up round runs first and is discarded. */
  rounds: number;

  /** Concurrency levels, each a number of workers awaiting requests in a loop. */
  concurrency: number[];

  /** Print one JSON document instead of the table. */
  json: boolean;

  /** Skip the esbuild bundle-size report. */
  skipBundle: boolean;

  /** Skip the comparison of the fake Chaster with a bare node:http server. */
  skipFake: boolean;

  /** Skip the type-checker cost of three tiny consumer files. */
  skipTypes: boolean;

  /** Serve from this process instead of a child process (measures client and server together). */
  inlineServer: boolean;

  /** Lock fixture to serve; `undefined` means the repository's `tests/fixtures/GET_locks.json`. */
  fixturePath: string | undefined;

  /** Print the usage text and stop. */
  help: boolean;
}

/** Defaults of a full run. */
export const DEFAULT_OPTIONS: Readonly<BenchOptions> = Object.freeze({
  requests: 4000,
  rounds: 5,
  concurrency: [1, 16],
  json: false,
  skipBundle: false,
  skipFake: false,
  skipTypes: false,
  inlineServer: false,
  fixturePath: undefined,
  help: false,
});

/** Requests and rounds of a quick smoke run (`--quick` or `BENCH_QUICK=1`). */
export const QUICK_SIZE = Object.freeze({ requests: 64, rounds: 2 });

/** Usage text printed by `--help` and after a bad option. */
export const USAGE = [
  'Usage: npm run bench -- [options]',
  '  --requests N       requests per client per concurrency level (default 4000)',
  '  --rounds N         measured rounds after one discarded warm-up round (default 5)',
  '  --concurrency A,B  concurrency levels (default 1,16)',
  '  --quick            a smoke run of 64 requests in 2 rounds (same as BENCH_QUICK=1)',
  '  --json             print one JSON document instead of the table',
  '  --no-bundle        skip the bundle-size report',
  '  --no-fake          skip the fake Chaster against a bare node:http server',
  '  --no-types         skip the type-checker cost of three consumer files',
  '  --inline-server    serve from this process instead of a child process',
  '  --fixture PATH     lock fixture to serve (default tests/fixtures/GET_locks.json)',
].join('\n');

/**
 * Reads the benchmark options from arguments (without the node and script paths) and the
 * environment. Flags given explicitly win over `--quick`, whatever their order.
 *
 * @throws {Error} on an unknown flag or a value that is not a positive integer.
 */
export function parseBenchOptions(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): BenchOptions {
  const options: BenchOptions = {
    ...DEFAULT_OPTIONS,
    concurrency: [...DEFAULT_OPTIONS.concurrency],
  };
  let quick = isTruthy(env['BENCH_QUICK']);
  let explicitRequests = false;
  let explicitRounds = false;

  for (let index = 0; index < args.length; index += 1) {
    const [flag, inlineValue] = splitFlag(args[index] ?? '');
    const takeValue = (): string => inlineValue ?? takeNext(args, ++index, flag);

    switch (flag) {
      case '--requests':
        options.requests = positiveInteger(takeValue(), flag);
        explicitRequests = true;
        break;
      case '--rounds':
        options.rounds = positiveInteger(takeValue(), flag);
        explicitRounds = true;
        break;
      case '--concurrency':
        options.concurrency = takeValue().split(',').map((part) => positiveInteger(part, flag));
        break;
      case '--quick':
        quick = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--no-bundle':
        options.skipBundle = true;
        break;
      case '--no-fake':
        options.skipFake = true;
        break;
      case '--no-types':
        options.skipTypes = true;
        break;
      case '--inline-server':
        options.inlineServer = true;
        break;
      case '--fixture':
        options.fixturePath = takeValue();
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown option ${flag}`);
    }
  }

  if (quick && !explicitRequests) options.requests = QUICK_SIZE.requests;
  if (quick && !explicitRounds) options.rounds = QUICK_SIZE.rounds;
  return options;
}

function splitFlag(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function takeNext(args: readonly string[], index: number, flag: string): string {
  const value = args[index];
  if (value === undefined) throw new Error(`${flag} needs a value`);
  return value;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${flag} wants a positive integer, got "${text}"`);
  }
  return value;
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
