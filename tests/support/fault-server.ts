import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How the server answers one request. Replies are used in order; then a default 200 `{}`. */
export interface ScriptedReply {
  /** The status. @default 200 */
  status?: number;

  /** Response headers; `content-type: application/json` is added when absent. */
  headers?: Record<string, string>;

  /** The body: a string is sent as it is, anything else as JSON. @default {} */
  body?: unknown;

  /** Milliseconds to wait before answering. */
  delayMs?: number;

  /**
   * Announce the whole body in `content-length`, send only this many bytes, then destroy the
   * socket: the client sees a body cut mid-read.
   */
  cutBodyAfterBytes?: number;

  /** Send headers and this many bytes of the body, then nothing more (until the server stops). */
  stallBodyAfterBytes?: number;
}

/** A request the server received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

function encodeBody(body: unknown): string {
  if (body === undefined) return '{}';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * A loopback HTTP server for tests whose answers are scripted per request. It can delay, cut a
 * body mid-way, send malformed JSON, and stop listening (so the next connection is refused) then
 * listen again on the same port. It records every request it got.
 */
export class FaultServer {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];

  readonly #replies: ScriptedReply[] = [];

  readonly #sockets = new Set<Socket>();

  #server: Server;

  #port = 0;

  private constructor() {
    this.#server = this.#create();
  }

  /** Starts a server on 127.0.0.1 with a port chosen by the system. */
  static async start(): Promise<FaultServer> {
    const fault = new FaultServer();
    await fault.#listen(0);
    return fault;
  }

  /** The server's root URL, for example `http://127.0.0.1:41234`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Queues the answers to the next requests. */
  script(...replies: ScriptedReply[]): void {
    this.#replies.push(...replies);
  }

  /** Stops listening and drops open connections: new connections are refused. */
  async refuseConnections(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();

    await closed;
  }

  /** Listens again on the same port after {@link refuseConnections}. */
  async listenAgain(): Promise<void> {
    this.#server = this.#create();
    await this.#listen(this.#port);
  }

  /** Stops the server for good. */
  async stop(): Promise<void> {
    if (this.#server.listening) await this.refuseConnections();
  }

  #create(): Server {
    const server = createServer((request, response) => void this.#answer(request, response));

    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    return server;
  }

  #listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => {
        this.#port = (this.#server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async #answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);

    this.requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });

    const reply = this.#replies.shift() ?? {};
    if (reply.delayMs !== undefined) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (response.destroyed) return;

    const body = Buffer.from(encodeBody(reply.body));
    response.writeHead(reply.status ?? 200, {
      'content-type': 'application/json',
      'content-length': String(body.length),
      ...reply.headers,
    });

    if (reply.stallBodyAfterBytes !== undefined) {
      response.write(body.subarray(0, reply.stallBodyAfterBytes));
      return;
    }

    if (reply.cutBodyAfterBytes === undefined) {
      response.end(body);
      return;
    }

    response.write(body.subarray(0, reply.cutBodyAfterBytes));
    setTimeout(() => response.socket?.destroy(), 5);
  }
}
