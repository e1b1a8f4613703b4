/**
 * Runs a benchmark server in a child process: fork, wait for its "ready" message, and stop it
 * by disconnecting, so the child never outlives the benchmark.
 */
import { fork } from 'node:child_process';

/** How long a child may take to start listening before the benchmark gives up. */
const START_TIMEOUT_MS = 15_000;

/** A child that announced it is ready, and how to stop it. */
export interface ReadyChild<Ready> {
  /** The child's first message. */
  ready: Ready;

  /** Sends `message` and resolves with the child's next message (one question at a time). */
  ask(message: object): Promise<unknown>;

  /** Disconnects the IPC channel, which makes the child close its servers and exit. */
  close(): Promise<void>;
}

/**
 * Forks `entry` with this process's loader flags (tsx's, under `npm run bench`), sends it
 * `request` when given, and resolves with its first message once `isReady` accepts it.
 *
 * @throws {Error} when the child exits, sends something else first or takes too long.
 */
export function forkUntilReady<Ready>(
  entry: string,
  request: object | undefined,
  isReady: (message: unknown) => message is Ready,
): Promise<ReadyChild<Ready>> {
  const child = fork(entry, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async (): Promise<void> => {
    if (child.connected) child.disconnect();
    await exited;
  };

  const ask = (message: object): Promise<unknown> => new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.send(message, (error) => {
      if (error !== null) reject(error);
    });
  });

  return new Promise<ReadyChild<Ready>>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the server process did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);

    child.once('message', (message: unknown) => {
      clearTimeout(timer);
      if (isReady(message)) resolve({ ready: message, ask, close });
      else reject(new Error('the server process sent an unexpected first message'));
    });

    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited early with code ${String(code)}`));
    });

    if (request !== undefined) child.send(request);
  });
}
