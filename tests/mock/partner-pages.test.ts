import { describe, expect, it } from 'vitest';

import { createMainToken, createMockChaster } from '../../src/mock/index.js';
import type { MockChaster, UserRecord } from '../../src/mock/index.js';
import { call, field } from './support.js';

async function exchange(
  mock: MockChaster,
  token: string,
  headers: Record<string, string> = { 'x-chaster-client-id': 'mock-client-lucky-cards' },
  as: UserRecord = mock.users.dev,
) {
  const response = await mock.fetch(`/api/extensions/auth/sessions/${token}`, {
    headers: { authorization: `Bearer ${as.token}`, ...headers },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('exchanging a main-page token', () => {
  it('gives the session, the user\'s role and the lock as that user sees it', async () => {
    const mock = createMockChaster();
    mock.locks.wes.displayRemainingTime = false;
    const token = createMainToken(mock, { session: mock.partner.session, user: mock.users.wes });
    const result = await exchange(mock, token);

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      role: 'wearer',
      userId: mock.users.wes.id,
      session: { sessionId: mock.partner.session.sessionId, lock: { endDate: expect.any(String) } },
      lockForUser: { _id: mock.locks.wes.id, endDate: null },
    });
  });

  it('tells the keyholder apart from the wearer', async () => {
    const mock = createMockChaster();
    const token = createMainToken(mock, { session: mock.partner.session, user: mock.users.kim });

    expect((await exchange(mock, token)).body).toMatchObject({ role: 'keyholder' });
  });

  it('answers 400 without X-Chaster-Client-Id and 401 with another client id', async () => {
    const mock = createMockChaster();
    const token = createMainToken(mock, { session: mock.partner.session, user: mock.users.wes });
    const missing = await exchange(mock, token, {});
    const wrong = await exchange(mock, token, { 'x-chaster-client-id': 'someone-else' });

    expect(missing.status).toBe(400);
    expect(wrong.status).toBe(401);
  });

  it('stops accepting a token after 12 hours of virtual time', async () => {
    const mock = createMockChaster();
    const token = createMainToken(mock, { session: mock.partner.session, user: mock.users.wes });
    mock.clock.advance(12 * 3_600_000 - 1);
    const late = await exchange(mock, token);
    mock.clock.advance(1);
    const expired = await exchange(mock, token);

    expect(late.status).toBe(200);
    expect(expired.status).toBe(404);
  });

  it('answers 404 for an unknown token and 403 for a user token', async () => {
    const mock = createMockChaster();

    expect((await exchange(mock, 'not-a-token')).status).toBe(404);
    expect((await exchange(mock, 'x', undefined, mock.users.wes)).status).toBe(403);
  });
});

describe('configuration pages', () => {
  it('opens a page for a new lock with the default config, and saves it', async () => {
    const mock = createMockChaster();
    const { extension } = mock.partner;
    const opened = await call(
      mock,
      'POST',
      `/partner-extensions/${extension.id}/partner-configurations`,
      { as: mock.users.wes, body: { role: 'wearer' } },
    );
    const path = `/api/extensions/configurations/${String(field(opened.body, 'token'))}`;
    const read = await call(mock, 'GET', path, { as: mock.users.dev });
    const saved = await call(mock, 'PUT', path, {
      as: mock.users.dev,
      body: { config: { deck: 'tarot' } },
    });
    const again = await call(mock, 'GET', path, { as: mock.users.dev });

    expect(opened.status).toBe(201);
    expect(read.body).toEqual({
      config: { deck: 'standard', cardsPerDraw: 1 },
      role: 'wearer',
      user: mock.users.wes.id,
      sessionId: null,
      extensionSlug: 'lucky-cards',
      createdAt: new Date(mock.clock.now()).toISOString(),
    });
    expect(saved.body).toMatchObject({ config: { deck: 'tarot' } });
    expect(again.body).toMatchObject({ config: { deck: 'tarot' } });
  });

  it('saving the page of a running session changes the session\'s config', async () => {
    const mock = createMockChaster();
    const { extension, session } = mock.partner;
    const opened = await call(
      mock,
      'POST',
      `/locks/${mock.locks.wes.id}/partner-extensions/${extension.id}/partner-configurations`,
      { as: mock.users.kim },
    );
    const path = `/api/extensions/configurations/${String(field(opened.body, 'token'))}`;
    const read = await call(mock, 'GET', path, { as: mock.users.dev });
    await call(mock, 'PUT', path, { as: mock.users.dev, body: { config: { deck: 'short' } } });
    const current = await call(mock, 'GET', `/api/extensions/sessions/${session.sessionId}`, {
      as: mock.users.dev,
    });

    expect(read.body).toMatchObject({ role: 'keyholder', sessionId: session.sessionId });
    expect(field(field(current.body, 'session'), 'config')).toEqual({ deck: 'short' });
  });

  it('lets only the lock\'s manager open a session\'s page', async () => {
    const mock = createMockChaster();
    const path = `/locks/${mock.locks.wes.id}/partner-extensions/` +
      `${mock.partner.extension.id}/partner-configurations`;

    expect((await call(mock, 'POST', path, { as: mock.users.vic })).status).toBe(403);
    expect((await call(mock, 'POST', path, { as: mock.users.wes })).status).toBe(403);
  });

  it('answers 404 for a lock without a session of the extension', async () => {
    const mock = createMockChaster();
    const path = `/locks/${mock.locks.sam.id}/partner-extensions/` +
      `${mock.partner.extension.id}/partner-configurations`;

    expect((await call(mock, 'POST', path, { as: mock.users.sam })).status).toBe(404);
  });

  it('hides a test extension from everyone but its developer', async () => {
    const mock = createMockChaster();
    mock.partner.extension.isTesting = true;
    const path = `/partner-extensions/${mock.partner.extension.id}/partner-configurations`;
    const body = { role: 'keyholder' };

    expect((await call(mock, 'POST', path, { as: mock.users.kim, body })).status).toBe(404);
    expect((await call(mock, 'POST', path, { as: mock.users.dev, body })).status).toBe(201);
  });

  it('answers 404 for an unknown configuration token and 403 to another developer', async () => {
    const mock = createMockChaster();
    const other = mock.createUser({ username: 'ada', isDeveloper: true });
    const opened = await call(
      mock,
      'POST',
      `/partner-extensions/${mock.partner.extension.id}/partner-configurations`,
      { as: mock.users.kim, body: { role: 'keyholder' } },
    );
    const path = `/api/extensions/configurations/${String(field(opened.body, 'token'))}`;

    expect((await call(mock, 'GET', path, { as: other })).status).toBe(403);
    const unknown = await call(mock, 'GET', '/api/extensions/configurations/nope', {
      as: mock.users.dev,
    });
    expect(unknown.status).toBe(404);
  });
});
