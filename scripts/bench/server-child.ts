/**
 * Entry of the child process that hosts the benchmark server.
 *
 * The parent sends the response body over IPC, this process answers with the server's URL, and
 * it shuts down when the parent disconnects, so it never outlives the benchmark.
 */
import { startLocksServer } from './server.js';

/** Message from the parent: the JSON body to serve, as text. */
export interface ServeMessage {
  body: string;
}

/** Message to the parent once the server listens. */
export interface ReadyMessage {
  url: string;
}

function isServeMessage(message: unknown): message is ServeMessage {
  return typeof message === 'object' && message !== null
    && typeof (message as { body?: unknown }).body === 'string';
}

process.once('message', async (message: unknown) => {
  if (!isServeMessage(message)) {
    process.exitCode = 2;
    process.disconnect();
    return;
  }

  const server = await startLocksServer(Buffer.from(message.body, 'utf8'));
  process.once('disconnect', () => {
    void server.close();
  });

  const ready: ReadyMessage = { url: server.url };
  process.send?.(ready);
});
