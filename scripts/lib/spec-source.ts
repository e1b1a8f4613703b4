/**
 * Reads an OpenAPI document from a URL or a file and refuses anything that is not one.
 */
import { readFile } from 'node:fs/promises';

/** Why a source was refused, as one short line. */
export class SpecRejectedError extends Error {
  /** Builds the error from a one-line reason. */
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'SpecRejectedError';
  }
}

/** A document that passed the checks, with the text it was parsed from. */
export interface FetchedSpec {
  /** The parsed OpenAPI document. */
  document: Record<string, unknown> & { info: { version: string } };
  /** `info.version` of the document. */
  version: string;
}

/** True when `source` should be fetched over HTTP rather than read from disk. */
export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * Loads and checks a document from an http(s) URL or a file path.
 *
 * @param timeoutMs limit for the whole HTTP exchange, body included.
 * @throws SpecRejectedError with a one-line reason.
 */
export async function readSpecSource(source: string, timeoutMs: number): Promise<FetchedSpec> {
  const text = isUrl(source) ? await fetchText(source, timeoutMs) : await readText(source);

  return checkOpenApiText(text);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    const reason = code === 'ENOENT' ? 'file not found' : `cannot read file (${code})`;
    throw new SpecRejectedError(reason, { cause: error });
  }
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);

  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      throw new SpecRejectedError(`HTTP ${response.status} ${response.statusText}`.trim());
    }

    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/html')) throw new SpecRejectedError('HTML page instead of JSON');

    return text;
  } catch (error) {
    if (error instanceof SpecRejectedError) throw error;
    if (signal.aborted) throw new SpecRejectedError(`timed out after ${timeoutMs} ms`);
    throw new SpecRejectedError(`request failed (${networkReason(error)})`, { cause: error });
  }
}

/** The most specific code or message in a fetch failure's cause chain. */
function networkReason(error: unknown): string {
  let current: unknown = error;
  let reason = 'unknown error';

  while (current instanceof Error) {
    const code = (current as NodeJS.ErrnoException).code;
    reason = typeof code === 'string' ? code : current.message;
    current = current.cause;
  }

  return reason.replace(/\s+/g, ' ');
}

/**
 * Parses text and checks it is an OpenAPI 3.x document with `info.version` and `paths`.
 *
 * @throws SpecRejectedError naming the first problem.
 */
export function checkOpenApiText(text: string): FetchedSpec {
  // A byte-order mark is not JSON, but editors write one; it says nothing about the document.
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(body)) throw new SpecRejectedError('HTML page instead of JSON');

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SpecRejectedError(`invalid JSON (${message.replace(/\s+/g, ' ')})`);
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SpecRejectedError('not an OpenAPI document (not a JSON object)');
  }

  const record = parsed as Record<string, unknown>;
  if (typeof record.openapi !== 'string' || !record.openapi.startsWith('3.')) {
    throw new SpecRejectedError('not an OpenAPI 3.x document (no "openapi": "3.x")');
  }

  const info = record.info as { version?: unknown } | undefined;
  if (typeof info?.version !== 'string') {
    throw new SpecRejectedError('not an OpenAPI document (no info.version)');
  }

  const paths = record.paths;
  if (typeof paths !== 'object' || paths === null || Array.isArray(paths)) {
    throw new SpecRejectedError('not an OpenAPI document (no paths)');
  }
  if (Object.keys(paths).length === 0) {
    throw new SpecRejectedError('an OpenAPI document without any path');
  }

  return { document: record as FetchedSpec['document'], version: info.version };
}
