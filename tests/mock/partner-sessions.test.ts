import { describe, expect, it } from 'vitest';

import { createExtensionSession, createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call, field } from './support.js';

const SEARCH = '/api/extensions/sessions/search';

function sessionPath(mock: MockChaster, sessionId = mock.partner.session.sessionId): string {
  return `/api/extensions/sessions/${sessionId}`;
}

async function readSession(mock: MockChaster, sessionId?: string) {
  const result = await call(mock, 'GET', sessionPath(mock, sessionId), { as: mock.users.dev });
  return field(result.body, 'session') as Record<string, unknown>;
}

describe('reading a session', () => {
  it('gives a 21-character session id, the extension and the whole lock', async () => {
    const mock = createMockChaster();
    const session = await readSession(mock);

    expect(mock.partner.session.sessionId).toMatch(/^[A-Za-z0-9_-]{21}$/);
    expect(session).toMatchObject({
      sessionId: mock.partner.session.sessionId,
      slug: 'lucky-cards',
      displayName: 'Lucky Cards',
      isPartner: true,
      mode: 'non_cumulative',
      regularity: 3600,
      nbActionsRemaining: 1,
      config: { deck: 'standard', cardsPerDraw: 1 },
      data: {},
      metadata: { reasonsPreventingUnlocking: [], homeActions: [] },
    });
    expect(field(session.lock, '_id')).toBe(mock.locks.wes.id);
  });

  it('shows the backend the end date of a lock whose timer is hidden from the wearer', async () => {
    const mock = createMockChaster();
    const { sessionId } = createExtensionSession(mock, {
      extension: mock.partner.extension,
      lock: mock.locks.sam,
    });
    const lock = field(await readSession(mock, sessionId), 'lock');

    expect(mock.locks.sam.displayRemainingTime).toBe(false);
    expect(field(lock, 'endDate')).toBe(new Date(mock.locks.sam.endsAt).toISOString());
  });

  it('lists the partner extension among the lock\'s extensions', async () => {
    const mock = createMockChaster();
    const lock = await call(mock, 'GET', `/locks/${mock.locks.wes.id}`, { as: mock.users.kim });
    const slugs = (field(lock.body, 'extensions') as unknown[]).map((item) => field(item, 'slug'));

    expect(slugs).toContain('lucky-cards');
  });

  it('answers 404 for an unknown session and 403 for another developer\'s', async () => {
    const mock = createMockChaster();
    const other = mock.createUser({ username: 'ada', isDeveloper: true });
    const unknown = await call(mock, 'GET', sessionPath(mock, 'no-such-session'), {
      as: mock.users.dev,
    });
    const foreign = await call(mock, 'GET', sessionPath(mock), { as: other });

    expect(unknown.status).toBe(404);
    expect(foreign.status).toBe(403);
  });

  it('answers 403 to a user token and 401 without a token', async () => {
    const mock = createMockChaster();
    const wearer = await call(mock, 'GET', sessionPath(mock), { as: mock.users.wes });
    const anonymous = await call(mock, 'GET', sessionPath(mock));

    expect(wearer.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });

  it('ends the session when a new extension list leaves the extension out', async () => {
    const mock = createMockChaster();
    await call(mock, 'POST', `/locks/${mock.locks.wes.id}/extensions`, {
      as: mock.users.kim,
      body: { extensions: [{ slug: 'dice', config: {}, mode: 'unlimited', regularity: 0 }] },
    });
    const result = await call(mock, 'GET', sessionPath(mock), { as: mock.users.dev });

    expect(result.status).toBe(404);
    expect(mock.partner.session.deletedAt).toBe(mock.clock.now());
  });
});

describe('changing a session', () => {
  it('replaces config, metadata and data, and keeps what was left out', async () => {
    const mock = createMockChaster();
    const metadata = {
      reasonsPreventingUnlocking: ['Draw the last card'],
      homeActions: [{ slug: 'draw', title: 'Draw', description: 'Draw a card', icon: 'club' }],
    };
    const patched = await call(mock, 'PATCH', sessionPath(mock), {
      as: mock.users.dev,
      body: { metadata, data: { drawn: ['ace'] } },
    });
    await call(mock, 'PATCH', sessionPath(mock), {
      as: mock.users.dev,
      body: { config: { deck: 'tarot' } },
    });
    const session = await readSession(mock);

    expect(patched.status).toBe(200);
    expect(patched.body).toBeUndefined();
    expect(session).toMatchObject({
      config: { deck: 'tarot' },
      data: { drawn: ['ace'] },
      metadata,
    });
  });

  it('sets data and metadata through the older PUT routes', async () => {
    const mock = createMockChaster();
    const metadata = { reasonsPreventingUnlocking: ['Wait'], homeActions: [] };
    await call(mock, 'PUT', `${sessionPath(mock)}/data`, {
      as: mock.users.dev,
      body: { data: { streak: 3 } },
    });
    await call(mock, 'PUT', `${sessionPath(mock)}/metadata`, {
      as: mock.users.dev,
      body: { metadata },
    });

    expect(await readSession(mock)).toMatchObject({ data: { streak: 3 }, metadata });
  });

  it('refuses malformed metadata with class-validator messages', async () => {
    const mock = createMockChaster();
    const result = await call(mock, 'PATCH', sessionPath(mock), {
      as: mock.users.dev,
      body: { metadata: { reasonsPreventingUnlocking: [1], homeActions: [{ slug: 'x' }] } },
    });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toEqual([
      'each value in metadata.reasonsPreventingUnlocking must be a string',
      'metadata.homeActions.0.title must be a string',
      'metadata.homeActions.0.description must be a string',
      'metadata.homeActions.0.icon must be a string',
    ]);
  });
});

describe('searching sessions', () => {
  function withSessions(count: number): MockChaster {
    const mock = createMockChaster();
    for (let index = 0; index < count; index += 1) {
      const lock = mock.createLock({ wearer: 'sam', keyholder: 'kim' });
      createExtensionSession(mock, { extension: mock.partner.extension, lock });
    }
    return mock;
  }

  it('pages through every session with paginationLastId, without repeats', async () => {
    const mock = withSessions(4);
    const seen: string[] = [];
    let lastId: string | undefined;

    for (let page = 0; page < 5; page += 1) {
      const body = { status: 'all', extensionSlug: 'lucky-cards', limit: 2 };
      const after = lastId === undefined ? {} : { paginationLastId: lastId };
      const result = await call(mock, 'POST', SEARCH, {
        as: mock.users.dev,
        body: { ...body, ...after },
      });
      const results = field(result.body, 'results') as Record<string, unknown>[];

      expect(result.status).toBe(201);
      expect(field(result.body, 'count')).toBe(5);
      seen.push(...results.map((item) => String(item.sessionId)));
      lastId = String(results.at(-1)?.paginationId);
      if (field(result.body, 'hasMore') === false) break;
    }

    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('filters by the status of the session\'s lock', async () => {
    const mock = withSessions(1);
    await call(mock, 'POST', `/locks/${mock.locks.wes.id}/unlock`, { as: mock.users.kim });
    const search = (status: string) => call(mock, 'POST', SEARCH, {
      as: mock.users.dev,
      body: { status, extensionSlug: 'lucky-cards', limit: 10 },
    });

    expect(field((await search('locked')).body, 'count')).toBe(1);
    expect(field((await search('unlocked')).body, 'count')).toBe(1);
    expect(field((await search('all')).body, 'count')).toBe(2);
  });

  it('answers 404 for an unknown slug and 403 for another developer\'s', async () => {
    const mock = createMockChaster();
    const other = mock.createUser({ username: 'ada', isDeveloper: true });
    const body = { status: 'all', extensionSlug: 'lucky-cards', limit: 5 };
    const foreign = await call(mock, 'POST', SEARCH, { as: other, body });
    const unknown = await call(mock, 'POST', SEARCH, {
      as: mock.users.dev,
      body: { ...body, extensionSlug: 'nothing' },
    });

    expect(foreign.status).toBe(403);
    expect(unknown.status).toBe(404);
  });

  it('refuses an unknown status', async () => {
    const mock = createMockChaster();
    const result = await call(mock, 'POST', SEARCH, {
      as: mock.users.dev,
      body: { status: 'open', extensionSlug: 'lucky-cards', limit: 5 },
    });

    expect(field(result.body, 'message')).toEqual([
      'status must be one of the following values: locked, unlocked, deserted, all',
    ]);
  });
});
