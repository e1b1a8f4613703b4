import { describe, expect, it } from 'vitest';

import { partnerExtension } from '../../src/mock/partner/definition.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call } from './support.js';

function scope(mock: MockChaster, slug = 'lucky-cards') {
  const lock = mock.locks.wes;
  const party = lock.extensions.find((candidate) => candidate.slug === slug);
  if (party === undefined) throw new Error(`No ${slug} on the lock`);
  return { world: mock.state, lock, party, now: mock.clock.now() };
}

describe('the lock-view hooks of a partner extension', () => {
  it('turns the session\'s reasons and home actions into the lock view\'s', async () => {
    const mock = createMockChaster();
    const homeActions = [{ slug: 'draw', title: 'Draw', description: 'Draw a card', icon: 'club' }];
    await call(mock, 'PATCH', `/api/extensions/sessions/${mock.partner.session.sessionId}`, {
      as: mock.users.dev,
      body: { metadata: { reasonsPreventingUnlocking: ['Draw the last card'], homeActions } },
    });

    expect(partnerExtension.unlockBlockers?.(scope(mock))).toEqual([
      { reason: 'Draw the last card', icon: 'club' },
    ]);
    expect(partnerExtension.homeActions?.(scope(mock))).toEqual(homeActions);
  });

  it('gives nothing for an extension record that is no session\'s', () => {
    const mock = createMockChaster();

    expect(partnerExtension.unlockBlockers?.(scope(mock, 'dice'))).toEqual([]);
    expect(partnerExtension.homeActions?.(scope(mock, 'dice'))).toEqual([]);
  });
});

describe('a partner session blocking the unlock', () => {
  it('keeps the wearer from unlocking while its reasons are set, and not after', async () => {
    const mock = createMockChaster();
    const sessionPath = `/api/extensions/sessions/${mock.partner.session.sessionId}`;
    const unlockPath = `/locks/${mock.locks.wes.id}/unlock`;
    const setReasons = (reasons: string[]) =>
      call(mock, 'PATCH', sessionPath, {
        as: mock.users.dev,
        body: { metadata: { reasonsPreventingUnlocking: reasons, homeActions: [] } },
      });
    mock.clock.advance(400 * 86_400_000);

    await setReasons(['Draw the last card']);
    const refused = await call(mock, 'POST', unlockPath, { as: mock.users.wes });
    await setReasons([]);
    const allowed = await call(mock, 'POST', unlockPath, { as: mock.users.wes });

    expect(refused.status).toBe(400);
    expect(allowed.status).toBe(204);
  });
});
