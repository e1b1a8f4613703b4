/**
 * Change report between two OpenAPI documents, from the point of view of SDK callers.
 */
import { diffSchema } from './schema-diff.js';
import type { Impact, SchemaChange, SchemaUsage } from './schema-diff.js';
import { schemaUsage } from './schema-usage.js';

export type { Impact } from './schema-diff.js';

/** One line of the change report. */
export interface SpecChange {
  /** Section of the report. */
  group: 'operations' | 'schemas';
  /** Kind of change to the subject. */
  kind: 'added' | 'removed' | 'changed' | 'deprecated';
  /** `GET /locks (LockController_findAll)` for operations, the schema name for schemas. */
  subject: string;
  /** What changed; empty for plain additions and removals. */
  detail: string;
  /** Effect on callers. */
  impact: Impact;
}

/** The structured change report. */
export interface SpecDiff {
  /** `info.version` of the old document. */
  oldVersion: string;
  /** `info.version` of the new document. */
  newVersion: string;
  /** Every change, operations first, each group sorted by subject. */
  changes: SpecChange[];
  /** How many changes are breaking. */
  breaking: number;
  /** How many changes are not. */
  nonBreaking: number;
}

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function record(value: unknown): Json {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject ? (value as Json) : {};
}

/** A change found inside one operation, before it is labelled with the operation. */
interface Finding {
  detail: string;
  impact: Impact;
  kind?: SpecChange['kind'];
}

interface OperationEntry {
  subject: string;
  operation: Json;
}

function operationsOf(document: unknown): Map<string, OperationEntry> {
  const entries = new Map<string, OperationEntry>();

  for (const [path, item] of Object.entries(record(record(document).paths))) {
    for (const method of METHODS) {
      const operation = record(item)[method];
      if (operation === undefined) continue;

      const id = record(operation).operationId;
      const label = typeof id === 'string' ? ` (${id})` : '';
      const key = `${method.toUpperCase()} ${path}`;
      entries.set(key, { subject: `${key}${label}`, operation: record(operation) });
    }
  }

  return entries;
}

/**
 * Compares two documents: operations by method and path, component schemas by name.
 *
 * @example diffSpecs(oldDoc, newDoc).breaking // number of breaking changes
 */
export function diffSpecs(oldDocument: unknown, newDocument: unknown): SpecDiff {
  const changes = [
    ...diffOperations(oldDocument, newDocument),
    ...diffComponentSchemas(oldDocument, newDocument),
  ];
  const breaking = changes.filter((change) => change.impact === 'breaking').length;

  return {
    oldVersion: String(record(record(oldDocument).info).version ?? '?'),
    newVersion: String(record(record(newDocument).info).version ?? '?'),
    changes,
    breaking,
    nonBreaking: changes.length - breaking,
  };
}

function diffOperations(oldDocument: unknown, newDocument: unknown): SpecChange[] {
  const before = operationsOf(oldDocument);
  const after = operationsOf(newDocument);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: SpecChange[] = [];

  for (const key of keys) {
    const oldEntry = before.get(key);
    const newEntry = after.get(key);
    const group = 'operations';

    if (oldEntry === undefined && newEntry !== undefined) {
      const subject = newEntry.subject;
      changes.push({ group, kind: 'added', subject, detail: '', impact: 'non-breaking' });
    } else if (newEntry === undefined && oldEntry !== undefined) {
      const subject = oldEntry.subject;
      changes.push({ group, kind: 'removed', subject, detail: '', impact: 'breaking' });
    } else if (oldEntry !== undefined && newEntry !== undefined) {
      changes.push(...diffOperation(oldEntry.operation, newEntry));
    }
  }

  return changes;
}

const INPUT: SchemaUsage = { request: true, response: false };
const OUTPUT: SchemaUsage = { request: false, response: true };

function diffOperation(oldOperation: Json, entry: OperationEntry): SpecChange[] {
  const newOperation = entry.operation;
  const found: Finding[] = [];

  if (newOperation.deprecated === true && oldOperation.deprecated !== true) {
    found.push({ detail: 'deprecated', impact: 'non-breaking', kind: 'deprecated' });
  }

  found.push(...diffParameters(oldOperation.parameters, newOperation.parameters));
  const [oldBody, newBody] = [oldOperation.requestBody, newOperation.requestBody];
  found.push(...diffRequestBody(record(oldBody), record(newBody)));
  found.push(...diffResponses(record(oldOperation.responses), record(newOperation.responses)));

  return found.map(({ detail, impact, kind }) => ({
    group: 'operations',
    kind: kind ?? 'changed',
    subject: entry.subject,
    detail,
    impact,
  }));
}

function prefixed(prefix: string, changes: SchemaChange[]): Finding[] {
  return changes.map((change) => ({
    detail: `${prefix}${change.location === '' ? '' : ` ${change.location}`}: ${change.detail}`,
    impact: change.impact,
  }));
}

function parameterMap(parameters: unknown): Map<string, Json> {
  const map = new Map<string, Json>();

  for (const parameter of Array.isArray(parameters) ? parameters : []) {
    const p = record(parameter);
    const name = String(p.name ?? '');
    const where = String(p.in ?? '');
    map.set(`${where} ${where === 'header' ? name.toLowerCase() : name}`, p);
  }

  return map;
}

function diffParameters(oldList: unknown, newList: unknown): Finding[] {
  const before = parameterMap(oldList);
  const after = parameterMap(newList);
  const found: Finding[] = [];

  for (const [key, parameter] of after) {
    const label = `${key.split(' ')[0]} parameter ${String(parameter.name)}`;
    const required = parameter.required === true;
    const old = before.get(key);

    if (old === undefined) {
      const detail = `${required ? 'required' : 'optional'} ${label} added`;
      found.push({ detail, impact: required ? 'breaking' : 'non-breaking' });
      continue;
    }

    if (required && old.required !== true) {
      found.push({ detail: `${label} became required`, impact: 'breaking' });
    }
    if (!required && old.required === true) {
      found.push({ detail: `${label} became optional`, impact: 'non-breaking' });
    }
    found.push(...prefixed(label, diffSchema(old.schema, parameter.schema, INPUT)));
  }

  for (const [key, parameter] of before) {
    if (after.has(key)) continue;
    const label = `${key.split(' ')[0]} parameter ${String(parameter.name)}`;
    found.push({ detail: `${label} removed`, impact: 'breaking' });
  }

  return found;
}

function jsonSchemaOf(holder: Json): unknown {
  const content = record(holder.content);
  const media = content['application/json'] ?? Object.values(content)[0];
  return record(media).schema;
}

function diffRequestBody(before: Json, after: Json): Finding[] {
  const hadBody = Object.keys(before).length > 0;
  const hasBody = Object.keys(after).length > 0;

  if (!hadBody && hasBody) {
    const required = after.required === true;
    const detail = `${required ? 'required' : 'optional'} request body added`;
    return [{ detail, impact: required ? 'breaking' : 'non-breaking' }];
  }
  if (hadBody && !hasBody) return [{ detail: 'request body removed', impact: 'breaking' }];
  if (!hasBody) return [];

  const found: Finding[] = [];
  if (after.required === true && before.required !== true) {
    found.push({ detail: 'request body became required', impact: 'breaking' });
  }
  const bodyChanges = diffSchema(jsonSchemaOf(before), jsonSchemaOf(after), INPUT);
  found.push(...prefixed('request body', bodyChanges));

  return found;
}

function diffResponses(before: Json, after: Json): Finding[] {
  const found: Finding[] = [];

  for (const status of Object.keys(after).sort()) {
    if (!(status in before)) {
      found.push({ detail: `response ${status} added`, impact: 'non-breaking' });
      continue;
    }
    const oldSchema = jsonSchemaOf(record(before[status]));
    const changes = diffSchema(oldSchema, jsonSchemaOf(record(after[status])), OUTPUT);
    found.push(...prefixed(`response ${status}`, changes));
  }

  for (const status of Object.keys(before).sort()) {
    if (status in after) continue;
    found.push({ detail: `response ${status} removed`, impact: 'breaking' });
  }

  return found;
}

function diffComponentSchemas(oldDocument: unknown, newDocument: unknown): SpecChange[] {
  const before = record(record(record(oldDocument).components).schemas);
  const after = record(record(record(newDocument).components).schemas);
  const usage = schemaUsage(newDocument);
  const oldUsage = schemaUsage(oldDocument);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: SpecChange[] = [];
  const group = 'schemas';

  for (const name of names) {
    if (!(name in before)) {
      changes.push({ group, kind: 'added', subject: name, detail: '', impact: 'non-breaking' });
    } else if (!(name in after)) {
      changes.push({ group, kind: 'removed', subject: name, detail: '', impact: 'breaking' });
    } else {
      const use = usage.get(name) ?? oldUsage.get(name) ?? { request: true, response: true };
      for (const change of diffSchema(before[name], after[name], use)) {
        const detail = `${change.location === '' ? '' : `${change.location}: `}${change.detail}`;
        changes.push({ group, kind: 'changed', subject: name, detail, impact: change.impact });
      }
    }
  }

  return changes;
}

/**
 * Renders the report as plain text: one line per change, grouped, then a summary line.
 *
 * @example console.log(formatSpecDiff(diffSpecs(a, b)));
 */
export function formatSpecDiff(diff: SpecDiff): string {
  const lines = [`Changes ${diff.oldVersion} -> ${diff.newVersion}`];

  for (const group of ['operations', 'schemas'] as const) {
    const inGroup = diff.changes.filter((change) => change.group === group);
    if (inGroup.length === 0) continue;

    lines.push('', `${group === 'operations' ? 'Operations' : 'Schemas'}:`);
    for (const change of inGroup) {
      const detail = change.detail === '' ? '' : `: ${change.detail}`;
      lines.push(`  [${change.impact}] ${change.kind} ${change.subject}${detail}`);
    }
  }

  const counts = `${diff.breaking} breaking, ${diff.nonBreaking} non-breaking`;
  const summary = diff.changes.length === 0
    ? 'No changes.'
    : `${diff.changes.length} changes: ${counts}.`;
  lines.push('', summary);

  return `${lines.join('\n')}\n`;
}
