import { ChasterUsageError } from '../errors/usage.js';

/** A bearer token travels in a header: visible ASCII only, no spaces (RFC 6750 §2.1). */
const USABLE_TOKEN = /^[\x21-\x7e]+$/;

/**
 * Returns the token when a header can carry it, and refuses it otherwise, before any request:
 * an empty token would send a bare `Bearer`, and a line break would make `Headers` throw an
 * error that quotes the whole value. The message never repeats the token.
 *
 * @param origin - Where the token came from, for the message (`the client's token`...).
 */
export function checkToken(token: unknown, origin: string): string {
  if (typeof token === 'string' && USABLE_TOKEN.test(token)) return token;

  const kind = typeof token === 'string' ? (token === '' ? 'empty' : 'malformed') : typeof token;
  throw new ChasterUsageError(
    `${origin} is ${kind}: a token must be a non-empty string of visible ASCII characters ` +
      '(no spaces, line breaks or control characters)',
  );
}
