/**
 * ISO-8601 dates for response bodies. Formatting a `Date` is the costliest step of rendering a
 * lock, and the same few timestamps come back on every request, so they are remembered.
 */

const MAX_REMEMBERED = 4096;
const remembered = new Map<number, string>();

/** Epoch milliseconds as an ISO-8601 UTC string with milliseconds. */
export function isoDate(ms: number): string {
  let text = remembered.get(ms);

  if (text === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    text = new Date(ms).toISOString();
    remembered.set(ms, text);
  }
  return text;
}

/** Like {@link isoDate}, passing `null` through. */
export function isoDateOrNull(ms: number | null): string | null {
  return ms === null ? null : isoDate(ms);
}
