import { ChasterUsageError } from '../errors/index.js';

/**
 * A file to upload: a `Blob` (or `File`) as is, or raw bytes with a file name. Chaster reads the
 * name's extension and the content type to accept or refuse the picture.
 *
 * @example
 * ```ts
 * const input: FileInput = { data: await readFile('cage.jpg'), filename: 'cage.jpg' };
 * ```
 */
export type FileInput = Blob | { data: Uint8Array; filename: string; contentType?: string };

/** A file ready for `FormData`: the blob and the name to send with it. */
export interface NamedBlob {
  /** The file's content. */
  readonly blob: Blob;

  /** The file name sent in the multipart part, when one is known. */
  readonly filename: string | undefined;
}

const CONTENT_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
};

/**
 * Turns a {@link FileInput} into a `Blob`. Raw bytes get the content type given, else one guessed
 * from the file name's extension, else `application/octet-stream`.
 *
 * @throws {ChasterUsageError} when the input is neither a Blob nor `{ data, filename }`.
 * @example
 * ```ts
 * const blob = toBlob({ data: bytes, filename: 'proof.png' }); // type image/png
 * ```
 */
export function toBlob(input: FileInput): Blob {
  return toNamedBlob(input).blob;
}

/**
 * Like {@link toBlob}, but keeps the file name, which `FormData.append` needs as its third
 * argument for a plain `Blob`.
 *
 * @throws {ChasterUsageError} when the input is neither a Blob nor `{ data, filename }`.
 * @example
 * ```ts
 * const { blob, filename } = toNamedBlob(input);
 * form.append('file', blob, filename ?? 'file');
 * ```
 */
export function toNamedBlob(input: FileInput): NamedBlob {
  if (input instanceof Blob) {
    const filename = 'name' in input && typeof input.name === 'string' ? input.name : undefined;
    return { blob: input, filename };
  }

  if (!isBytesInput(input)) {
    throw new ChasterUsageError(
      'A file must be a Blob or { data: Uint8Array, filename: string }',
    );
  }

  const contentType = input.contentType ?? guessContentType(input.filename);
  // Copying into a fresh ArrayBuffer keeps the Blob independent of a caller's shared buffer.
  const bytes = new Uint8Array(input.data.byteLength);
  bytes.set(input.data);
  return { blob: new Blob([bytes], { type: contentType }), filename: input.filename };
}

/**
 * Builds the multipart body for an upload: one part named `field` holding the file.
 *
 * @example
 * ```ts
 * const body = toFormData(file, 'file');
 * ```
 */
export function toFormData(input: FileInput, field: string): FormData {
  const { blob, filename } = toNamedBlob(input);

  const form = new FormData();
  form.append(field, blob, filename ?? 'file');
  return form;
}

function isBytesInput(value: unknown): value is { data: Uint8Array; filename: string } {
  if (typeof value !== 'object' || value === null) return false;

  const candidate = value as { data?: unknown; filename?: unknown };
  return candidate.data instanceof Uint8Array && typeof candidate.filename === 'string'
    && candidate.filename.length > 0;
}

function guessContentType(filename: string): string {
  const extension = filename.split('.').pop()?.toLowerCase() ?? '';
  return CONTENT_TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
}
