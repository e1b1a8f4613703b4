/**
 * Which component schemas a document uses in requests and which in responses, following
 * `$ref`s transitively.
 */
import type { SchemaUsage } from './schema-diff.js';

const SCHEMA_PREFIX = '#/components/schemas/';

function collectRefs(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found);
    return;
  }
  if (typeof value !== 'object' || value === null) return;

  for (const [key, member] of Object.entries(value)) {
    if (key === '$ref' && typeof member === 'string' && member.startsWith(SCHEMA_PREFIX)) {
      found.add(member.slice(SCHEMA_PREFIX.length));
    } else {
      collectRefs(member, found);
    }
  }
}

function closure(start: Set<string>, schemas: Record<string, unknown>): Set<string> {
  const reached = new Set<string>();
  const pending = [...start];

  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);

    const refs = new Set<string>();
    collectRefs(schemas[name], refs);
    pending.push(...refs);
  }

  return reached;
}

/** Maps each component schema name to where the document uses it. */
export function schemaUsage(document: unknown): Map<string, SchemaUsage> {
  const doc = (document ?? {}) as {
    paths?: Record<string, Record<string, unknown>>;
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = doc.components?.schemas ?? {};
  const requestRoots = new Set<string>();
  const responseRoots = new Set<string>();

  for (const pathItem of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      const op = (operation ?? {}) as Record<string, unknown>;
      collectRefs(op.parameters, requestRoots);
      collectRefs(op.requestBody, requestRoots);
      collectRefs(op.responses, responseRoots);
    }
  }

  const inRequests = closure(requestRoots, schemas);
  const inResponses = closure(responseRoots, schemas);
  const usage = new Map<string, SchemaUsage>();

  for (const name of Object.keys(schemas)) {
    const request = inRequests.has(name);
    const response = inResponses.has(name);
    // A schema nothing references yet is treated as used both ways: the cautious reading.
    const unused = !request && !response;
    usage.set(name, { request: request || unused, response: response || unused });
  }

  return usage;
}
