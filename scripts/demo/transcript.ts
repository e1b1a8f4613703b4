/**
 * How the demo speaks: where its lines go, and how it writes durations, dates and tokens so that
 * a transcript reads the same on every machine (always UTC, never the local zone).
 */

/**
 * Where the demo's lines go: the story on one side, a failed step on the other.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const transcript: Transcript = {
 *   say: (line) => process.stdout.write(`${line}\n`),
 *   fail: (line) => process.stderr.write(`${line}\n`),
 * };
 * ```
 */
export interface Transcript {
  /** One line of the story. */
  say(line: string): void;

  /** The one line that explains why the demo stopped. */
  fail(line: string): void;
}

/**
 * A transcript that keeps its lines, for tests and for callers that print them later.
 *
 * @example
 * ```ts
 * const transcript = collectingTranscript();
 * transcript.say('hello');
 * transcript.lines; // ['hello']
 * ```
 */
export function collectingTranscript(): Transcript & { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];

  return {
    lines,
    failures,
    say: (line) => lines.push(line),
    fail: (line) => failures.push(line),
  };
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * A length of time as a person would say it, to the minute: `5 d 2 h`, `3 h 12 min`, `30 min`,
 * `45 s`. Days drop the minutes because nobody counts them at that scale.
 *
 * @example
 * ```ts
 * formatDuration(11_520_000); // '3 h 12 min'
 * ```
 */
export function formatDuration(ms: number): string {
  const whole = Math.max(0, Math.floor(Math.abs(ms)));
  if (whole < MINUTE_MS) return `${Math.floor(whole / 1000)} s`;

  const days = Math.floor(whole / DAY_MS);
  const hours = Math.floor((whole % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((whole % HOUR_MS) / MINUTE_MS);

  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/**
 * A change of time in seconds, with its sign: `+1 h`, `-30 min`, or `no change`.
 *
 * @example
 * ```ts
 * formatTimeChange(-1800); // '-30 min'
 * ```
 */
export function formatTimeChange(seconds: number): string {
  if (seconds === 0) return 'no change';

  const sign = seconds > 0 ? '+' : '-';
  return `${sign}${formatDuration(seconds * 1000)}`;
}

/**
 * A moment as `YYYY-MM-DD HH:MM UTC`, or `unknown` for a missing or unreadable date.
 *
 * @example
 * ```ts
 * formatDate('2024-06-01T17:12:30.000Z'); // '2024-06-01 17:12 UTC'
 * ```
 */
export function formatDate(date: Date | number | string | null | undefined): string {
  if (date === null || date === undefined) return 'unknown';

  const epoch = date instanceof Date ? date.getTime() : new Date(date).getTime();
  if (Number.isNaN(epoch)) return 'unknown';

  const iso = new Date(epoch).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * A token cut down to its first four characters and its length, enough to tell two tokens
 * apart in a transcript without revealing either.
 *
 * @example
 * ```ts
 * redactToken('mock-token-kim'); // 'mock… (14 characters)'
 * ```
 */
export function redactToken(token: string): string {
  const shown = token.length > 12 ? token.slice(0, 4) : '';
  return `${shown}… (${token.length} characters)`;
}

/**
 * `1 lock`, `2 locks`: a count with its noun.
 *
 * @example
 * ```ts
 * plural(3, 'entry', 'entries'); // '3 entries'
 * ```
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
