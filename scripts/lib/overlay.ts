/**
 * OpenAPI Overlay 1.0 engine: loads overlay files and applies them to a document.
 *
 * Targets are resolved with jsonpath-rfc9535. A target that selects nothing is an error rather
 * than a silent no-op, because an overlay that no longer matches the document means the upstream
 * document changed and the patch needs a human decision.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

import { paths as selectPaths } from 'jsonpath-rfc9535';
import type { JsonValue } from 'jsonpath-rfc9535';

import { parseNormalizedPath } from './normalized-path.js';
import type { PathKey } from './normalized-path.js';
import { validateOverlayDocument } from './overlay-shape.js';
import type { OverlayAction, OverlayDocument } from './overlay-shape.js';
import { OVERLAYS_DIR, REPO_ROOT } from './repo-root.js';

export { InvalidOverlayError } from './overlay-shape.js';
export type { OverlayAction, OverlayDocument } from './overlay-shape.js';

/** An overlay file read from disk. */
export interface LoadedOverlay {
  /** Repository-relative file name, e.g. `openapi/overlays/10-x.json`. */
  file: string;
  /** The validated overlay document. */
  document: OverlayDocument;
  /** The exact file text, used for hashing. */
  text: string;
}

/** An overlay action whose target selects nothing in the document it is applied to. */
export class StaleOverlayError extends Error {
  /** Repository-relative file name of the overlay. */
  readonly file: string;
  /** The JSONPath that matched nothing. */
  readonly target: string;
  /** The action's description: why the overlay exists. */
  readonly reason: string;

  /** Builds the error; the message names the file, the target and the reason. */
  constructor(file: string, target: string, reason: string) {
    super(`${file}: overlay target ${target} matches nothing (${reason})`);
    this.name = 'StaleOverlayError';
    this.file = file;
    this.target = target;
    this.reason = reason;
  }
}

/** Options for {@link loadOverlays}. */
export interface LoadOverlaysOptions {
  /**
   * Folder that file names are made relative to.
   * @default the folder two levels above `dir` (the root holding `openapi/overlays`)
   */
  root?: string;
}

/**
 * Reads every `*.json` overlay in a folder, sorted by file name, and validates each.
 * A missing folder gives an empty list.
 *
 * @param dir folder of overlays; defaults to the repository's `openapi/overlays`.
 * @example const overlays = await loadOverlays();
 */
export async function loadOverlays(
  dir: string = join(REPO_ROOT, OVERLAYS_DIR),
  options: LoadOverlaysOptions = {},
): Promise<LoadedOverlay[]> {
  const folder = resolve(dir);
  const root = resolve(options.root ?? join(folder, '..', '..'));
  const names = await listJsonFiles(folder);
  const overlays: LoadedOverlay[] = [];

  for (const name of names) {
    const path = join(folder, name);
    const file = relative(root, path).split(sep).join('/');
    const text = await readFile(path, 'utf8');

    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${file}: invalid overlay: not JSON (${message})`, { cause: error });
    }

    overlays.push({ file, document: validateOverlayDocument(parsed, file), text });
  }

  return overlays;
}

async function listJsonFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
    return names.sort(compareCodeUnits);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Applies one overlay's actions in order to a copy of `doc`; `doc` itself is not changed.
 *
 * @throws StaleOverlayError when an action's target selects nothing.
 */
export function applyOverlay(doc: unknown, overlay: LoadedOverlay): unknown {
  const holder: { root: unknown } = { root: structuredClone(doc) };

  for (const action of overlay.document.actions) {
    applyAction(holder, action, overlay.file);
  }

  return holder.root;
}

/** Applies overlays one after another; `doc` itself is not changed. */
export function applyOverlays(doc: unknown, overlays: LoadedOverlay[]): unknown {
  return overlays.reduce<unknown>((current, overlay) => applyOverlay(current, overlay), doc);
}

/**
 * A sha256 (hex) over the overlays' base file names and texts, in order, so that renaming,
 * reordering or editing any overlay changes it while the folder's location does not.
 */
export function overlaysHash(overlays: LoadedOverlay[]): string {
  const hash = createHash('sha256');

  for (const overlay of overlays) {
    hash.update(`${basename(overlay.file)}\n${overlay.text.length}\n`);
    hash.update(overlay.text);
    hash.update('\n');
  }

  return hash.digest('hex');
}

function applyAction(holder: { root: unknown }, action: OverlayAction, file: string): void {
  let selected: string[];
  try {
    selected = selectPaths(holder.root as JsonValue, action.target);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: bad overlay target ${action.target}: ${message}`, { cause: error });
  }

  if (selected.length === 0) throw new StaleOverlayError(file, action.target, action.description);

  // Descendants and higher array indices come first, so a removal never shifts a later one.
  const keyLists = selected.map(parseNormalizedPath).sort(compareKeyListsDescending);

  for (const keys of keyLists) {
    if (action.remove === true) removeAt(holder, keys, file, action.target);
    else updateAt(holder, keys, action.update);
  }
}

function compareKeyListsDescending(a: PathKey[], b: PathKey[]): number {
  const length = Math.min(a.length, b.length);

  for (let index = 0; index < length; index += 1) {
    const left = a[index] as PathKey;
    const right = b[index] as PathKey;
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return right - left;
    return compareCodeUnits(String(right), String(left));
  }

  return b.length < a.length ? -1 : a.length < b.length ? 1 : 0;
}

function removeAt(holder: { root: unknown }, keys: PathKey[], file: string, target: string): void {
  if (keys.length === 0) throw new Error(`${file}: overlay target ${target} removes the root`);

  const parent = walk(holder.root, keys.slice(0, -1));
  const last = keys[keys.length - 1] as PathKey;

  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isPlainObject(parent)) delete parent[String(last)];
}

function updateAt(holder: { root: unknown }, keys: PathKey[], update: unknown): void {
  if (keys.length === 0) {
    holder.root = mergeValue(holder.root, update);
    return;
  }

  const parent = walk(holder.root, keys.slice(0, -1));
  const last = keys[keys.length - 1] as PathKey;

  if (Array.isArray(parent) && typeof last === 'number') {
    parent[last] = mergeValue(parent[last], update);
  } else if (isPlainObject(parent)) {
    parent[String(last)] = mergeValue(parent[String(last)], update);
  }
}

function walk(root: unknown, keys: PathKey[]): unknown {
  let node = root;

  for (const key of keys) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isPlainObject(node)) node = node[String(key)];
    else return undefined;
  }

  return node;
}

/**
 * The Overlay 1.0 merge: objects merge member by member, an update applied to an array is
 * appended (an array update contributes its items, anything else is one new item), and any
 * other combination replaces the target with the update.
 */
function mergeValue(target: unknown, update: unknown): unknown {
  if (Array.isArray(target)) {
    const added = Array.isArray(update) ? update : [update];
    return [...target, ...structuredClone(added)];
  }

  if (isPlainObject(target) && isPlainObject(update)) {
    const merged: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(update)) {
      const present = Object.hasOwn(target, key);
      merged[key] = present ? mergeMember(target[key], value) : structuredClone(value);
    }
    return merged;
  }

  return structuredClone(update);
}

/** Inside an object merge, arrays append only when both sides are arrays. */
function mergeMember(target: unknown, update: unknown): unknown {
  if (Array.isArray(target) && !Array.isArray(update)) return structuredClone(update);
  return mergeValue(target, update);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
