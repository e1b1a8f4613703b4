/**
 * Serialises an engine response once, for both adapters, and applies the delivery faults:
 * a malformed body is a 200 with its JSON cut in half; a dropped one says how many bytes get
 * through before the connection breaks.
 */
import type { MockResponse } from '../engine/dispatch.js';

/** A response ready for the wire. */
export interface EncodedResponse {
  status: number;
  headers: Record<string, string>;
  /** The body: JSON text (UTF-8 on the wire) or raw bytes; `undefined` when there is none. */
  body: string | Uint8Array | undefined;
  /** When set, only this many body bytes are sent before the connection breaks. */
  dropAfterBytes?: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A reply whose body is bytes (a picture) goes out as it is, with the media type its handler
 * set. Delivery faults only cut JSON, so they leave it alone.
 */
function encodeBytes(response: MockResponse, bytes: Uint8Array): EncodedResponse {
  const headers = response.headers;
  headers['content-type'] ??= 'application/octet-stream';
  headers['content-length'] = String(bytes.byteLength);
  return { status: response.status, headers, body: bytes };
}

/**
 * Encodes a response. When it has a body, `content-type` and `content-length` are added to the
 * response's own header object (the engine makes a fresh one per response).
 */
export function encodeResponse(response: MockResponse): EncodedResponse {
  if (response.body instanceof Uint8Array) return encodeBytes(response, response.body);

  const { delivery } = response;
  let status = response.status;
  let text = response.body === undefined ? undefined : JSON.stringify(response.body);

  if (delivery?.kind === 'malformed') {
    const whole = text ?? '{"statusCode":200}';
    status = 200;
    text = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
  }

  const headers = response.headers;
  const encoded: EncodedResponse = { status, headers, body: text };
  if (text === undefined) return encoded;

  const size = Buffer.byteLength(text, 'utf8');
  headers['content-type'] = JSON_TYPE;
  headers['content-length'] = String(size);

  if (delivery?.kind === 'drop') {
    // Never send the whole body: a drop after the last byte would look like a success.
    encoded.dropAfterBytes = Math.min(delivery.afterBytes, Math.max(0, size - 1));
  }
  return encoded;
}
