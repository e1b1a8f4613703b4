/**
 * Starts the benchmark server in a child process or, on request, in this one.
 *
 * A child process is the default: on a two-core machine it gives the server its own event loop,
 * so the time each client spends is not diluted by the server's work on the same thread.
 */
import { fileURLToPath } from 'node:url';
import { forkUntilReady } from './child-server.js';
import { startLocksServer, type RunningServer } from './server.js';
import type { ReadyMessage, ServeMessage } from './server-child.js';

const CHILD_ENTRY = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/** Starts the server where the options ask, serving `body` for `GET /locks`. */
export function startBenchServer(body: Buffer, inline: boolean): Promise<RunningServer> {
  return inline ? startLocksServer(body) : startServerProcess(body);
}

/** Forks {@link CHILD_ENTRY} and resolves once it listens. */
export async function startServerProcess(body: Buffer): Promise<RunningServer> {
  const request: ServeMessage = { body: body.toString('utf8') };
  const child = await forkUntilReady(CHILD_ENTRY, request, isReadyMessage);

  return { url: child.ready.url, close: child.close };
}

function isReadyMessage(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null
    && typeof (message as { url?: unknown }).url === 'string';
}
