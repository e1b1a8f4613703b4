import { describe, expect, it } from 'vitest';

import { runKeyholderBot } from '../../scripts/demo/keyholder-bot.js';
import type { KeyholderBotOptions } from '../../scripts/demo/keyholder-bot.js';
import { collectingTranscript } from '../../scripts/demo/transcript.js';
import { Chaster, ChasterConnectionError, ChasterRateLimitError } from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';

/** The bot's options against `mock`, signed in as kim and `wearer`, without retries. */
function botAgainst(mock: MockChaster, wearer: 'wes' | 'sam' | undefined, write = true) {
  const connection = { baseUrl: mock.baseUrl, fetch: mock.fetch, retry: false } as const;
  const transcript = collectingTranscript();
  const options: KeyholderBotOptions = {
    keyholder: new Chaster({ ...connection, token: mock.users.kim.token }),
    wearer: wearer && new Chaster({ ...connection, token: mock.users[wearer].token }),
    write,
    clock: { now: () => mock.clock.now(), advance: (ms) => mock.clock.advance(ms) },
    transcript,
  };
  return { options, transcript };
}

describe('the keyholder bot when a step goes wrong', () => {
  it('stops at a rate-limited step with one line giving the message and request id', async () => {
    const mock = createMockChaster({ seed: 42 });
    mock.faults.forceRateLimit({ operationId: 'LockController_updateTime', retryAfter: 'none' });
    const { options, transcript } = botAgainst(mock, 'wes');

    const outcome = await runKeyholderBot(options);

    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.error).toBeInstanceOf(ChasterRateLimitError);
    expect(transcript.failures).toEqual([expect.stringMatching(new RegExp(
      '^step "add time" failed: ChasterRateLimitError: 429 .+: POST /locks/\\{lockId\\}/'
        + 'update-time \\(request id [0-9a-f-]+\\)$',
    ))]);
    expect(transcript.lines.at(-1)).toBe('  "Held by kim" (wes), 5 d left');
  });

  it('says there is no request id when the connection dropped', async () => {
    const mock = createMockChaster({ seed: 42 });
    mock.faults.dropConnection({ operationId: 'LockController_getLockHistory' });
    const { options, transcript } = botAgainst(mock, 'wes');

    const outcome = await runKeyholderBot(options);

    expect(outcome.status === 'failed' && outcome.error).toBeInstanceOf(ChasterConnectionError);
    expect(transcript.failures).toEqual([expect.stringMatching(new RegExp(
      '^step "read the history" failed: ChasterConnectionError: .+ '
        + '\\(no response, so no request id\\)$',
    ))]);
  });

  it('fails when the wearer token belongs to someone who does not wear the lock', async () => {
    const mock = createMockChaster({ seed: 42 });
    const { options, transcript } = botAgainst(mock, 'sam');

    const outcome = await runKeyholderBot(options);

    expect(outcome.status === 'failed' && outcome.step).toBe('find the wearer\'s lock');
    expect(transcript.failures).toEqual([
      `step "find the wearer's lock" failed: the wearer token's user does not wear `
        + `"Held by kim" (${mock.locks.wes.id})`,
    ]);
  });

  it('tells a refused pillory and goes on with the story', async () => {
    const mock = createMockChaster({
      seed: 42,
      handlers: {
        LockExtensionController_triggerAction: () => ({
          status: 400,
          body: { statusCode: 400, message: 'Already in the pillory', error: 'Bad Request' },
        }),
      },
    });
    const { options, transcript } = botAgainst(mock, undefined);

    const outcome = await runKeyholderBot(options);

    expect(outcome).toEqual({ status: 'done' });
    expect(transcript.lines).toContain(
      'kim puts wes in the pillory for 30 min: refused, 400 Already in the pillory',
    );
    expect(transcript.lines.at(-2)).toMatch(/^kim checks in: /);
  });

  it('describes the changes without sending them when writes are off', async () => {
    const mock = createMockChaster({ seed: 42 });
    const historyBefore = mock.locks.wes.history.length;
    const { options, transcript } = botAgainst(mock, 'wes', false);

    const outcome = await runKeyholderBot(options);

    expect(outcome).toEqual({ status: 'done' });
    expect(transcript.lines.filter((line) => line.startsWith('would: '))).toHaveLength(5);
    expect(transcript.lines.some((line) => line.includes('spins again'))).toBe(false);
    expect(mock.locks.wes.history).toHaveLength(historyBefore);
  });
});
