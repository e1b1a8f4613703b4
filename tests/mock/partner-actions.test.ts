import { describe, expect, it } from 'vitest';

import { loadEffectiveDocument } from '../../scripts/lib/effective-document.js';
import { createSchemaValidator } from '../../scripts/lib/schema-validator.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { call, field, HOUR_MS, latestEntries } from './support.js';

function sessionPath(mock: MockChaster): string {
  return `/api/extensions/sessions/${mock.partner.session.sessionId}`;
}

function doAction(mock: MockChaster, action: Record<string, unknown>) {
  return call(mock, 'POST', `${sessionPath(mock)}/action`, {
    as: mock.users.dev,
    body: { action },
  });
}

describe('session lock actions', () => {
  it('adds and removes time on the real lock, writing entries as the extension', async () => {
    const mock = createMockChaster();
    const lock = mock.locks.wes;
    const before = lock.endsAt;

    const added = await doAction(mock, { name: 'add_time', params: 3600 });
    await doAction(mock, { name: 'remove_time', params: 600 });
    const [removal, addition] = await latestEntries(mock, mock.users.kim, lock.id, 2);

    expect(added.status).toBe(201);
    expect(added.body).toBeUndefined();
    expect(lock.endsAt).toBe(before + 3000 * 1000);
    expect(addition).toMatchObject({
      type: 'time_changed',
      prefix: 'default',
      role: 'extension',
      extension: 'lucky-cards',
      payload: { duration: 3600 },
    });
    expect(removal).toMatchObject({ type: 'time_changed', payload: { duration: -600 } });
  });

  it('freezes, toggles and unfreezes the lock', async () => {
    const mock = createMockChaster();
    const lock = mock.locks.wes;

    await doAction(mock, { name: 'freeze' });
    const frozenAt = lock.frozenAt;
    await doAction(mock, { name: 'toggle_freeze' });
    const afterToggle = lock.frozenAt;
    await doAction(mock, { name: 'toggle_freeze' });
    await doAction(mock, { name: 'unfreeze' });
    const types = (await latestEntries(mock, mock.users.kim, lock.id, 3)).map((e) => e.type);

    expect(frozenAt).toBe(mock.clock.now());
    expect(afterToggle).toBeNull();
    expect(lock.frozenAt).toBeNull();
    expect(types).toEqual(['lock_unfrozen', 'lock_frozen', 'lock_unfrozen']);
  });

  it('puts the wearer in the pillory and shows it in the pillory status', async () => {
    const mock = createMockChaster();
    await doAction(mock, { name: 'pillory', params: { duration: 900, reason: 'Lost' } });
    const status = await call(mock, 'GET', `${sessionPath(mock)}/pillory/status`, {
      as: mock.users.dev,
    });

    expect(status.body).toEqual({
      votes: [{
        _id: expect.any(String),
        nbVotes: 0,
        totalDurationAdded: 0,
        voteEndsAt: new Date(mock.clock.now() + 900_000).toISOString(),
        reason: 'Lost',
        createdAt: new Date(mock.clock.now()).toISOString(),
      }],
    });
  });

  it('hides and shows the timer with set_display_remaining_time', async () => {
    const mock = createMockChaster();
    const lockPath = `/locks/${mock.locks.wes.id}`;

    await doAction(mock, { name: 'set_display_remaining_time', params: false });
    const hidden = await call(mock, 'GET', lockPath, { as: mock.users.wes });
    await doAction(mock, { name: 'set_display_remaining_time', params: true });
    const shown = await call(mock, 'GET', lockPath, { as: mock.users.wes });

    expect(field(hidden.body, 'endDate')).toBeNull();
    expect(field(shown.body, 'endDate')).toEqual(expect.any(String));
  });

  it('refuses an unknown action and missing params', async () => {
    const mock = createMockChaster();
    const unknown = await doAction(mock, { name: 'explode' });
    const missing = await doAction(mock, { name: 'add_time' });

    expect(unknown.status).toBe(400);
    expect(field(missing.body, 'message')).toEqual([
      'params must be a number conforming to the specified constraints',
    ]);
  });

  it('refuses actions on a lock that has ended', async () => {
    const mock = createMockChaster();
    await call(mock, 'POST', `/locks/${mock.locks.wes.id}/unlock`, { as: mock.users.kim });
    const result = await doAction(mock, { name: 'add_time', params: 60 });

    expect(result.status).toBe(400);
  });
});

describe('custom history entries', () => {
  it('writes an entry with the extension\'s prefix and the user the role names', async () => {
    const mock = createMockChaster();
    const result = await call(mock, 'POST', `${sessionPath(mock)}/logs/custom`, {
      as: mock.users.dev,
      body: { title: '%USER% drew the ace', description: 'Spades', role: 'wearer', color: '#f00' },
    });
    const [entry] = await latestEntries(mock, mock.users.kim, mock.locks.wes.id, 1);

    expect(result.status).toBe(201);
    expect(entry).toMatchObject({
      type: 'custom',
      prefix: 'lucky-cards',
      role: 'user',
      title: '%USER% drew the ace',
      description: 'Spades',
      color: '#f00',
      user: { username: 'wes' },
    });
  });

  it('writes as the extension when no role is given', async () => {
    const mock = createMockChaster();
    await call(mock, 'POST', `${sessionPath(mock)}/logs/custom`, {
      as: mock.users.dev,
      body: { title: 'Shuffled', description: 'The deck was shuffled' },
    });
    const [entry] = await latestEntries(mock, mock.users.kim, mock.locks.wes.id, 1);

    expect(entry).toMatchObject({ role: 'extension', prefix: 'lucky-cards' });
    expect(entry).not.toHaveProperty('user');
  });
});

describe('the session\'s history', () => {
  it('pages newest first with lastId, and can keep only the extension\'s entries', async () => {
    const mock = createMockChaster();
    for (const title of ['one', 'two', 'three']) {
      await call(mock, 'POST', `${sessionPath(mock)}/logs/custom`, {
        as: mock.users.dev,
        body: { title, description: '' },
      });
    }
    const search = (body: Record<string, unknown>) =>
      call(mock, 'POST', `${sessionPath(mock)}/logs/search`, {
        as: mock.users.dev,
        body: { role: 'keyholder', showOnlyExtensionActions: true, ...body },
      });

    const first = await search({ limit: 2 });
    const results = field(first.body, 'results') as Record<string, unknown>[];
    const second = await search({ limit: 2, lastId: results[1]?._id });

    expect(first.status).toBe(201);
    expect(results.map((entry) => entry.title)).toEqual(['three', 'two']);
    expect(first.body).toMatchObject({ count: 3, hasMore: true });
    expect(second.body).toMatchObject({ results: [{ title: 'one' }], hasMore: false });
  });
});

describe('regular actions', () => {
  it('spends the hourly action with its payload, then answers 422 until the hour', async () => {
    const mock = createMockChaster();
    const path = `${sessionPath(mock)}/regular-actions`;
    const start = mock.clock.now();

    const spent = await call(mock, 'POST', path, {
      as: mock.users.dev,
      body: { payload: { card: 7 } },
    });
    const refused = await call(mock, 'POST', path, { as: mock.users.dev, body: { payload: {} } });
    mock.clock.advance(HOUR_MS);
    const read = await call(mock, 'GET', path, { as: mock.users.dev });

    expect(spent.status).toBe(201);
    expect(spent.body).toMatchObject({
      mode: 'non_cumulative',
      nbActionsRemaining: 0,
      actions: [{ date: new Date(start).toISOString(), payload: { card: 7 } }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      message: expect.stringContaining('do not have any action remaining'),
      nbActionsRemaining: 0,
      nextActionDate: new Date(start + HOUR_MS).toISOString(),
      regularity: 3600,
      mode: 'non_cumulative',
    });
    expect(read.body).toMatchObject({ nbActionsRemaining: 1, actions: [{ payload: { card: 7 } }] });
  });

  it('answers a 422 body that matches SubmitRegularActionErrorDto', async () => {
    const mock = createMockChaster();
    const path = `${sessionPath(mock)}/regular-actions`;
    await call(mock, 'POST', path, { as: mock.users.dev, body: { payload: {} } });
    const refused = await call(mock, 'POST', path, { as: mock.users.dev, body: { payload: {} } });

    const { effective } = await loadEffectiveDocument();
    const check = createSchemaValidator(effective).forResponse({
      method: 'POST',
      path: '/api/extensions/sessions/{sessionId}/regular-actions',
      status: 422,
    });

    expect(check?.(refused.body).valid).toBe(true);
  });

  it('reports -1 remaining and the current date in the unlimited mode', async () => {
    const mock = createMockChaster();
    for (const party of mock.locks.wes.extensions) {
      if (party.slug === 'lucky-cards') party.mode = 'unlimited';
    }
    const read = await call(mock, 'GET', `${sessionPath(mock)}/regular-actions`, {
      as: mock.users.dev,
    });

    expect(read.body).toMatchObject({
      nbActionsRemaining: -1,
      nextActionDate: new Date(mock.clock.now()).toISOString(),
    });
  });
});
