/**
 * Request-body checks worded like class-validator, which Chaster's NestJS server runs: a failing
 * body answers 400 with `message` listing one sentence per broken constraint, for example
 * `duration must be a number conforming to the specified constraints`.
 */
import { badRequest } from './http-error.js';

/** One property's rule; `T` is the type a passing value has. */
export interface Rule<T> {
  /** Messages for a value that breaks the rule; empty when it passes. */
  check(value: unknown, property: string): string[];
  /** Phantom field carrying `T` for type inference; never set. */
  readonly valueType?: T;
}

/** The type a set of rules accepts. */
export type Validated<Rules> = {
  [Key in keyof Rules]: Rules[Key] extends Rule<infer T> ? T : never;
};

type Constraint = (value: unknown, property: string) => string | undefined;

function ruleOf<T>(constraints: Constraint[]): Rule<T> {
  return {
    check: (value, property) =>
      constraints.flatMap((constraint) => constraint(value, property) ?? []),
  };
}

/** Options of {@link isNumber}. */
export interface NumberOptions {
  /** Smallest accepted value. */
  min?: number;
  /** Largest accepted value. */
  max?: number;
  /** Whether the value must be a whole number. */
  integer?: boolean;
}

/** A finite number, optionally bounded or whole. */
export function isNumber(options: NumberOptions = {}): Rule<number> {
  const isFiniteNumber = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  const constraints: Constraint[] = [
    (value, property) =>
      isFiniteNumber(value)
        ? undefined
        : `${property} must be a number conforming to the specified constraints`,
  ];
  const { min, max, integer } = options;

  if (integer) {
    constraints.push((value, property) =>
      Number.isInteger(value) ? undefined : `${property} must be an integer number`,
    );
  }
  if (min !== undefined) {
    constraints.push((value, property) =>
      isFiniteNumber(value) && value < min ? `${property} must not be less than ${min}` : undefined,
    );
  }
  if (max !== undefined) {
    constraints.push((value, property) =>
      isFiniteNumber(value) && value > max
        ? `${property} must not be greater than ${max}`
        : undefined,
    );
  }
  return ruleOf(constraints);
}

/** `true` or `false`. */
export function isBoolean(): Rule<boolean> {
  return ruleOf([
    (value, property) =>
      typeof value === 'boolean' ? undefined : `${property} must be a boolean value`,
  ]);
}

/** Options of {@link isString}. */
export interface StringOptions {
  /** Shortest accepted length. */
  minLength?: number;
  /** Whether the empty string is refused. */
  notEmpty?: boolean;
}

/** A string, optionally not empty or of a minimum length. */
export function isString(options: StringOptions = {}): Rule<string> {
  const constraints: Constraint[] = [
    (value, property) => (typeof value === 'string' ? undefined : `${property} must be a string`),
  ];
  const { minLength, notEmpty } = options;

  if (notEmpty) {
    constraints.push((value, property) =>
      value === '' || value === undefined || value === null
        ? `${property} should not be empty`
        : undefined,
    );
  }
  if (minLength !== undefined) {
    constraints.push((value, property) =>
      typeof value !== 'string' || value.length < minLength
        ? `${property} must be longer than or equal to ${minLength} characters`
        : undefined,
    );
  }
  return ruleOf(constraints);
}

/** One of a fixed list of values. */
export function isIn<const T extends readonly (string | number)[]>(values: T): Rule<T[number]> {
  return ruleOf([
    (value, property) =>
      values.includes(value as T[number])
        ? undefined
        : `${property} must be one of the following values: ${values.join(', ')}`,
  ]);
}

/** An ISO-8601 date string. */
export function isDateString(): Rule<string> {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

  return ruleOf([
    (value, property) =>
      typeof value === 'string' && iso.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `${property} must be a valid ISO 8601 date string`,
  ]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object (not an array, not null). */
export function isObject(): Rule<Record<string, unknown>> {
  return ruleOf([
    (value, property) => (isPlainObject(value) ? undefined : `${property} must be an object`),
  ]);
}

/**
 * An array; with `items`, each element is an object checked against those rules and its
 * messages are prefixed with the element's path (`extensions.0.mode must be ...`).
 */
export function isArray<ItemRules extends Record<string, Rule<unknown>>>(
  items?: ItemRules,
): Rule<Validated<ItemRules>[]> {
  return {
    check(value, property) {
      if (!Array.isArray(value)) return [`${property} must be an array`];
      if (items === undefined) return [];

      return value.flatMap((item: unknown, index) => {
        const path = `${property}.${index}`;
        if (!isPlainObject(item)) return [`nested property ${path} must be either object or array`];
        return checkFields(item, items, `${path}.`);
      });
    },
  };
}

/** Lets `undefined` and `null` through, like class-validator's `@IsOptional()`. */
export function optional<T>(rule: Rule<T>): Rule<T | undefined> {
  return {
    check: (value, property) =>
      value === undefined || value === null ? [] : rule.check(value, property),
  };
}

/** Lets `null` through but still requires the property to be present. */
export function nullable<T>(rule: Rule<T>): Rule<T | null> {
  return { check: (value, property) => (value === null ? [] : rule.check(value, property)) };
}

function checkFields(
  body: Record<string, unknown>,
  rules: Record<string, Rule<unknown>>,
  prefix = '',
): string[] {
  return Object.entries(rules).flatMap(([property, rule]) =>
    rule.check(body[property], prefix + property),
  );
}

/**
 * Checks a JSON body against rules and returns it typed, or throws a 400 listing every broken
 * constraint. A missing or non-object body is checked as `{}`, as NestJS does.
 *
 * @example
 * ```ts
 * const { duration } = validateBody(request.body, { duration: isNumber() });
 * ```
 */
export function validateBody<Rules extends Record<string, Rule<unknown>>>(
  body: unknown,
  rules: Rules,
): Validated<Rules> {
  const fields = isPlainObject(body) ? body : {};
  const messages = checkFields(fields, rules);

  if (messages.length > 0) throw badRequest(messages);
  return fields as Validated<Rules>;
}
