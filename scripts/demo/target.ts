/**
 * Where the demo's bot points: the fake Chaster (in-process, or on a loopback socket with
 * `--listen`), or, with `CHASTER_TOKEN`, a real API. The bot itself never learns which.
 */
import { Chaster, DEFAULT_BASE_URL } from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { DemoOptions } from './demo-options.js';
import type { DemoClock } from './story.js';
import { formatDate, redactToken } from './transcript.js';

/**
 * The API the demo talks to and the signed-in users it acts as.
 *
 * @example
 * ```ts
 * const target = await openTarget(options);
 * try { await runKeyholderBot({ ...target, transcript }); } finally { await target.close(); }
 * ```
 */
export interface DemoTarget {
  /** Lines telling what the demo talks to and as whom; tokens appear only redacted. */
  introduction: string[];

  /** Signed in as the keyholder. */
  keyholder: Chaster;

  /** Signed in as the wearer, when a wearer token is known. */
  wearer: Chaster | undefined;

  /** Whether changes are sent. */
  write: boolean;

  /** The API's clock. */
  clock: DemoClock;

  /** Releases what the target holds (the loopback server). */
  close(): Promise<void>;
}

/**
 * Opens the target the options ask for.
 *
 * @example
 * ```ts
 * const target = await openTarget(readDemoOptions([], {}));
 * ```
 */
export async function openTarget(options: DemoOptions): Promise<DemoTarget> {
  if (options.token === undefined) return openFake(options);
  return openApi(options, options.token);
}

async function openFake(options: DemoOptions): Promise<DemoTarget> {
  const mock = createMockChaster({ seed: options.seed });
  const { kim, wes } = mock.users;
  const server = options.listen ? await mock.listen() : undefined;

  const connection = server === undefined
    ? { baseUrl: mock.baseUrl, fetch: mock.fetch }
    : { baseUrl: server.url };
  const where = server === undefined ? 'in this process' : `on ${server.url}`;

  return {
    introduction: [
      `target: the fake Chaster ${where} (seed ${options.seed}), no account and no network`,
      `keyholder kim, token ${redactToken(kim.token)}; wearer wes, token ${redactToken(wes.token)}`,
      `clock: ${formatDate(mock.clock.now())} on the fake's clock, which the demo moves`,
    ],
    keyholder: new Chaster({ ...connection, token: kim.token }),
    wearer: new Chaster({ ...connection, token: wes.token }),
    write: true,
    clock: { now: () => mock.clock.now(), advance: (ms) => mock.clock.advance(ms) },
    close: async () => server?.close(),
  };
}

function openApi(options: DemoOptions, token: string): DemoTarget {
  const connection = options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl };
  const where = options.baseUrl === undefined
    ? `${DEFAULT_BASE_URL} (the real Chaster API)`
    : `${options.baseUrl} (CHASTER_BASE_URL)`;
  const wearerLine = options.wearerToken === undefined
    ? 'no wearer token: set CHASTER_WEARER_TOKEN to play the wearer\'s turn'
    : `wearer token ${redactToken(options.wearerToken)}`;
  const writeLine = options.write
    ? 'writes: on (--write): time, pillory, message, spins and rolls are sent'
    : 'writes: off: changes are only described (pass --write to send them)';

  return {
    introduction: [
      `target: ${where}`,
      `keyholder token ${redactToken(token)}; ${wearerLine}`,
      writeLine,
    ],
    keyholder: new Chaster({ ...connection, token }),
    wearer: options.wearerToken === undefined
      ? undefined
      : new Chaster({ ...connection, token: options.wearerToken }),
    write: options.write,
    clock: { now: () => Date.now() },
    close: async () => undefined,
  };
}
