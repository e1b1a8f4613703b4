/**
 * Readers that turn generated files back into comparable pieces, so a drift report can name the
 * operations and schemas that differ instead of only saying "files differ".
 */

/** Operation rows of a generated `operations.ts`, keyed by operationId, as their source text. */
export function operationEntries(operationsSource: string): Map<string, string> {
  const entries = new Map<string, string>();
  const rowPattern = /\n {2}\{\n([\s\S]*?)\n {2}\},/g;

  for (const match of operationsSource.matchAll(rowPattern)) {
    const body = match[1] ?? '';
    const id = /operationId: "([^"]*)"/.exec(body)?.[1];
    if (id !== undefined) entries.set(id, body);
  }

  return entries;
}

/**
 * Component schemas of a generated `chaster.ts`, keyed by name, as their source text. The
 * openapi-typescript layout puts each schema at eight spaces inside `components.schemas`.
 */
export function schemaEntries(typesSource: string): Map<string, string> {
  const entries = new Map<string, string>();
  const lines = typesSource.split('\n');
  const isSchemasStart = (line: string, index: number): boolean =>
    line === '    schemas: {' && (lines[index - 1] ?? '').startsWith('export interface components');
  const start = lines.findIndex(isSchemasStart);
  if (start === -1) return entries;

  let current: string | undefined;
  let block: string[] = [];

  for (const line of lines.slice(start + 1)) {
    if (line === '    };') break;

    const name = /^ {8}(?:"([^"]+)"|([\w$]+))\??:/.exec(line);
    if (name !== null) {
      if (current !== undefined) entries.set(current, block.join('\n'));
      current = name[1] ?? name[2];
      block = [];
    }
    block.push(line);
  }

  if (current !== undefined) entries.set(current, block.join('\n'));
  return entries;
}

/** Keys added, removed and changed between two keyed maps of source text. */
export interface KeyedDifference {
  /** Keys only in the new map. */
  added: string[];
  /** Keys only in the old map. */
  removed: string[];
  /** Keys in both whose text differs. */
  changed: string[];
}

/** Compares two keyed maps of source text. */
export function compareEntries(
  before: Map<string, string>,
  after: Map<string, string>,
): KeyedDifference {
  const added = [...after.keys()].filter((key) => !before.has(key)).sort();
  const removed = [...before.keys()].filter((key) => !after.has(key)).sort();
  const changed = [...after.keys()]
    .filter((key) => before.has(key) && before.get(key) !== after.get(key))
    .sort();

  return { added, removed, changed };
}

/**
 * The first differing stretch of two texts: from the first line that differs, the lines of a
 * short window that only one side has, as `-`/`+` lines (at most `limit` of each). A window
 * keeps this cheap; it is a pointer for a human, not a full diff.
 */
export function firstDifferingLines(before: string, after: string, limit = 5): string[] {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');

  let head = 0;
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) {
    head += 1;
  }

  const windowSize = 40;
  const oldWindow = oldLines.slice(head, head + windowSize);
  const newWindow = newLines.slice(head, head + windowSize);
  const removed = oldWindow.filter((line) => !newWindow.includes(line)).slice(0, limit);
  const added = newWindow.filter((line) => !oldWindow.includes(line)).slice(0, limit);

  return [
    `@@ from line ${head + 1}`,
    ...removed.map((line) => `- ${line}`),
    ...added.map((line) => `+ ${line}`),
  ];
}
