/**
 * The code samples of the README's "Develop your bot locally", run as tests so that they keep
 * compiling and keep being true. The README imports from `chaster-sdk` and `chaster-sdk/mock`;
 * here the same code imports the sources. Keep the two in step.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { Chaster, ChasterBadRequestError, ChasterConnectionError } from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { ListeningMock } from '../../src/mock/index.js';
import { REPO } from './run-demo.js';

const servers: ListeningMock[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('tutorial: start the fake in a test', () => {
  it('finds the locks kim holds', async () => {
    const mock = createMockChaster({ seed: 42 });
    const chaster = new Chaster({ token: mock.users.kim.token, fetch: mock.fetch });

    const page = await chaster.keyholder.searchLocks({ status: 'locked', limit: 10 });

    expect(page.items.map((lock) => lock.wearer.username)).toEqual(['wes']);
  });
});

describe('tutorial: move time', () => {
  it('counts the timer down on the fake\'s clock', async () => {
    const mock = createMockChaster({ seed: 42 });
    const kim = new Chaster({ token: mock.users.kim.token, fetch: mock.fetch });
    const lock = await kim.locks.get(mock.locks.wes.id);
    const before = lock.remainingTime({ now: mock.clock.now() }) ?? 0;

    mock.clock.advance(30 * 60 * 1000);

    expect(lock.remainingTime({ now: mock.clock.now() })).toBe(before - 30 * 60 * 1000);
  });

  it('lets the wearer spin the wheel again an hour later', async () => {
    const mock = createMockChaster({ seed: 42 });
    const wes = new Chaster({ token: mock.users.wes.token, fetch: mock.fetch });
    const [lock] = await wes.locks.list();
    if (lock === undefined) throw new Error('wes wears a lock in the seeded world');

    await lock.spinWheelOfFortune();
    await expect(lock.spinWheelOfFortune()).rejects.toBeInstanceOf(ChasterBadRequestError);

    mock.clock.advance(60 * 60 * 1000);
    await expect(lock.spinWheelOfFortune()).resolves.toHaveProperty('text');
  });
});

describe('tutorial: inject faults', () => {
  it('waits out a rate limit, or reports it when retries are off', async () => {
    const mock = createMockChaster({ seed: 42 });
    const token = mock.users.wes.token;
    const patient = new Chaster({ token, fetch: mock.fetch });
    const impatient = new Chaster({ token, fetch: mock.fetch, retry: false });

    mock.faults.forceRateLimit({ retryAfter: 0 });
    await expect(patient.locks.list()).resolves.toHaveLength(1);

    mock.faults.forceRateLimit({ retryAfter: 30 });
    await expect(impatient.locks.list()).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 30_000,
    });
  });

  it('surfaces a dropped connection as a ChasterConnectionError', async () => {
    const mock = createMockChaster({ seed: 42 });
    const chaster = new Chaster({ token: mock.users.wes.token, fetch: mock.fetch, retry: false });

    mock.faults.dropConnection({ operationId: 'LockController_findAll' });

    await expect(chaster.locks.list()).rejects.toBeInstanceOf(ChasterConnectionError);
    await expect(chaster.locks.list()).resolves.toHaveLength(1);
  });
});

describe('tutorial: a fake for bots in other languages', () => {
  it('serves the seeded world on the port npm run mock is given', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'scripts', 'mock.ts'), '--port', '0', '--seed', '42'],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );

    try {
      const url = await announcedUrl(child.stdout);
      const response = await fetch(`${url}/locks`, {
        headers: { Authorization: 'Bearer mock-token-wes' },
      });
      const [lock] = await response.json() as { title: string }[];

      expect(response.status).toBe(200);
      expect(lock?.title).toBe('Held by kim');
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  });
});

describe('tutorial: switch to the real API', () => {
  /** The real API when `CHASTER_TOKEN` is set; otherwise whatever `fallback` builds. */
  function connect(env: NodeJS.ProcessEnv, fallback: () => Chaster): Chaster {
    const token = env['CHASTER_TOKEN'];
    if (token === undefined || token === '') return fallback();

    return new Chaster({ token, baseUrl: env['CHASTER_BASE_URL'] });
  }

  it('uses the fake without a token and the API named by the environment with one', async () => {
    const mock = createMockChaster({ seed: 42 });
    const server = await mock.listen();
    servers.push(server);
    const fake = () => new Chaster({ token: mock.users.kim.token, fetch: mock.fetch });
    const env = { CHASTER_TOKEN: mock.users.kim.token, CHASTER_BASE_URL: server.url };

    const offline = await connect({}, fake).keyholder.searchLocks({ limit: 10 });
    const online = await connect(env, fake).keyholder.searchLocks({ limit: 10 });

    expect(offline.items.map((lock) => lock.id)).toEqual([mock.locks.wes.id]);
    expect(online.items.map((lock) => lock.id)).toEqual([mock.locks.wes.id]);
  });
});

/** Reads the child's output until the mock names its URL. */
async function announcedUrl(stdout: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdout) {
    text += String(chunk);
    const match = /Fake Chaster on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
    if (match?.[1] !== undefined) return match[1];
  }
  throw new Error(`npm run mock never printed its URL:\n${text}`);
}
