/**
 * Starts the benchmark server in a child process or, on request, in this one.
 *
 * A child process is the default: on a two-core machine it gives the server its own event loop,
 * so the time each client spends is not diluted by the server's work on the same thread.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startLocksServer, type RunningServer } from './server.js';
import type { ReadyMessage } from './server-child.js';

const CHILD_ENTRY = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/** How long the child may take to start listening before the benchmark gives up. */
const START_TIMEOUT_MS = 15_000;

/** Starts the server where the options ask, serving `body` for `GET /locks`. */
export function startBenchServer(body: Buffer, inline: boolean): Promise<RunningServer> {
  return inline ? startLocksServer(body) : startServerProcess(body);
}

/**
 * Forks {@link CHILD_ENTRY} with this process's loader flags (tsx's, under `npm run bench`) and
 * resolves once it listens. Closing disconnects the IPC channel, which stops the child.
 */
export function startServerProcess(body: Buffer): Promise<RunningServer> {
  const child = fork(CHILD_ENTRY, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async (): Promise<void> => {
    if (child.connected) child.disconnect();
    await exited;
  };

  return new Promise<RunningServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the server process did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);

    child.once('message', (message: unknown) => {
      clearTimeout(timer);
      if (isReadyMessage(message)) resolve({ url: message.url, close });
      else reject(new Error('the server process sent an unexpected first message'));
    });

    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited early with code ${String(code)}`));
    });

    child.send({ body: body.toString('utf8') });
  });
}

function isReadyMessage(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null
    && typeof (message as { url?: unknown }).url === 'string';
}
