import { describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator } from '../../scripts/lib/schema-validator.js';

type Node = Record<string, unknown>;

const { document, effective } = await loadEffectiveDocument();
const withOverlays = createSchemaValidator(effective);
const bare = createSchemaValidator(document);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemasOf(root: unknown): Node {
  const components = isNode(root) ? root.components : undefined;
  return isNode(components) && isNode(components.schemas) ? components.schemas : {};
}

function referencedNames(node: unknown): string[] {
  const names: string[] = [];
  JSON.stringify(node, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string') names.push(value.split('/').pop() ?? '');
    return value;
  });
  return names;
}

/** Component schemas a response body can reach, following references. */
function schemasInResponses(root: unknown): Set<string> {
  const schemas = schemasOf(root);
  const paths = isNode(root) && isNode(root.paths) ? Object.values(root.paths) : [];
  const operations = paths.flatMap((item) => (isNode(item) ? Object.values(item) : []));
  const pending = operations.flatMap((op) => (isNode(op) ? referencedNames(op.responses) : []));
  const reached = new Set<string>();

  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...referencedNames(schemas[name]));
  }
  return reached;
}

/** JSON paths of `enum` keywords with more than one value inside a schema. */
function closedEnums(node: unknown, where: string): string[] {
  if (!isNode(node)) return [];

  const own = Array.isArray(node.enum) && node.enum.length > 1 ? [where] : [];
  const nested = Object.entries(node).flatMap(([key, child]) =>
    Array.isArray(child)
      ? child.flatMap((item, index) => closedEnums(item, `${where}.${key}[${index}]`))
      : closedEnums(child, `${where}.${key}`),
  );
  return [...own, ...nested];
}

describe('open enums', () => {
  it('moves the values of an opened enum to x-chaster-known-values, keeping type string', () => {
    const opened = schemasOf(effective).FeatureSwitchEnum as Node;
    const original = schemasOf(document).FeatureSwitchEnum as Node;

    expect(opened.enum).toBeUndefined();
    expect(opened.type).toBe('string');
    expect(opened['x-chaster-known-values']).toEqual(original.enum);
  });

  it('accepts a feature switch the document does not know yet', () => {
    const check = withOverlays.forComponent('FeatureSwitchEnum');

    expect(check('require_plus_for_findoms').valid).toBe(true);
    expect(check('a_switch_added_next_year').valid).toBe(true);
    expect(check(42).valid).toBe(false);
  });

  it('shows the bare document rejecting that unknown switch', () => {
    const result = bare.forComponent('FeatureSwitchEnum')('a_switch_added_next_year');

    expect(result.issues).toEqual([
      { path: '/', message: 'must be equal to one of the allowed values' },
    ]);
  });

  it('still rejects a bogus value for an enum only sent in requests', () => {
    const check = withOverlays.forComponent('GetSessionsDtoStatus', 'request');

    expect(check('locked').valid).toBe(true);
    expect(check('bogus').valid).toBe(false);
  });

  it('leaves no enum of two or more values closed in anything a response can carry', () => {
    const schemas = schemasOf(effective);
    const reachable = [...schemasInResponses(effective)].sort();

    const stillClosed = reachable.flatMap((name) => closedEnums(schemas[name], name));

    expect(reachable.length).toBeGreaterThan(100);
    expect(stillClosed).toEqual([]);
  });

  it('keeps single-value action names closed, since they tell union members apart', () => {
    const schemas = schemasOf(effective);

    expect(nameEnum(schemas, 'AddTimeLockActionModel')).toEqual(['add_time']);
    expect(nameEnum(schemas, 'SetDisplayRemainingTimeLockActionModel')).toEqual([
      'set_display_remaining_time',
    ]);
  });
});

function nameEnum(schemas: Node, name: string): unknown {
  const schema = schemas[name];
  const properties = isNode(schema) && isNode(schema.properties) ? schema.properties : {};
  const nameProperty = properties.name;
  return isNode(nameProperty) ? nameProperty.enum : undefined;
}
