/**
 * Starts the fake Chaster and the bare server in a child process (the default, like the main
 * server) or in this one.
 */
import { fileURLToPath } from 'node:url';
import { forkUntilReady } from './child-server.js';
import type { CpuAnswer, CpuQuestion, FakeServersReady } from './fake-servers-child.js';

const CHILD_ENTRY = fileURLToPath(new URL('./fake-servers-child.ts', import.meta.url));

/** Where the two servers listen, the token both accept, and how to stop them. */
export interface FakeServerTargets extends FakeServersReady {
  /**
   * CPU microseconds the servers' process has used so far; absent when the servers share this
   * process, whose CPU time would include the client's.
   */
  serverCpuMicros?: () => Promise<number>;

  close(): Promise<void>;
}

/** Starts both servers, in a child process unless `inline`. */
export async function startFakeServers(inline: boolean): Promise<FakeServerTargets> {
  if (inline) {
    const { startFakeAndBareServers } = await import('./fake-servers.js');
    const { fake, bare, token } = await startFakeAndBareServers();
    const close = async (): Promise<void> => {
      await Promise.all([fake.close(), bare.close()]);
    };
    return { fakeUrl: fake.url, bareUrl: bare.url, token, close };
  }

  const child = await forkUntilReady(CHILD_ENTRY, undefined, isFakeServersReady);
  const question: CpuQuestion = { cpu: true };
  const serverCpuMicros = async (): Promise<number> => {
    const answer = await child.ask(question);
    if (!isCpuAnswer(answer)) throw new Error('the server process gave no CPU time');
    return answer.cpuMicros;
  };

  return { ...child.ready, serverCpuMicros, close: child.close };
}

function isFakeServersReady(message: unknown): message is FakeServersReady {
  if (typeof message !== 'object' || message === null) return false;

  const { fakeUrl, bareUrl, token } = message as Record<string, unknown>;
  return typeof fakeUrl === 'string' && typeof bareUrl === 'string' && typeof token === 'string';
}

function isCpuAnswer(message: unknown): message is CpuAnswer {
  return typeof message === 'object' && message !== null
    && typeof (message as { cpuMicros?: unknown }).cpuMicros === 'number';
}
