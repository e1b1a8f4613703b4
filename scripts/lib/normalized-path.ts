/**
 * Parsing of RFC 9535 normalized paths (section 2.7), the form `paths()` of jsonpath-rfc9535
 * returns, e.g. `$['paths']['/a']['get']` or `$['tags'][0]`.
 */

/** One step of a normalized path: an object member name or an array index. */
export type PathKey = string | number;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  "'": "'",
  '\\': '\\',
  '/': '/',
};

/**
 * Turns a normalized path into the list of keys it walks through.
 *
 * @example parseNormalizedPath("$['paths']['/a'][0]") // ['paths', '/a', 0]
 * @throws Error when the text is not a normalized path.
 */
export function parseNormalizedPath(normalized: string): PathKey[] {
  if (!normalized.startsWith('$')) {
    throw new Error(`not a normalized path: ${normalized}`);
  }

  const keys: PathKey[] = [];
  let position = 1;

  while (position < normalized.length) {
    if (normalized[position] !== '[') {
      throw new Error(`not a normalized path: ${normalized}`);
    }
    position += 1;

    if (normalized[position] === "'") {
      const [name, next] = readQuotedName(normalized, position + 1);
      keys.push(name);
      position = next;
    } else {
      const digits = /^\d+/.exec(normalized.slice(position));
      if (digits === null) throw new Error(`not a normalized path: ${normalized}`);
      keys.push(Number(digits[0]));
      position += digits[0].length;
    }

    if (normalized[position] !== ']') {
      throw new Error(`not a normalized path: ${normalized}`);
    }
    position += 1;
  }

  return keys;
}

/** Reads a single-quoted member name starting after the quote; returns it and the index after. */
function readQuotedName(text: string, start: number): [string, number] {
  let name = '';
  let position = start;

  while (position < text.length) {
    const char = text[position] as string;

    if (char === "'") return [name, position + 1];

    if (char !== '\\') {
      name += char;
      position += 1;
      continue;
    }

    const escaped = text[position + 1] ?? '';
    if (escaped === 'u') {
      name += String.fromCharCode(parseInt(text.slice(position + 2, position + 6), 16));
      position += 6;
      continue;
    }

    const replacement = SIMPLE_ESCAPES[escaped];
    if (replacement === undefined) throw new Error(`bad escape in normalized path: ${text}`);
    name += replacement;
    position += 2;
  }

  throw new Error(`unterminated name in normalized path: ${text}`);
}
