import { toNamedBlob, type FileInput } from '../files.js';

/**
 * Turns a {@link FileInput} into a `File`, so that its name travels inside the request body and
 * survives until the multipart body is built. Chaster reads the name's extension.
 *
 * @example
 * ```ts
 * const file = toNamedFile({ data: bytes, filename: 'code.png' }); // File named code.png
 * ```
 */
export function toNamedFile(input: FileInput): File {
  if (input instanceof File) return input;

  const { blob, filename } = toNamedBlob(input);
  return new File([blob], filename ?? 'file', { type: blob.type });
}

/** A multipart field's value: a file, a list of files, or a plain value sent as text. */
type MultipartValue = Blob | readonly Blob[] | string | number | boolean | undefined;

/**
 * Builds the multipart body of an upload from its typed fields: files keep their names, lists
 * become one part per element under the same field name (as Chaster's upload handlers expect),
 * flags and numbers are sent as text, and absent fields are left out.
 *
 * @example
 * ```ts
 * const form = toMultipart({ files: [photo], type: 'messaging' });
 * ```
 */
export function toMultipart(fields: Readonly<Record<string, MultipartValue>>): FormData {
  const form = new FormData();

  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;

    const parts: readonly (Blob | string | number | boolean)[] = isList(value) ? value : [value];
    for (const part of parts) appendPart(form, name, part);
  }
  return form;
}

function isList(value: MultipartValue): value is readonly Blob[] {
  return Array.isArray(value);
}

function appendPart(form: FormData, name: string, value: Blob | string | number | boolean): void {
  if (value instanceof File) form.append(name, value, value.name);
  else if (value instanceof Blob) form.append(name, value, 'file');
  else form.append(name, String(value));
}
