/**
 * The README's quickstart, run against the fake Chaster, so its samples compile and stay true.
 * The only change from the README is where the token and `fetch` come from.
 */
import { describe, expect, it } from 'vitest';

import {
  Chaster,
  ChasterRegularActionLimitError,
  ChasterUsageError,
  parseWebhook,
} from '../../src/index.js';
import { createMockChaster } from '../../src/mock/index.js';

describe('the README quickstart', () => {
  it('walks a keyholder and a wearer through their locks', async () => {
    const mock = createMockChaster({ seed: 42 });
    const keyholder = new Chaster({ token: mock.users.kim.token, fetch: mock.fetch });
    const seen: string[] = [];

    for await (const lock of keyholder.keyholder.searchLocks({ status: 'locked', limit: 20 })) {
      seen.push(lock.wearer.username);
      await lock.addTime({ hours: 2 });
      await lock.putInPillory({ duration: { minutes: 30 }, reason: 'Late check-in' });
    }

    const chaster = new Chaster({ token: mock.users.wes.token, fetch: mock.fetch });
    const [mine] = await chaster.locks.list();
    if (mine === undefined) throw new Error('wes wears a lock in the seeded world');
    const spin = mine.extensions.has('wheel-of-fortune')
      ? await mine.spinWheelOfFortune()
      : undefined;
    const refusal = await mine.removeTime(3600).catch((error: unknown) => error);
    const firstPage = await mine.history({ limit: 10 });

    expect(seen).toEqual(['wes']);
    expect(typeof spin?.text).toBe('string');
    expect(refusal).toBeInstanceOf(ChasterUsageError);
    expect(firstPage.items.map((entry) => entry.type)).toContain('pillory_in');
  });

  it('drives an extension session and reads a webhook', async () => {
    const mock = createMockChaster({ seed: 42 });
    const chaster = new Chaster({
      token: mock.users.dev.token,
      fetch: mock.fetch,
      clientId: 'my-app',
    });

    const session = await chaster.partner.sessions.get(mock.partner.session.sessionId);
    await session.addTime({ minutes: 10 });
    await session.log({ title: '%USER% drew a card', description: 'Ace of spades' });
    await session.submitRegularAction();
    const limited = await session.submitRegularAction().catch((error: unknown) => error);

    const rawBody = JSON.stringify({
      event: 'extension_session.deleted',
      sentAt: '2024-06-01T12:00:00.000Z',
      requestId: 'r1',
      data: { session: { sessionId: 's1' }, extension: { slug: 'my-app' } },
    });
    const headers = { authorization: `Basic ${btoa('chaster:secret')}` };
    const basicAuth = { username: 'chaster', password: 'secret' };
    const event = parseWebhook(rawBody, { basicAuth, headers });

    expect(limited).toBeInstanceOf(ChasterRegularActionLimitError);
    expect((limited as ChasterRegularActionLimitError).nextActionDate).toBeInstanceOf(Date);
    expect(event.event).toBe('extension_session.deleted');
  });
});
