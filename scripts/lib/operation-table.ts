/**
 * The runtime table of operations written to `generated/operations.ts`.
 */

/** HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;

/** One row of the operation table. */
export interface OperationRow {
  operationId: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  tags: string[];
  deprecated: boolean;
  source: 'document' | 'docs';
  clientIdHeader: boolean;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isObject ? (value as Json) : {};
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the operation sends the extension client id header. */
function usesClientId(operation: Json, globalSecurity: unknown): boolean {
  const security = operation.security ?? globalSecurity;
  const alternatives = Array.isArray(security) ? security : [];
  if (alternatives.some((alternative) => 'clientId' in record(alternative))) return true;

  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  return parameters.some((parameter) => {
    const p = record(parameter);
    const name = typeof p.name === 'string' ? p.name.toLowerCase() : '';
    return p.in === 'header' && name === 'x-chaster-client-id';
  });
}

/**
 * Lists the document's operations, sorted by path then method.
 *
 * @throws Error when an operation has no operationId, since the SDK addresses operations by it.
 */
export function operationRows(document: unknown): OperationRow[] {
  const doc = record(document);
  const rows: OperationRow[] = [];

  for (const [path, item] of Object.entries(record(doc.paths))) {
    for (const method of HTTP_METHODS) {
      const value = record(item)[method];
      if (value === undefined) continue;

      const operation = record(value);
      if (typeof operation.operationId !== 'string') {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      }

      rows.push({
        operationId: operation.operationId,
        method,
        path,
        tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
        deprecated: operation.deprecated === true,
        source: operation['x-chaster-source'] === 'docs' ? 'docs' : 'document',
        clientIdHeader: usesClientId(operation, doc.security),
      });
    }
  }

  return rows.sort(
    (a, b) => compareCodeUnits(a.path, b.path) || compareCodeUnits(a.method, b.method),
  );
}

const PREAMBLE = `/** One operation of the Chaster API, as described by the effective document. */
export interface OperationInfo {
  /** The document's operationId, the key of \`operations\` in \`chaster.ts\`. */
  readonly operationId: string;
  /** Lower-case HTTP method. */
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  /** Path template, e.g. \`/locks/{lockId}\`. */
  readonly path: string;
  /** The document's tags for the operation. */
  readonly tags: readonly string[];
  /** Whether the document marks the operation deprecated. */
  readonly deprecated: boolean;
  /** \`docs\` when the operation comes from Chaster's documentation through an overlay. */
  readonly source: 'document' | 'docs';
  /** Whether the operation needs the \`X-Chaster-Client-Id\` header. */
  readonly clientIdHeader: boolean;
}

/** Every operation, sorted by path then method. */
export const operationTable = [
`;

const POSTAMBLE = `] as const satisfies readonly OperationInfo[];

/** Union of every operationId. */
export type OperationId = (typeof operationTable)[number]['operationId'];

/** The table's rows keyed by operationId. */
export type OperationsById = {
  [Row in (typeof operationTable)[number] as Row['operationId']]: Row;
};
`;

/** Renders the table as the body of `generated/operations.ts` (header not included). */
export function renderOperationTable(rows: OperationRow[]): string {
  const entries = rows.map((row) =>
    [
      '  {',
      `    operationId: ${JSON.stringify(row.operationId)},`,
      `    method: ${JSON.stringify(row.method)},`,
      `    path: ${JSON.stringify(row.path)},`,
      `    tags: [${row.tags.map((tag) => JSON.stringify(tag)).join(', ')}],`,
      `    deprecated: ${row.deprecated},`,
      `    source: ${JSON.stringify(row.source)},`,
      `    clientIdHeader: ${row.clientIdHeader},`,
      '  },',
    ].join('\n'),
  );

  return `${PREAMBLE}${entries.join('\n')}\n${POSTAMBLE}`;
}

/**
 * Renders `generated/client-id-operations.ts`: the few operations that need the
 * `X-Chaster-Client-Id` header, as `METHOD /path/template`. The client ships this list instead of
 * the whole operation table, which would triple its bundle.
 */
export function renderClientIdOperations(rows: OperationRow[]): string {
  const keys = rows
    .filter((row) => row.clientIdHeader)
    .map((row) => `  ${JSON.stringify(`${row.method.toUpperCase()} ${row.path}`)},`);

  return [
    '/** Operations that need `X-Chaster-Client-Id`, as `METHOD /path/template`. */',
    'export const clientIdOperations: readonly string[] = [',
    ...keys,
    '];',
    '',
  ].join('\n');
}
