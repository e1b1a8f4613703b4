/**
 * Durations in words, for the sentences the fake writes in history entries and action results
 * ("Added 1 hour", "Removed 2 days 3 hours").
 */

const UNITS: readonly [seconds: number, singular: string][] = [
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** A whole number of seconds in words, the two largest units at most; `0 seconds` for zero. */
export function formatDuration(totalSeconds: number): string {
  let left = Math.round(Math.abs(totalSeconds));
  const parts: string[] = [];

  for (const [size, singular] of UNITS) {
    const count = Math.floor(left / size);
    if (count === 0) continue;

    parts.push(`${count} ${singular}${count === 1 ? '' : 's'}`);
    left -= count * size;
    if (parts.length === 2) break;
  }
  return parts.length === 0 ? '0 seconds' : parts.join(' ');
}

/** "Added 1 hour", "Removed 30 minutes" or "No change" for a signed number of seconds. */
export function describeTimeChange(seconds: number): string {
  if (seconds === 0) return 'No change';
  return `${seconds > 0 ? 'Added' : 'Removed'} ${formatDuration(seconds)}`;
}
