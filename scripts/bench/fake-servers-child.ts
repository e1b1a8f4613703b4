/**
 * Entry of the child process that hosts the fake Chaster and the bare server. It announces
 * both URLs once they listen, answers questions about its CPU time, and stops when the parent
 * disconnects.
 */
import { startFakeAndBareServers } from './fake-servers.js';

/** Message to the parent once both servers listen. */
export interface FakeServersReady {
  fakeUrl: string;
  bareUrl: string;
  token: string;
}

/** The parent's question: how much CPU time has this process used so far? */
export interface CpuQuestion {
  cpu: true;
}

/** The answer: user plus system CPU time since the process started, in microseconds. */
export interface CpuAnswer {
  cpuMicros: number;
}

const servers = await startFakeAndBareServers();

process.on('message', (message: unknown) => {
  if (typeof message !== 'object' || message === null || !('cpu' in message)) return;

  const { user, system } = process.cpuUsage();
  const answer: CpuAnswer = { cpuMicros: user + system };
  process.send?.(answer);
});

process.once('disconnect', () => {
  void Promise.all([servers.fake.close(), servers.bare.close()]);
});

const ready: FakeServersReady = {
  fakeUrl: servers.fake.url,
  bareUrl: servers.bare.url,
  token: servers.token,
};
process.send?.(ready);
