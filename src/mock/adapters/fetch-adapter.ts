/**
 * The in-process way in: a function with `fetch`'s signature that hands the request straight
 * to the engine. No socket is opened, so tests need no port and cannot leak connections.
 */
import type { Engine } from '../engine/dispatch.js';
import type { MockRequest } from '../engine/types.js';
import { encodeResponse } from './encode-response.js';
import type { EncodedResponse } from './encode-response.js';
import { parseBody } from './parse-body.js';

/** Base URL that paths given without a host are resolved against; nothing listens there. */
export const MOCK_BASE_URL = 'http://chaster.mock';

function toRequest(input: string | URL | Request, init: RequestInit | undefined): Request {
  if (typeof input === 'string' && input.startsWith('/')) {
    return new Request(new URL(input, MOCK_BASE_URL), init);
  }
  return new Request(input, init);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

// Rejects as soon as the signal aborts, as fetch does while waiting for the server.
function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));

  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });

    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function brokenStream(prefix: Buffer): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (prefix.length > 0) controller.enqueue(new Uint8Array(prefix));
      // undici reports a connection closed mid-body as a TypeError "terminated".
      controller.error(new TypeError('terminated'));
    },
  });
}

function toResponse(encoded: EncodedResponse): Response {
  const { status, headers, body, dropAfterBytes } = encoded;

  if (dropAfterBytes !== undefined) {
    const prefix = Buffer.from(typeof body === 'string' ? body : '', 'utf8')
      .subarray(0, dropAfterBytes);
    return new Response(brokenStream(prefix), { status, headers });
  }
  // A copy gives the bytes the plain ArrayBuffer that a Response body must have.
  const payload = body instanceof Uint8Array ? new Uint8Array(body) : body ?? null;
  return new Response(payload, { status, headers });
}

/**
 * Builds the mock's `fetch`.
 *
 * @example
 * ```ts
 * const response = await mock.fetch('http://chaster.mock/locks', {
 *   headers: { authorization: `Bearer ${mock.users.wes.token}` },
 * });
 * ```
 */
export function createFetchAdapter(engine: Engine): typeof fetch {
  return async function mockFetch(input, init) {
    const request = toRequest(input, init);
    const { signal } = request;
    if (signal.aborted) throw abortReason(signal);

    const url = new URL(request.url);
    const bytes = new Uint8Array(await request.arrayBuffer());
    const body = await parseBody(request.headers.get('content-type') ?? undefined, bytes);

    const mockRequest: MockRequest = {
      method: request.method.toUpperCase(),
      path: url.pathname,
      url: url.pathname + url.search,
      query: url.searchParams,
      header: (name) => request.headers.get(name) ?? undefined,
      body,
      remoteAddress: '127.0.0.1',
    };

    const response = await raceAbort(engine.handle(mockRequest), signal);
    return toResponse(encodeResponse(response));
  };
}
