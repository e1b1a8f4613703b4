import { afterEach, describe, expect, it } from 'vitest';

import { Chaster } from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { ListeningMock, MockChaster } from '../../src/mock/index.js';
import { runDemo } from './run-demo.js';

const servers: ListeningMock[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/**
 * A fake on 127.0.0.1 whose clock starts at the wall clock, because the demo reads times
 * against the wall clock when it talks to an API over `CHASTER_BASE_URL`.
 */
async function listeningFake(): Promise<{ mock: MockChaster; url: string }> {
  const mock = createMockChaster({ seed: 42, startTime: Date.now() });
  const server = await mock.listen();
  servers.push(server);
  return { mock, url: server.url };
}

/** What can be seen of the fake's state from outside: history and the kim-wes conversation. */
async function observe(mock: MockChaster) {
  const kim = new Chaster({ token: mock.users.kim.token, fetch: mock.fetch });
  const conversation = await kim.messaging.withUser(mock.users.wes.id);
  const messages = await conversation.messages().collect({ limit: 50 });

  return {
    history: mock.locks.wes.history.map((entry) => entry.type),
    endsAt: mock.locks.wes.endsAt,
    messages: messages.map((message) => message.message),
  };
}

describe('npm run demo with CHASTER_TOKEN against a listening fake', () => {
  it('reads and only describes the changes without --write', async () => {
    const { mock, url } = await listeningFake();
    const before = await observe(mock);

    const run = await runDemo([], {
      CHASTER_TOKEN: mock.users.kim.token,
      CHASTER_WEARER_TOKEN: mock.users.wes.token,
      CHASTER_BASE_URL: url,
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`target: ${url} (CHASTER_BASE_URL)`);
    expect(run.stdout).toContain('keyholder kim: 1 wearer lock');
    expect(run.stdout).toContain('would: kim adds 2 h to "Held by kim"');
    expect(run.stdout).toContain('would: kim puts wes in the pillory for 30 min');
    expect(run.stdout).toContain('would: kim -> wes:');
    expect(run.stdout).toContain('would: wearer wes spins the wheel of fortune');
    expect(run.stdout).toContain('would: wes rolls the dice');
    expect(run.stdout).toContain('history: 1 entry (newest first, 2 per page):');
    expect(await observe(mock)).toEqual(before);
  });

  it('sends every change with --write, and shows no clock it cannot move', async () => {
    const { mock, url } = await listeningFake();
    const before = await observe(mock);

    const run = await runDemo(['--write'], {
      CHASTER_TOKEN: mock.users.kim.token,
      CHASTER_WEARER_TOKEN: mock.users.wes.token,
      CHASTER_BASE_URL: url,
    });
    const after = await observe(mock);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('writes: on (--write)');
    expect(run.stdout).toMatch(/^kim adds 2 h -> ends \d{4}-\d\d-\d\d \d\d:\d\d UTC$/m);
    expect(run.stdout).toMatch(/^wearer wes spins the wheel of fortune: ".+" \([a-z-]+, \d+ s\)$/m);
    expect(run.stdout).toMatch(/^wes rolls the dice: \d against kim's \d -> /m);
    expect(run.stdout).not.toContain('would:');
    expect(run.stdout).not.toContain('later (');
    expect(after.history.slice(before.history.length)).toEqual(expect.arrayContaining([
      'time_changed', 'pillory_in', 'wheel_of_fortune_turned', 'dice_rolled',
    ]));
    expect(after.messages[0]).toMatch(/^Two more hours/);
  });

  it('skips the wearer\'s turn without a wearer token', async () => {
    const { mock, url } = await listeningFake();

    const run = await runDemo([], { CHASTER_TOKEN: mock.users.kim.token, CHASTER_BASE_URL: url });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no wearer token: set CHASTER_WEARER_TOKEN');
    expect(run.stdout).toContain('no wearer token: the wearer\'s turn is skipped');
    expect(run.stdout).not.toContain('spins the wheel');
  });

  it('stops with one line naming the typed error and its request id', async () => {
    const { url } = await listeningFake();
    const token = 'not-a-token-the-fake-knows';

    const run = await runDemo([], { CHASTER_TOKEN: token, CHASTER_BASE_URL: url });
    const failures = run.stderr.trim().split('\n');

    expect(run.code).toBe(1);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(new RegExp(
      '^step "read the keyholder\'s profile" failed: ChasterAuthenticationError: 401 .+: '
        + 'GET /auth/profile \\(request id [0-9a-f-]+\\)$',
    ));
    expect(`${run.stdout}${run.stderr}`).not.toContain(token);
    expect(run.stdout).toContain('keyholder token not-… (26 characters)');
  });

  it('refuses --listen together with CHASTER_TOKEN before doing anything', async () => {
    const run = await runDemo(['--listen'], { CHASTER_TOKEN: 'any-token-at-all-here' });

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^demo: --listen runs the fake Chaster: unset CHASTER_TOKEN\n/);
  });
});
