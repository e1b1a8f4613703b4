import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import { call, extensionId } from './support.js';

const UNAUTHORIZED = { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' };

describe('authentication', () => {
  const mock = createMockChaster();

  it('answers 401 without a token', async () => {
    const result = await call(mock, 'GET', '/auth/profile');

    expect(result.status).toBe(401);
    expect(result.body).toEqual(UNAUTHORIZED);
  });

  it('answers 401 for an unknown token, even on a public route', async () => {
    const result = await call(mock, 'GET', '/settings', { as: { token: 'not-a-real-token' } });

    expect(result.status).toBe(401);
    expect(result.body).toEqual(UNAUTHORIZED);
  });

  it('answers 401 for an authorization header that is not a bearer token', async () => {
    const response = await mock.fetch('/auth/profile', {
      headers: { authorization: 'Basic a2ltOnB3' },
    });

    expect(response.status).toBe(401);
  });

  it('serves the app settings and the extension catalog without a token', async () => {
    const settings = await call(mock, 'GET', '/settings');
    const catalog = await call(mock, 'GET', '/extensions');

    expect(settings.status).toBe(200);
    expect(catalog.status).toBe(200);
  });

  it('signs in each seeded user with its documented token', async () => {
    for (const name of ['kim', 'wes', 'sam', 'vic'] as const) {
      const user = mock.users[name];
      const result = await call(mock, 'GET', '/auth/profile', { as: user });

      expect(user.token).toBe(`mock-token-${name}`);
      expect(result.body).toMatchObject({ _id: user.id, username: name });
    }
  });
});

describe('permissions on a lock', () => {
  const mock = createMockChaster();
  const { kim, wes, sam, vic } = mock.users;
  const lockId = mock.locks.wes.id;

  it('answers 403 to a stranger reading a lock', async () => {
    const result = await call(mock, 'GET', `/locks/${lockId}`, { as: vic });

    expect(result.status).toBe(403);
    expect(result.body).toEqual({
      statusCode: 403,
      message: 'Forbidden resource',
      error: 'Forbidden',
    });
  });

  it('answers 403 to a stranger reading the history', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/history`, { as: sam, body: {} });

    expect(result.status).toBe(403);
  });

  it('answers 403 to a wearer removing time, and changes nothing', async () => {
    const before = mock.locks.wes.endsAt;
    const result = await call(mock, 'POST', `/locks/${lockId}/update-time`, {
      as: wes,
      body: { duration: -3600 },
    });

    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ message: 'The wearer can only add time' });
    expect(mock.locks.wes.endsAt).toBe(before);
  });

  it('lets the keyholder remove time', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/update-time`, {
      as: kim,
      body: { duration: -60 },
    });

    expect(result.status).toBe(201);
  });

  it('answers 403 to a wearer freezing their own lock', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/freeze`, {
      as: wes,
      body: { isFrozen: true },
    });

    expect(result.status).toBe(403);
  });

  it('answers 403 to a wearer changing the keyholder settings', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/settings`, {
      as: wes,
      body: { displayRemainingTime: false },
    });

    expect(result.status).toBe(403);
  });

  it('answers 403 to a wearer running a keyholder-only extension action', async () => {
    const pillory = extensionId(mock.locks.wes, 'pillory');
    const result = await call(mock, 'POST', `/locks/${lockId}/extensions/${pillory}/action`, {
      as: wes,
      body: { action: 'submit', payload: { duration: 600, reason: 'self' } },
    });

    expect(result.status).toBe(403);
  });

  it('answers 403 to a keyholder spinning the wearer\'s wheel', async () => {
    const wheel = extensionId(mock.locks.wes, 'wheel-of-fortune');
    const result = await call(mock, 'POST', `/locks/${lockId}/extensions/${wheel}/action`, {
      as: kim,
      body: { action: 'submit', payload: {} },
    });

    expect(result.status).toBe(403);
  });
});
