/**
 * Comparison of two JSON schemas (OpenAPI flavour) into a list of caller-facing changes.
 */

/** Whether a change can break code written against the old document. */
export type Impact = 'breaking' | 'non-breaking';

/** Where a schema is used, which decides whether a change breaks callers. */
export interface SchemaUsage {
  /** Callers send values of this schema (request bodies, parameters). */
  request: boolean;
  /** Callers receive values of this schema (responses). */
  response: boolean;
}

/** One difference found inside a schema. */
export interface SchemaChange {
  /** Dotted location inside the schema, e.g. `extensions[].slug`; empty for the root. */
  location: string;
  /** What changed, in a few words. */
  detail: string;
  /** Effect on callers. */
  impact: Impact;
}

type Schema = Record<string, unknown>;

function asSchema(value: unknown): Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Schema)
    : {};
}

/** Short label for a schema's type: a referenced name, `string[]`, `object`, `oneOf`, ... */
export function typeLabel(value: unknown): string {
  const schema = asSchema(value);

  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop() ?? schema.$ref;
  if (schema.type === 'array') return `${typeLabel(schema.items)}[]`;
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.join('|');

  for (const combiner of ['oneOf', 'anyOf', 'allOf']) {
    if (Array.isArray(schema[combiner])) return combiner;
  }

  return schema.properties === undefined ? 'any' : 'object';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => String(item)) : [];
}

function join(location: string, name: string): string {
  return location === '' ? name : `${location}.${name}`;
}

/** Picks the impact of a change that breaks one direction of use only. */
function impactFor(usage: SchemaUsage, breaksRequests: boolean, breaksResponses: boolean): Impact {
  const breaks = (usage.request && breaksRequests) || (usage.response && breaksResponses);
  return breaks ? 'breaking' : 'non-breaking';
}

/**
 * Lists the changes between two versions of a schema. Named references are compared by name
 * only: the referenced schema is compared on its own.
 */
export function diffSchema(
  before: unknown,
  after: unknown,
  usage: SchemaUsage,
  location = '',
): SchemaChange[] {
  const oldSchema = asSchema(before);
  const newSchema = asSchema(after);
  const changes: SchemaChange[] = [];

  const oldType = typeLabel(oldSchema);
  const newType = typeLabel(newSchema);
  if (oldType !== newType) {
    changes.push({ location, detail: `type ${oldType} -> ${newType}`, impact: 'breaking' });
    return changes;
  }
  if (typeof newSchema.$ref === 'string') return changes;

  changes.push(...diffEnum(oldSchema, newSchema, location));
  changes.push(...diffNullable(oldSchema, newSchema, usage, location));
  changes.push(...diffProperties(oldSchema, newSchema, usage, location));

  if (newSchema.type === 'array') {
    changes.push(...diffSchema(oldSchema.items, newSchema.items, usage, `${location}[]`));
  }

  return changes;
}

function diffEnum(oldSchema: Schema, newSchema: Schema, location: string): SchemaChange[] {
  const oldValues = strings(oldSchema.enum);
  const newValues = strings(newSchema.enum);
  const changes: SchemaChange[] = [];

  if (oldValues.length === 0 || newValues.length === 0) {
    if (oldValues.length !== newValues.length) {
      const added = `enum added (${newValues.join(', ')})`;
      const detail = newValues.length === 0 ? 'enum lifted' : added;
      const impact = newValues.length === 0 ? 'non-breaking' : 'breaking';
      changes.push({ location, detail, impact });
    }
    return changes;
  }

  const removed = oldValues.filter((value) => !newValues.includes(value));
  const added = newValues.filter((value) => !oldValues.includes(value));
  if (removed.length > 0) {
    const detail = `enum narrowed (-${removed.join(', -')})`;
    changes.push({ location, detail, impact: 'breaking' });
  }
  if (added.length > 0) {
    const detail = `enum widened (+${added.join(', +')})`;
    changes.push({ location, detail, impact: 'non-breaking' });
  }

  return changes;
}

function diffNullable(
  oldSchema: Schema,
  newSchema: Schema,
  usage: SchemaUsage,
  location: string,
): SchemaChange[] {
  const wasNullable = oldSchema.nullable === true;
  const isNullable = newSchema.nullable === true;
  if (wasNullable === isNullable) return [];

  if (isNullable) {
    return [{ location, detail: 'became nullable', impact: impactFor(usage, false, true) }];
  }
  return [{ location, detail: 'no longer nullable', impact: impactFor(usage, true, false) }];
}

function diffProperties(
  oldSchema: Schema,
  newSchema: Schema,
  usage: SchemaUsage,
  location: string,
): SchemaChange[] {
  const oldProperties = asSchema(oldSchema.properties);
  const newProperties = asSchema(newSchema.properties);
  const oldRequired = strings(oldSchema.required);
  const newRequired = strings(newSchema.required);
  const changes: SchemaChange[] = [];

  for (const name of Object.keys(newProperties)) {
    const where = join(location, name);
    const required = newRequired.includes(name);

    if (!(name in oldProperties)) {
      const detail = required ? 'required property added' : 'optional property added';
      changes.push({ location: where, detail, impact: impactFor(usage, required, false) });
      continue;
    }

    changes.push(...diffSchema(oldProperties[name], newProperties[name], usage, where));

    const wasRequired = oldRequired.includes(name);
    if (required && !wasRequired) {
      const impact = impactFor(usage, true, false);
      changes.push({ location: where, detail: 'became required', impact });
    } else if (!required && wasRequired) {
      const impact = impactFor(usage, false, true);
      changes.push({ location: where, detail: 'became optional', impact });
    }
  }

  for (const name of Object.keys(oldProperties)) {
    if (name in newProperties) continue;
    const where = join(location, name);
    changes.push({ location: where, detail: 'property removed', impact: 'breaking' });
  }

  return changes;
}
