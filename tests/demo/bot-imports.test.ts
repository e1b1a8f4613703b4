import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

import { REPO } from './run-demo.js';

const DEMO = join(REPO, 'scripts', 'demo');

/** The module specifiers a file imports or re-exports, static or dynamic. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

  for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** Every file of `scripts/demo` the bot reaches through relative imports, with what it imports. */
function botGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = ['keyholder-bot.ts'];

  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) continue;
    const specifiers = specifiersOf(readFileSync(join(DEMO, file), 'utf8'));
    graph.set(file, specifiers);

    for (const specifier of specifiers.filter((name) => name.startsWith('./'))) {
      pending.push(normalize(specifier.replace(/\.js$/, '.ts')));
    }
  }
  return graph;
}

describe('the keyholder bot\'s imports', () => {
  it('reach the SDK only through its public entry, never the fake', () => {
    const graph = botGraph();
    const outside = [...graph.values()].flat().filter((name) => !name.startsWith('./'));

    expect(graph.has('keyholder-bot.ts')).toBe(true);
    expect(graph.has('wearer-turn.ts')).toBe(true);
    expect(new Set(outside)).toEqual(new Set(['../../src/index.js']));
  });

  it('leave the target selection, which builds the fake, out of the bot', () => {
    const graph = botGraph();
    const mentionsMock = [...graph].filter(([, names]) => names.some((name) => /mock/.test(name)));

    expect(graph.has('target.ts')).toBe(false);
    expect(mentionsMock).toEqual([]);
    expect(readFileSync(join(DEMO, 'keyholder-bot.ts'), 'utf8')).not.toMatch(/src\/mock/);
  });
});
