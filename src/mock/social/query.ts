/**
 * Query strings read the way NestJS's validation pipe reads them after its string-to-number
 * transform: the same rules as bodies, the same class-validator sentences on failure.
 */
import { validateBody } from '../engine/validation.js';
import type { Rule, Validated } from '../engine/validation.js';

function toNumber(raw: string): number {
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

/**
 * Checks the named query parameters against rules; the `numeric` ones are turned into numbers
 * first (a value that is not one fails its number rule). Absent parameters stay `undefined`.
 *
 * @example
 * ```ts
 * const { limit } = readQuery(request.query, { limit: optional(isNumber()) }, ['limit']);
 * ```
 */
export function readQuery<Rules extends Record<string, Rule<unknown>>>(
  query: URLSearchParams,
  rules: Rules,
  numeric: readonly (keyof Rules & string)[] = [],
): Validated<Rules> {
  const values: Record<string, unknown> = {};

  for (const name of Object.keys(rules)) {
    const raw = query.get(name);
    if (raw !== null) values[name] = numeric.includes(name) ? toNumber(raw) : raw;
  }
  return validateBody(values, rules);
}
