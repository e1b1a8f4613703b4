/**
 * The pull step: fetch a document, check it, write it in canonical form with its meta file,
 * and report what changed against the previous copy.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

import { writeFileAtomic } from './atomic-write.js';
import { canonicalJson } from './canonical-json.js';
import { formatSpecDiff, diffSpecs } from './spec-diff.js';
import { isUrl, readSpecSource } from './spec-source.js';

/** Provenance written beside the committed document. */
export interface SpecMeta {
  /** `info.version` of the document. */
  documentVersion: string;
  /** sha256 (hex) of the exact canonical bytes of the document file. */
  sha256: string;
  /** The URL pulled from, or a short label for a file. */
  source: string;
}

/** What {@link pullSpec} did. */
export interface PullResult {
  /** The meta written. */
  meta: SpecMeta;
  /** Change report against the previous file, or a line saying there was none. */
  report: string;
}

/** The meta file that belongs to a document file: `x.json` -> `x.meta.json`. */
export function metaPathFor(documentPath: string): string {
  return join(dirname(documentPath), `${basename(documentPath, '.json')}.meta.json`);
}

/** sha256 (hex) of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The `source` recorded in the meta file. URLs are kept as given; for a file only its last two
 * path segments and the version are kept, so no machine-specific absolute path is committed.
 */
export function sourceLabel(source: string, version: string): string {
  if (isUrl(source)) return source;

  const segments = resolve(source).split(/[\\/]/).filter((part) => part !== '');
  return `${segments.slice(-2).join('/')} snapshot ${version}`;
}

/**
 * Pulls `source` into `outPath` (and its meta file). Nothing is written when the source is
 * rejected.
 *
 * @throws SpecRejectedError with a one-line reason.
 */
export async function pullSpec(
  source: string,
  outPath: string,
  timeoutMs: number,
): Promise<PullResult> {
  const fetched = await readSpecSource(source, timeoutMs);
  const text = canonicalJson(fetched.document);
  const previous = await readPrevious(outPath);

  const meta: SpecMeta = {
    documentVersion: fetched.version,
    sha256: sha256Hex(text),
    source: sourceLabel(source, fetched.version),
  };

  await writeFileAtomic(outPath, text);
  await writeFileAtomic(metaPathFor(outPath), canonicalJson(meta));

  const report = previous === undefined
    ? 'No previous document: nothing to compare.\n'
    : formatSpecDiff(diffSpecs(previous, fetched.document));

  return { meta, report };
}

async function readPrevious(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    // A missing or unreadable previous copy only means there is nothing to compare against.
    return undefined;
  }
}
