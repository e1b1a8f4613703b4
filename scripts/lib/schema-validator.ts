import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

/**
 * One way a value failed its schema: where (a JSON Pointer into the value, `/` for the root)
 * and what ajv said about it.
 */
export interface SchemaIssue {
  /** JSON Pointer to the offending part of the value, `/` for the value itself. */
  path: string;
  /** ajv's message, for example `must have required property 'role'`. */
  message: string;
}

/** The outcome of one validation: `valid` is true exactly when `issues` is empty. */
export interface SchemaCheck {
  /** Whether the value matched the schema. */
  valid: boolean;
  /** Every mismatch found (ajv runs with `allErrors`), in ajv's order. */
  issues: SchemaIssue[];
}

/** A compiled validator for one schema. Calling it never throws for a bad value. */
export type SchemaCheckFunction = (value: unknown) => SchemaCheck;

/** Which way a body travels: it decides whether `readOnly` or `writeOnly` fields may be absent. */
export type BodyDirection = 'request' | 'response';

/** Identifies a documented response body by its operation, status and media type. */
export interface ResponseBodyKey {
  /** HTTP method, any case. */
  method: string;
  /** Path template exactly as the document spells it, for example `/locks/{lockId}`. */
  path: string;
  /** Status code; falls back to the document's `2XX`-style range and then to `default`. */
  status: number | string;
  /** Media type; parameters such as `charset` are ignored. @default 'application/json' */
  contentType?: string;
}

/** Builds and caches validators for the bodies and component schemas of one OpenAPI document. */
export interface SchemaValidator {
  /**
   * The validator for a response body, or `undefined` when the document gives that response no
   * body for the media type (a 204, for example). Throws when the operation or status is not
   * documented at all, so a typo in a key cannot pass as "no body".
   */
  forResponse(key: ResponseBodyKey): SchemaCheckFunction | undefined;
  /** The validator for a request body, or `undefined` when the operation takes none. */
  forRequest(method: string, path: string, contentType?: string): SchemaCheckFunction | undefined;
  /** The validator for `#/components/schemas/<name>`; throws when there is no such schema. */
  forComponent(name: string, direction?: BodyDirection): SchemaCheckFunction;
}

type JsonObject = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

// OpenAPI 3.0 keywords that are annotations or tooling hints, not JSON Schema assertions.
const DROPPED_KEYWORDS = new Set([
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
  'nullable',
  'readOnly',
  'writeOnly',
]);

const LITERAL_KEYWORDS = new Set(['default', 'enum', 'const', 'required']);

const EXCLUSIVE_BOUNDS = [
  ['exclusiveMinimum', 'minimum'],
  ['exclusiveMaximum', 'maximum'],
] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function componentId(name: string, direction: BodyDirection): string {
  return `urn:chaster-sdk:${direction}:${encodeURIComponent(name)}`;
}

function requiredAfterDirection(schema: JsonObject, direction: BodyDirection): unknown {
  const properties = schema.properties;

  if (!Array.isArray(schema.required) || !isObject(properties)) return schema.required;

  // A readOnly field is never sent by a client and a writeOnly one never comes back, so
  // neither can be demanded in that direction even when the document lists it as required.
  const skipped = direction === 'request' ? 'readOnly' : 'writeOnly';

  return schema.required.filter((name) => {
    const property = typeof name === 'string' ? properties[name] : undefined;
    return !(isObject(property) && property[skipped] === true);
  });
}

function convertKeyword(key: string, value: unknown, direction: BodyDirection): unknown {
  if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_PREFIX)) {
    return componentId(value.slice(COMPONENT_PREFIX.length), direction);
  }

  if (key === 'properties' && isObject(value)) {
    const properties: JsonObject = {};
    for (const [name, property] of Object.entries(value)) {
      properties[name] = toJsonSchema(property, direction);
    }
    return properties;
  }

  // Values, not schemas: an example object inside them must reach ajv untouched.
  if (LITERAL_KEYWORDS.has(key)) return value;

  if (Array.isArray(value)) return value.map((item) => toJsonSchema(item, direction));

  return isObject(value) ? toJsonSchema(value, direction) : value;
}

/**
 * Rewrites one OpenAPI 3.0 schema as a JSON Schema (draft-07) that ajv understands: `nullable`
 * becomes a `null` alternative, component references point at registered ids, OpenAPI-only
 * keywords and `x-` extensions go, `format: binary` is dropped, and boolean
 * `exclusiveMinimum`/`exclusiveMaximum` take their number from `minimum`/`maximum`.
 */
export function toJsonSchema(schema: unknown, direction: BodyDirection = 'response'): unknown {
  if (!isObject(schema)) return schema;

  // OpenAPI 3.0 ignores the siblings of a $ref; only nullable is honoured, as tools do.
  if (typeof schema.$ref === 'string') {
    const reference = { $ref: convertKeyword('$ref', schema.$ref, direction) };
    return schema.nullable === true ? { anyOf: [reference, { type: 'null' }] } : reference;
  }

  const converted: JsonObject = {};

  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (key === 'format' && value === 'binary') continue;
    converted[key] = convertKeyword(key, value, direction);
  }

  if ('required' in converted) converted.required = requiredAfterDirection(schema, direction);

  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; draft-07 wants
  // the number itself in exclusiveMinimum/exclusiveMaximum.
  for (const [flag, bound] of EXCLUSIVE_BOUNDS) {
    if (typeof converted[flag] !== 'boolean') continue;

    if (converted[flag] === true && typeof converted[bound] === 'number') {
      converted[flag] = converted[bound];
      delete converted[bound];
    } else {
      delete converted[flag];
    }
  }

  return schema.nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

function toIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  return (errors ?? []).map((error) => ({
    path: error.instancePath === '' ? '/' : error.instancePath,
    message: error.message ?? error.keyword,
  }));
}

/** Renders issues one per line as `<path>: <message>`, for assertion and log messages. */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

function resolveLocal(document: JsonObject, node: unknown): unknown {
  // Response and request-body objects may themselves be $refs into components.
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 16; hops++) {
    const pointer: string = current.$ref;
    if (!pointer.startsWith('#/')) return undefined;

    current = pointer
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((parent, part) => (isObject(parent) ? parent[part] : undefined), document);
  }
  return current;
}

function findOperation(document: JsonObject, method: string, path: string): JsonObject {
  const paths = isObject(document.paths) ? document.paths : {};
  const pathItem = paths[path];
  const operation = isObject(pathItem) ? pathItem[method.toLowerCase()] : undefined;

  if (!isObject(operation)) {
    throw new Error(`The document has no operation ${method.toUpperCase()} ${path}`);
  }
  return operation;
}

function findResponse(document: JsonObject, operation: JsonObject, status: string): JsonObject {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const candidates = [status, `${status.charAt(0)}XX`, 'default'];
  const found = candidates.map((key) => responses[key]).find((response) => response !== undefined);
  const response = resolveLocal(document, found);

  if (!isObject(response)) {
    throw new Error(`The operation ${String(operation.operationId)} has no ${status} response`);
  }
  return response;
}

function mediaSchema(content: unknown, contentType: string): unknown {
  if (!isObject(content)) return undefined;

  const baseType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const media = content[baseType] ?? content[`${baseType.split('/')[0]}/*`] ?? content['*/*'];
  return isObject(media) ? media.schema : undefined;
}

/**
 * Builds a validator factory over an OpenAPI 3.0 document. Component schemas are converted and
 * registered once per direction on first use; each compiled validator is cached by its key, so
 * asking twice for the same body costs a map lookup.
 *
 * @example
 * const validator = createSchemaValidator(document);
 * const check = validator.forResponse({ method: 'GET', path: '/locks/{lockId}', status: 200 });
 * if (check && !check(body).valid) console.error(formatIssues(check(body).issues));
 */
export function createSchemaValidator(document: unknown): SchemaValidator {
  if (!isObject(document)) throw new TypeError('An OpenAPI document must be an object');

  const ajv = new Ajv({ strict: false, allErrors: true });
  formatsModule.default(ajv);

  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const registered = new Set<BodyDirection>();
  const cache = new Map<string, SchemaCheckFunction>();

  function register(direction: BodyDirection): void {
    if (registered.has(direction)) return;
    for (const [name, schema] of Object.entries(schemas)) {
      const converted = toJsonSchema(schema, direction);
      ajv.addSchema(isObject(converted) ? converted : {}, componentId(name, direction));
    }
    registered.add(direction);
  }

  function compile(key: string, schema: unknown, direction: BodyDirection): SchemaCheckFunction {
    const cached = cache.get(key);
    if (cached) return cached;

    register(direction);

    const converted = toJsonSchema(schema, direction);
    const validate: ValidateFunction = ajv.compile(isObject(converted) ? converted : {});
    const check: SchemaCheckFunction = (value) => {
      const valid = validate(value);
      return { valid, issues: valid ? [] : toIssues(validate.errors) };
    };

    cache.set(key, check);
    return check;
  }

  return {
    forResponse({ method, path, status, contentType = 'application/json' }) {
      const operation = findOperation(document, method, path);
      const response = findResponse(document, operation, String(status));
      const schema = mediaSchema(response.content, contentType);

      const key = `response ${method.toUpperCase()} ${path} ${String(status)} ${contentType}`;
      return schema === undefined ? undefined : compile(key, schema, 'response');
    },

    forRequest(method, path, contentType = 'application/json') {
      const operation = findOperation(document, method, path);
      const body = resolveLocal(document, operation.requestBody);
      const schema = isObject(body) ? mediaSchema(body.content, contentType) : undefined;

      const key = `request ${method.toUpperCase()} ${path} ${contentType}`;
      return schema === undefined ? undefined : compile(key, schema, 'request');
    },

    forComponent(name, direction = 'response') {
      if (!(name in schemas)) throw new Error(`The document has no component schema ${name}`);

      const reference = { $ref: COMPONENT_PREFIX + name };
      return compile(`component ${direction} ${name}`, reference, direction);
    },
  };
}
