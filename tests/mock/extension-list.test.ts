import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call, field } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

function config(slug: string, extra: Record<string, unknown> = {}) {
  return { slug, config: {}, mode: 'unlimited', regularity: 3600, ...extra };
}

describe('replacing the extension list', () => {
  it('replaces the whole list, keeping the id of an extension that stays', async () => {
    const { kim } = mock.users;
    const lock = mock.locks.wes;
    const diceId = lock.extensions.find((party) => party.slug === 'dice')?.id;

    const result = await call(mock, 'POST', `/locks/${lock.id}/extensions`, {
      as: kim,
      body: { extensions: [config('dice', { config: { multiplier: 60 } }), config('guess-timer')] },
    });
    const after = (await call(mock, 'GET', `/locks/${lock.id}`, { as: kim })).body;
    type Extension = { slug: string; _id: string; config: unknown };
    const extensions = field(after, 'extensions') as Extension[];

    expect(result.status).toBe(201);
    expect(result.body).toBeUndefined();
    expect(extensions.map((extension) => extension.slug)).toEqual(['dice', 'guess-timer']);
    expect(extensions[0]).toMatchObject({ _id: diceId, config: { multiplier: 60 } });
  });

  it('writes enabled, updated and disabled entries', async () => {
    const { kim } = mock.users;
    const extensions = ['dice', 'tasks'];
    const lock = mock.createLock({ wearer: 'sam', keyholder: 'kim', extensions });

    await call(mock, 'POST', `/locks/${lock.id}/extensions`, {
      as: kim,
      body: { extensions: [config('dice', { mode: 'cumulative' }), config('pillory')] },
    });
    const history = await call(mock, 'POST', `/locks/${lock.id}/history`, {
      as: kim,
      body: { limit: 3 },
    });

    const entries = field(history.body, 'results') as { type: string; extension: string }[];
    expect(entries.map(({ type, extension }) => [type, extension])).toEqual([
      ['extension_disabled', 'tasks'],
      ['extension_enabled', 'pillory'],
      ['extension_updated', 'dice'],
    ]);
  });

  it('refuses a fourth counted extension on the free plan', async () => {
    const { sam } = mock.users;
    const lockId = mock.locks.sam.id;

    const result = await call(mock, 'POST', `/locks/${lockId}/extensions`, {
      as: sam,
      body: {
        extensions: ['guess-timer', 'dice', 'penalty', 'wheel-of-fortune'].map((slug) =>
          config(slug),
        ),
      },
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      message: 'You cannot enable more than 3 extensions without Premium',
    });
    expect(mock.locks.sam.extensions.map((party) => party.slug)).toEqual([
      'guess-timer',
      'dice',
      'penalty',
    ]);
  });

  it('does not count share links, pillory and hygiene opening towards the limit', async () => {
    const slugs = ['guess-timer', 'dice', 'penalty', 'link', 'pillory'];
    const extensions = slugs.map((slug) => config(slug));
    extensions.push(config('temporary-opening', { mode: 'non_cumulative' }));

    const result = await call(mock, 'POST', `/locks/${mock.locks.sam.id}/extensions`, {
      as: mock.users.sam,
      body: { extensions },
    });

    expect(result.status).toBe(201);
    expect(mock.locks.sam.extensions).toHaveLength(6);
  });

  it('allows more than three counted extensions with Premium', () => {
    const counted = mock.locks.wes.extensions.filter((party) =>
      ['wheel-of-fortune', 'dice', 'tasks', 'verification-picture'].includes(party.slug),
    );

    expect(mock.users.wes.isPremium).toBe(true);
    expect(counted).toHaveLength(4);
  });

  it('honours a plan limit given as an option', async () => {
    const strict = createMockChaster({ plan: { nonPremiumMaxExtensions: 1 } });

    const result = await call(strict, 'POST', `/locks/${strict.locks.sam.id}/extensions`, {
      as: strict.users.sam,
      body: { extensions: [config('dice'), config('guess-timer')] },
    });

    expect(result.body).toMatchObject({
      message: 'You cannot enable more than 1 extensions without Premium',
    });
  });

  it('refuses unknown slugs, unavailable modes and duplicates', async () => {
    const post = (extensions: unknown[]) =>
      call(mock, 'POST', `/locks/${mock.locks.wes.id}/extensions`, {
        as: mock.users.kim,
        body: { extensions },
      });

    const unknown = await post([config('teleport')]);
    const badMode = await post([config('pillory', { mode: 'cumulative' })]);
    const twice = await post([config('dice'), config('dice')]);

    expect(unknown.body).toMatchObject({ message: 'Unknown extension: teleport' });
    expect(badMode.body).toMatchObject({
      message: 'The mode cumulative is not available for pillory',
    });
    expect(twice.body).toMatchObject({ message: 'The extension dice is listed twice' });
  });

  it('reads one extension with its lock', async () => {
    const lock = mock.locks.wes;
    const wheel = lock.extensions[0];

    const result = await call(mock, 'GET', `/locks/${lock.id}/extensions/${wheel?.id}`, {
      as: mock.users.wes,
    });

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      lock: { _id: lock.id, role: 'wearer' },
      extension: { slug: 'wheel-of-fortune', _id: wheel?.id, mode: 'non_cumulative' },
    });
  });
});
