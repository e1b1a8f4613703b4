/**
 * The drift gate: do `generated/` and `openapi/chaster.meta.json` still match their inputs?
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  compareEntries,
  firstDifferingLines,
  operationEntries,
  schemaEntries,
} from './drift-details.js';
import type { KeyedDifference } from './drift-details.js';
import { readHeader } from './generated-header.js';
import type { Provenance } from './generated-header.js';
import { generateOutputs } from './generate-outputs.js';
import { sha256Hex } from './pull.js';
import { GENERATED_DIR, META_FILE, REPO_ROOT, SPEC_FILE } from './repo-root.js';

/** Result of the drift gate. */
export interface DriftReport {
  /** True when nothing drifted. */
  ok: boolean;
  /** Report lines to print, problems first and the fix last. */
  lines: string[];
  /** operationIds whose rows were added, removed or changed. */
  operations: KeyedDifference;
  /** Component schema names added, removed or changed. */
  schemas: KeyedDifference;
}

const NO_DIFFERENCE: KeyedDifference = { added: [], removed: [], changed: [] };

async function readCommitted(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const names = await readdir(join(root, GENERATED_DIR)).catch(() => [] as string[]);

  for (const name of names.sort()) {
    const path = `${GENERATED_DIR}/${name}`;
    files.set(path, await readFile(join(root, path), 'utf8'));
  }

  return files;
}

async function checkMeta(root: string): Promise<string[]> {
  const documentText = await readFile(join(root, SPEC_FILE), 'utf8');
  let recorded: unknown;

  try {
    const meta = JSON.parse(await readFile(join(root, META_FILE), 'utf8')) as { sha256?: unknown };
    recorded = meta.sha256;
  } catch {
    return [`${META_FILE} is missing or not JSON.`];
  }

  const actual = sha256Hex(documentText);
  if (recorded === actual) return [];
  return [
    `${SPEC_FILE} (sha256 ${actual}) does not match ${META_FILE} (sha256 ${String(recorded)}).`,
  ];
}

function changedInputs(committed: Map<string, string>, current: Provenance): string[] {
  const headers = [...committed.values()].map(readHeader);
  const inputs = new Set<string>();

  for (const header of headers) {
    if (header === undefined) {
      inputs.add('a generated file has no readable provenance header');
      continue;
    }
    if (header.documentSha256 !== current.documentSha256) {
      const before = `${header.documentVersion} ${header.documentSha256.slice(0, 12)}`;
      const after = `${current.documentVersion} ${current.documentSha256.slice(0, 12)}`;
      inputs.add(`document (${before} -> ${after})`);
    }
    if (header.overlaysSha256 !== current.overlaysSha256) {
      const [before, after] = [header.overlaysSha256, current.overlaysSha256];
      inputs.add(`overlays (${before.slice(0, 12)} -> ${after.slice(0, 12)})`);
    }
    if (header.generator !== current.generator) {
      inputs.add(`generator version (${header.generator} -> ${current.generator})`);
    }
  }

  return [...inputs];
}

/** A generated file without its provenance header (everything after the first blank line). */
function bodyOf(contents: string | undefined): string {
  const text = contents ?? '';
  const blank = text.indexOf('\n\n');
  return blank === -1 ? text : text.slice(blank + 2);
}

function describe(kind: string, difference: KeyedDifference): string[] {
  return [
    ...difference.added.map((key) => `  ${kind} added: ${key}`),
    ...difference.removed.map((key) => `  ${kind} removed: ${key}`),
    ...difference.changed.map((key) => `  ${kind} changed: ${key}`),
  ];
}

/**
 * Regenerates in memory and compares with the committed `generated/` under `root`, byte for
 * byte, and checks the document against its meta hash.
 */
export async function checkDrift(root: string = REPO_ROOT): Promise<DriftReport> {
  const metaProblems = await checkMeta(root);
  const committed = await readCommitted(root);
  const { files: expected, provenance } = await generateOutputs(root);
  const lines: string[] = [];

  const missing = [...expected.keys()].filter((path) => !committed.has(path));
  const extra = [...committed.keys()].filter((path) => !expected.has(path));
  const differing = [...expected.keys()].filter(
    (path) => committed.has(path) && committed.get(path) !== expected.get(path),
  );
  const filesDrifted = missing.length + extra.length + differing.length > 0;

  const operations = compareEntries(
    operationEntries(committed.get(`${GENERATED_DIR}/operations.ts`) ?? ''),
    operationEntries(expected.get(`${GENERATED_DIR}/operations.ts`) ?? ''),
  );
  const schemas = compareEntries(
    schemaEntries(committed.get(`${GENERATED_DIR}/chaster.ts`) ?? ''),
    schemaEntries(expected.get(`${GENERATED_DIR}/chaster.ts`) ?? ''),
  );

  lines.push(...metaProblems);

  if (filesDrifted) {
    lines.push(`${GENERATED_DIR}/ does not match its inputs.`);
    const inputs = changedInputs(committed, provenance);
    if (inputs.length > 0) lines.push(`Changed inputs: ${inputs.join('; ')}`);
    lines.push(...missing.map((path) => `  missing file: ${path}`));
    lines.push(...extra.map((path) => `  extra file: ${path}`));
    lines.push(...differing.map((path) => `  differing file: ${path}`));
    lines.push(...describe('operation', operations), ...describe('schema', schemas));

    const bodyDiffers = (path: string): boolean =>
      bodyOf(committed.get(path)) !== bodyOf(expected.get(path));
    const first = differing.find(bodyDiffers) ?? differing[0];
    if (first !== undefined) {
      lines.push(`First differing lines of ${first} (counted after its header):`);
      const [before, after] = [bodyOf(committed.get(first)), bodyOf(expected.get(first))];
      const shown = before === after
        ? firstDifferingLines(committed.get(first) ?? '', expected.get(first) ?? '')
        : firstDifferingLines(before, after);
      lines.push(...shown);
    }
  }

  if (metaProblems.length > 0) lines.push('Fix: run npm run spec:pull (the meta hash is wrong).');
  if (filesDrifted) lines.push('Fix: run npm run generate and commit generated/');

  const ok = metaProblems.length === 0 && !filesDrifted;
  return {
    ok,
    lines,
    operations: filesDrifted ? operations : NO_DIFFERENCE,
    schemas: filesDrifted ? schemas : NO_DIFFERENCE,
  };
}
