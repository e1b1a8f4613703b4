/**
 * Turns request bytes into the body the engine sees, the way NestJS's body parsers would: JSON
 * for JSON media types, fields and file descriptions for multipart forms, an object for
 * URL-encoded forms, and the raw text otherwise.
 */
import { MultipartBody, UnparsableBody } from '../engine/types.js';
import type { ReceivedFile } from '../engine/types.js';

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

async function parseMultipart(contentType: string, bytes: Uint8Array): Promise<unknown> {
  // undici's form-data parser, reached through a Response, spares a hand-written one.
  let form: FormData;
  try {
    const carrier = new Response(new Uint8Array(bytes), {
      headers: { 'content-type': contentType },
    });
    form = await carrier.formData();
  } catch {
    return new UnparsableBody('Multipart: Boundary not found');
  }

  const fields: Record<string, string> = {};
  const files: Record<string, ReceivedFile> = {};

  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') {
      fields[name] = value;
    } else {
      files[name] = { filename: value.name, contentType: value.type, size: value.size };
    }
  }
  return new MultipartBody(fields, files);
}

/**
 * Parses a request body.
 *
 * @param contentType the `Content-Type` header, if any.
 * @param bytes the raw body; empty means no body.
 * @returns `undefined` for no body, else the parsed value (see `MockRequest.body`).
 */
export async function parseBody(
  contentType: string | undefined,
  bytes: Uint8Array,
): Promise<unknown> {
  if (bytes.byteLength === 0) return undefined;

  const media = mediaType(contentType);
  if (media === 'multipart/form-data') return parseMultipart(contentType ?? '', bytes);

  const text = new TextDecoder().decode(bytes);

  if (media === 'application/json' || media.endsWith('+json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      return new UnparsableBody(error instanceof Error ? error.message : 'Invalid JSON');
    }
  }

  if (media === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text));
  }
  return text;
}
