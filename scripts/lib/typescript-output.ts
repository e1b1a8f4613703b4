/**
 * The openapi-typescript step: the effective document to the text of `generated/chaster.ts`.
 */
import openapiTS, {
  STRING,
  astToString,
  tsIntersection,
  tsLiteral,
  tsUnion,
} from 'openapi-typescript';
import type { OpenAPI3, SchemaObject } from 'openapi-typescript';
import ts from 'typescript';

/** Extension the overlays put on string schemas whose values the live API keeps extending. */
export const KNOWN_VALUES_KEY = 'x-chaster-known-values';

/**
 * Types a known-values schema as `"a" | "b" | (string & {})`: editors offer the known values,
 * and any other string the live API sends still type-checks. `string & {}` keeps TypeScript
 * from collapsing the union into plain `string`.
 */
function knownValuesType(schema: SchemaObject): ts.TypeNode | undefined {
  const known: unknown = (schema as Record<string, unknown>)[KNOWN_VALUES_KEY];
  if (!Array.isArray(known) || known.length === 0) return undefined;

  const anyString = ts.factory.createParenthesizedType(
    tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]),
  );
  const members = [...known.map((value) => tsLiteral(value)), anyString];
  if ((schema as { nullable?: unknown }).nullable === true) members.push(tsLiteral(null));

  return tsUnion(members);
}

/**
 * Types an uploaded file (`format: binary`) as `Blob`: openapi-typescript's default is `string`,
 * but multipart bodies carry file contents, and `File` is a `Blob`.
 */
function binaryType(schema: SchemaObject): ts.TypeNode | undefined {
  if (!('format' in schema) || schema.format !== 'binary') return undefined;

  const blob = ts.factory.createTypeReferenceNode('Blob');
  if ((schema as { nullable?: unknown }).nullable !== true) return blob;

  return tsUnion([blob, tsLiteral(null)]);
}

/**
 * Runs openapi-typescript on a copy of the document.
 *
 * Options stay at openapi-typescript's defaults: types only (no runtime enums, in keeping with a
 * small runtime), optional properties as `?:` without `| undefined` (the project does not use
 * `exactOptionalPropertyTypes`), and the document's own key order, which the canonical form
 * already sorts.
 */
export async function generateTypes(document: unknown): Promise<string> {
  const nodes = await openapiTS(structuredClone(document) as OpenAPI3, {
    silent: true,
    transform: (schema) => knownValuesType(schema) ?? binaryType(schema),
  });

  return astToString(nodes);
}
