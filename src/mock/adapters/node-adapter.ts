/**
 * The socket way in: a `node:http` server on 127.0.0.1 that feeds the engine directly from
 * `IncomingMessage`, without building a `Request` per call, so the fake stays cheap under load.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Engine } from '../engine/dispatch.js';
import type { MockRequest } from '../engine/types.js';
import { encodeResponse } from './encode-response.js';
import type { EncodedResponse } from './encode-response.js';
import { parseBody } from './parse-body.js';

/** A running server. */
export interface ListeningMock {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The port the server listens on. */
  port: number;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

const EMPTY_QUERY = '';

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return request.headers['transfer-encoding'] !== undefined;
}

function readBytes(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function toMockRequest(request: IncomingMessage, body: unknown): MockRequest {
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  const { headers } = request;

  return {
    method: request.method ?? 'GET',
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    url,
    query: new URLSearchParams(queryStart === -1 ? EMPTY_QUERY : url.slice(queryStart + 1)),
    header(name) {
      const value = headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    body,
    remoteAddress: request.socket.remoteAddress ?? '127.0.0.1',
  };
}

function write(response: ServerResponse, encoded: EncodedResponse): void {
  const { status, headers, body, dropAfterBytes } = encoded;
  response.writeHead(status, headers);

  if (dropAfterBytes === undefined) {
    response.end(body);
    return;
  }

  // Headers and the first bytes go out, then the socket dies with the body unfinished.
  const socket = response.socket;
  response.flushHeaders();
  const prefix = Buffer.from(typeof body === 'string' ? body : '', 'utf8')
    .subarray(0, dropAfterBytes);
  if (prefix.length > 0) response.write(prefix);
  socket?.end(() => socket.destroy());
}

async function serve(engine: Engine, request: IncomingMessage, response: ServerResponse) {
  const body = hasBody(request)
    ? await parseBody(request.headers['content-type'], await readBytes(request))
    : undefined;

  write(response, encodeResponse(await engine.handle(toMockRequest(request, body))));
}

/**
 * Starts a server for the engine on 127.0.0.1 only.
 *
 * @param port the port, 0 for any free one.
 */
export async function listenOnLoopback(engine: Engine, port: number): Promise<ListeningMock> {
  const server = createServer((request, response) => {
    serve(engine, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
