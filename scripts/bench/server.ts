/**
 * A loopback HTTP server that answers `GET /locks` like Chaster does, as cheaply as possible,
 * so that the benchmark measures the clients rather than the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A started server and how to stop it. */
export interface RunningServer {
  /** Base URL, `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;

  /** Closes the listener and every kept-alive connection. */
  close(): Promise<void>;
}

/** Rate-limit headers with plenty remaining, so a client that reads them never waits. */
const RATE_LIMIT = { limit: '100000', remaining: '99999' };

/** Seconds ahead of now that the advertised rate-limit window resets. */
const RATE_LIMIT_WINDOW_SECONDS = 60;

/**
 * Starts the server on 127.0.0.1 and an ephemeral port.
 *
 * Requests without a bearer token get 401, so a client that forgot its credentials cannot look
 * fast by failing early; any path other than `GET /locks` gets 404.
 */
export async function startLocksServer(body: Buffer): Promise<RunningServer> {
  let requestCount = 0;
  const server = createServer({ keepAlive: true }, (request, response) => {
    requestCount += 1;
    answer(request, response, body, requestCount);
  });

  // Connections sit idle between slices; keep them open rather than measure reconnects.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
  requestNumber: number,
): void {
  const path = (request.url ?? '').split('?')[0];
  if (request.method !== 'GET' || path !== '/locks') {
    sendError(response, 404, 'Not Found', requestNumber);
    return;
  }

  if (!(request.headers.authorization ?? '').startsWith('Bearer ')) {
    sendError(response, 401, 'Unauthorized', requestNumber);
    return;
  }

  response.writeHead(200, {
    ...commonHeaders(requestNumber),
    'content-type': 'application/json; charset=utf-8',
    'content-length': body.length,
  });
  response.end(body);
}

function sendError(
  response: ServerResponse,
  statusCode: number,
  error: string,
  requestNumber: number,
): void {
  const payload = Buffer.from(JSON.stringify({ statusCode, message: error, error }));
  response.writeHead(statusCode, {
    ...commonHeaders(requestNumber),
    'content-type': 'application/json; charset=utf-8',
    'content-length': payload.length,
  });
  response.end(payload);
}

function commonHeaders(requestNumber: number): Record<string, string> {
  const resetSeconds = Math.floor(Date.now() / 1000) + RATE_LIMIT_WINDOW_SECONDS;
  return {
    'x-chaster-transaction-id': `bench-${requestNumber.toString(16).padStart(8, '0')}`,
    'X-RateLimit-Limit': RATE_LIMIT.limit,
    'X-RateLimit-Remaining': RATE_LIMIT.remaining,
    'X-RateLimit-Reset': String(resetSeconds),
  };
}
