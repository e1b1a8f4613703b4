/**
 * W3C Trace Context `traceparent` values (https://www.w3.org/TR/trace-context/), one per request,
 * so a request can be followed through proxies and matched with server logs.
 *
 * @module
 */

/** Bytes one header needs: a 16-byte trace id and an 8-byte parent id. */
const BYTES_PER_HEADER = 24;

/**
 * Headers served from one `getRandomValues` call. Filling a pool is much cheaper than asking the
 * system for 24 bytes on every request.
 */
const HEADERS_PER_POOL = 128;

const pool = new Uint8Array(BYTES_PER_HEADER * HEADERS_PER_POOL);
let poolOffset = pool.length;

const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, '0'),
);

function takeBytes(): number {
  if (poolOffset >= pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolOffset = 0;
  }

  const start = poolOffset;
  poolOffset += BYTES_PER_HEADER;
  return start;
}

/** Hex of `length` pool bytes from `start`, or `undefined` when they are all zero (invalid). */
function hexOrUndefined(start: number, length: number): string | undefined {
  let hex = '';
  let anyNonZero = 0;

  for (let index = start; index < start + length; index += 1) {
    const byte = pool[index] ?? 0;
    anyNonZero |= byte;
    hex += HEX_BYTE[byte];
  }

  return anyNonZero === 0 ? undefined : hex;
}

/**
 * Creates a new `traceparent` header value: version `00`, a random trace id, a random parent id
 * and the `sampled` flag (`01`), all lower-case hex.
 *
 * The spec forbids all-zero ids; such a draw is thrown away and drawn again.
 *
 * @returns For example `00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01`.
 * @example
 * ```ts
 * headers.set('traceparent', createTraceparent());
 * ```
 */
export function createTraceparent(): string {
  for (;;) {
    const start = takeBytes();
    const traceId = hexOrUndefined(start, 16);
    const parentId = hexOrUndefined(start + 16, 8);

    if (traceId !== undefined && parentId !== undefined) return `00-${traceId}-${parentId}-01`;
  }
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/**
 * Tells whether a value is a valid `traceparent` header value.
 *
 * Version `00` must be exactly four fields; a later version may append fields after a `-`, as the
 * spec asks parsers to allow; version `ff` and all-zero ids are invalid.
 *
 * @param value - Anything, typically an incoming header.
 * @returns `true` when the value can be forwarded as it is.
 * @example
 * ```ts
 * isValidTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'); // true
 * ```
 */
export function isValidTraceparent(value: unknown): value is string {
  if (typeof value !== 'string') return false;

  const match = TRACEPARENT.exec(value);
  if (match === null) return false;

  const [, version, traceId = '', parentId = '', , rest] = match;
  if (version === 'ff') return false;
  if (version === '00' && rest !== undefined) return false;

  return !ALL_ZERO.test(traceId) && !ALL_ZERO.test(parentId);
}
