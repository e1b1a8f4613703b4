/**
 * The one byte form every committed JSON file takes, so hashes and diffs stay stable.
 */

/**
 * Serializes a JSON value with object keys sorted recursively (plain code-unit order), arrays kept
 * in order, 2-space indentation, LF line ends and a trailing newline.
 *
 * Written by hand rather than with `JSON.stringify` on a re-keyed object, because JavaScript
 * objects always list integer-like keys ("200", "404") first in numeric order, which is not
 * code-unit order ("10" sorts before "9").
 *
 * @example canonicalJson({ b: 1, a: [2] }) // '{\n  "a": [\n    2\n  ],\n  "b": 1\n}\n'
 * @throws TypeError for values JSON cannot hold (functions, undefined at the top, BigInt).
 */
export function canonicalJson(value: unknown): string {
  return `${serialize(value, '')}\n`;
}

function serialize(value: unknown, indent: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }

  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';

  const inner = `${indent}  `;

  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + serialize(item ?? null, inner));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }

  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => isPresent(record[key]));
    if (keys.length === 0) return '{}';

    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const members = keys.map(
      (key) => `${inner}${JSON.stringify(key)}: ${serialize(record[key], inner)}`,
    );
    return `{\n${members.join(',\n')}\n${indent}}`;
  }

  throw new TypeError(`canonicalJson: cannot serialize a ${typeof value}`);
}

/** Members JSON.stringify would drop are dropped here too. */
function isPresent(member: unknown): boolean {
  return member !== undefined && typeof member !== 'function' && typeof member !== 'symbol';
}
