/**
 * Redaction of credentials from text, headers and parsed bodies.
 *
 * Everything the SDK attaches to an error or hands to a logger passes through here first, so a
 * bearer token, refresh token, client secret, PKCE verifier or cookie never leaves the process in
 * a message, a log line or a serialized error.
 *
 * @module
 */

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Headers that carry credentials. They are replaced whole in header collections, and in free text
 * their unquoted value runs to the end of the line. Longer names come first, so that the pattern
 * built from them matches `proxy-authorization` before `authorization`.
 */
const SECRET_HEADER_NAMES = [
  'x-chaster-client-secret',
  'proxy-authorization',
  'authorization',
  'set-cookie',
  'cookie',
];

/**
 * Property, parameter and header names whose values are always secret.
 * Matching ignores case, `-` and `_`, so `refresh_token`, `refreshToken` and `Refresh-Token` are
 * one name.
 */
const SECRET_NAMES = [
  ...SECRET_HEADER_NAMES,
  'access_token',
  'refresh_token',
  'id_token',
  'main_token',
  'client_secret',
  'code_verifier',
  'password',
];

/** Names whose unquoted value runs to the end of the line, as header values do. */
const LINE_VALUED_NAMES = new Set(SECRET_HEADER_NAMES.map(normalizeName));

/** Headers replaced whole, whatever their value looks like. */
const SECRET_HEADERS = new Set(SECRET_HEADER_NAMES);

/** Property names redacted in parsed bodies; a bare `token` is a credential in Chaster's API. */
const SECRET_KEYS = new Set([...SECRET_NAMES.map(normalizeName), 'token']);

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/**
 * `Bearer abc`: the credential ends at whitespace, a quote, a backslash, `,` or `;`. No word
 * boundary is required in front, so `xBearer abc` is caught too.
 */
const BEARER = /(bearer)(\s+)[^\s"'\\,;]+/gi;

/** `Basic dXNlcjpw`: only a base64-looking credential, so the English word "basic" survives. */
const BASIC = /\b(Basic)(\s+)[A-Za-z0-9+/]{8,}={0,2}/g;

/**
 * A secret name, its closing quote (possibly escaped, for JSON inside a JSON string) and a `:` or
 * `=` separator. The value after it is found by {@link findValueEnd}.
 */
const NAMED_SECRET = new RegExp(
  `(${SECRET_NAMES.map((name) => name.replace(/[-_]/g, '[-_]?')).join('|')})` +
    `(\\\\*["']?)\\s*[:=]\\s*`,
  'gi',
);

/**
 * The authorization `code` and a bare `token` are matched as form parameters only (`code=...`,
 * `token=...`), as token-endpoint bodies, redirect URLs and echoed queries carry them; a JSON
 * `code` field (an error code) and the English word "token" stay readable.
 */
const FORM_CODE = /(^|[?&#\s"'])((?:code|token)=)[^&#\s"'\\:]*/gi;

const QUOTE = /^\\*["']/;
const UNQUOTED_VALUE_END = /[\s"'\\&,;}\]#)]/;
const LINE_END = /[\r\n]/;

/**
 * Finds where a secret value starting at `start` ends.
 *
 * A quoted value runs to the next occurrence of its opening quote sequence (a value containing its
 * own quote character is cut short there, which still removes the part before it). An unquoted
 * value stops at a delimiter, or at the end of the line for header-like names.
 */
function findValueEnd(text: string, start: number, name: string): number {
  const rest = text.slice(start);

  const quote = QUOTE.exec(rest);
  if (quote !== null) {
    const close = rest.indexOf(quote[0], quote[0].length);
    return close === -1 ? text.length : start + close + quote[0].length;
  }

  const stop = LINE_VALUED_NAMES.has(normalizeName(name)) ? LINE_END : UNQUOTED_VALUE_END;
  const end = rest.search(stop);
  return end === -1 ? text.length : start + end;
}

function redactNamedSecrets(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  NAMED_SECRET.lastIndex = 0;

  for (let match = NAMED_SECRET.exec(text); match !== null; match = NAMED_SECRET.exec(text)) {
    const valueStart = match.index + match[0].length;
    const valueEnd = findValueEnd(text, valueStart, match[1] ?? '');
    const value = text.slice(valueStart, valueEnd);
    const quote = QUOTE.exec(value)?.[0] ?? '';

    // Text redacted once already must come back unchanged, so errors may redact freely.
    if (!text.startsWith(REDACTED, valueStart + quote.length)) {
      result += text.slice(copiedUpTo, valueStart) + quote + REDACTED + quote;
      copiedUpTo = valueEnd;
    }
    NAMED_SECRET.lastIndex = Math.max(valueEnd, valueStart + 1);
  }

  return result + text.slice(copiedUpTo);
}

/**
 * Removes credentials from free text: log messages, error messages, URLs, form bodies, JSON.
 *
 * Covered: `Bearer`/`Basic` credentials; values of `access_token`, `refresh_token`, `id_token`,
 * `client_secret`, `code_verifier`, `password`, `authorization`, `cookie`, `set-cookie` and
 * `x-chaster-client-secret` written as JSON properties (also escaped inside a JSON string), form
 * or query parameters, or `name: value` lines; and the `code` parameter of a form body or URL.
 * Text that names no secret passes through unchanged. A secret pasted into text with nothing
 * around it to recognise it by cannot be found.
 *
 * @param text - Any text.
 * @returns The text with each secret value replaced by `[redacted]`.
 * @example
 * ```ts
 * redact('Authorization: Bearer eyJhbGciOi...'); // 'Authorization: [redacted]'
 * redact('grant_type=authorization_code&code=abc');
 * // 'grant_type=authorization_code&code=[redacted]'
 * ```
 */
export function redact(text: string): string {
  const withoutSchemes = text
    .replace(BEARER, `$1$2${REDACTED}`)
    .replace(BASIC, `$1$2${REDACTED}`);

  const withoutNamed = redactNamedSecrets(withoutSchemes);

  return withoutNamed.replace(FORM_CODE, `$1$2${REDACTED}`);
}

/** Header collections {@link redactHeaders} accepts. */
export type HeaderSource =
  | Headers
  | Iterable<readonly [string, string]>
  | Record<string, string | readonly string[] | number | undefined>;

function headerEntries(headers: HeaderSource): Iterable<readonly [string, unknown]> {
  if (headers instanceof Headers) return headers.entries();
  if (Symbol.iterator in headers) return headers as Iterable<readonly [string, string]>;
  return Object.entries(headers);
}

/**
 * Copies headers into a plain object safe to log or attach to an error.
 *
 * Names are lower-cased. `authorization`, `proxy-authorization`, `cookie`, `set-cookie` and
 * `x-chaster-client-secret` are replaced whole; every other value goes through {@link redact}
 * (a `location` header may carry an authorization code).
 *
 * @param headers - A `Headers` object, a list of pairs or a plain record.
 * @returns A new object; absent (`undefined`) values are left out, lists are joined with `, `.
 * @example
 * ```ts
 * redactHeaders(new Headers({ Authorization: 'Bearer x', 'X-Request': '1' }));
 * // { authorization: '[redacted]', 'x-request': '1' }
 * ```
 */
export function redactHeaders(headers: HeaderSource): Record<string, string> {
  const safe: Record<string, string> = {};

  for (const [rawName, rawValue] of headerEntries(headers)) {
    if (rawValue === undefined) continue;

    const name = rawName.toLowerCase();
    const value = Array.isArray(rawValue) ? rawValue.join(', ') : String(rawValue);
    safe[name] = SECRET_HEADERS.has(name) ? REDACTED : redact(value);
  }

  return safe;
}

/** How deep {@link redactValue} descends before replacing what is below with a marker. */
const MAX_DEPTH = 20;

/**
 * Returns a redacted deep copy of a parsed JSON value (an error body, log fields).
 *
 * Properties with a secret name (including a bare `token`) are replaced whole, strings go
 * through {@link redact}, cycles and nesting deeper than 20 levels become markers. Values that
 * are not plain data (class instances other than arrays, errors and dates) are copied by their
 * own enumerable properties.
 *
 * @param value - Any value.
 * @returns A copy safe to log; primitives other than strings come back as they are.
 * @example
 * ```ts
 * redactValue({ refresh_token: 'r', user: { name: 'a' } });
 * // { refresh_token: '[redacted]', user: { name: 'a' } }
 * ```
 */
export function redactValue(value: unknown): unknown {
  return redactNested(value, 0, new WeakSet());
}

function redactNested(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };

  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);

  const copy = Array.isArray(value)
    ? value.map((item: unknown) => redactNested(item, depth + 1, seen))
    : redactProperties(value, depth, seen);

  seen.delete(value);
  return copy;
}

function redactProperties(
  value: object,
  depth: number,
  seen: WeakSet<object>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};

  for (const [key, item] of Object.entries(value)) {
    copy[key] = SECRET_KEYS.has(normalizeName(key))
      ? REDACTED
      : redactNested(item, depth + 1, seen);
  }

  return copy;
}
