import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import { call, field } from './support.js';

const PORTAL = '/api/developers/extensions';

describe('the developer portal', () => {
  it('lists the seeded extension to its developer only', async () => {
    const mock = createMockChaster();
    const mine = await call(mock, 'GET', PORTAL, { as: mock.users.dev });
    const other = mock.createUser({ username: 'ada', isDeveloper: true });
    const theirs = await call(mock, 'GET', PORTAL, { as: other });

    expect(mine.status).toBe(200);
    expect((mine.body as unknown[]).map((item) => field(item, 'slug'))).toEqual(['lucky-cards']);
    expect(theirs.body).toEqual([]);
  });

  it('creates an extension with a slug made from its name', async () => {
    const mock = createMockChaster();
    const made = await call(mock, 'POST', PORTAL, {
      as: mock.users.dev,
      body: { displayName: 'Daily Dares!' },
    });
    const again = await call(mock, 'POST', PORTAL, {
      as: mock.users.dev,
      body: { displayName: 'Daily dares' },
    });

    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      slug: 'daily-dares',
      displayName: 'Daily Dares!',
      availableModes: ['unlimited'],
      isTesting: true,
      deletedAt: null,
    });
    expect(field(again.body, 'slug')).toBe('daily-dares-2');
  });

  it('updates only the fields sent and keeps them', async () => {
    const mock = createMockChaster();
    const path = `${PORTAL}/${mock.partner.extension.id}`;
    const update = await call(mock, 'PUT', path, {
      as: mock.users.dev,
      body: { summary: 'Cards decide', defaultRegularity: 7200, configDescription: null },
    });
    const read = await call(mock, 'GET', path, { as: mock.users.dev });

    expect(update.status).toBe(200);
    expect(update.body).toBeUndefined();
    expect(read.body).toMatchObject({
      summary: 'Cards decide',
      defaultRegularity: 7200,
      configDescription: null,
      displayName: 'Lucky Cards',
    });
  });

  it('refuses an update with a mode Chaster does not know', async () => {
    const mock = createMockChaster();
    const result = await call(mock, 'PUT', `${PORTAL}/${mock.partner.extension.id}`, {
      as: mock.users.dev,
      body: { availableModes: ['sometimes'] },
    });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toEqual([
      'each value in availableModes must be one of the following values: ' +
        'cumulative, non_cumulative, turn, unlimited',
    ]);
  });

  it('deletes an extension, after which it answers 404', async () => {
    const mock = createMockChaster();
    const path = `${PORTAL}/${mock.partner.extension.id}`;
    const removed = await call(mock, 'DELETE', path, { as: mock.users.dev });
    const read = await call(mock, 'GET', path, { as: mock.users.dev });
    const session = await call(
      mock,
      'GET',
      `/api/extensions/sessions/${mock.partner.session.sessionId}`,
      { as: mock.users.dev },
    );

    expect(removed.status).toBe(200);
    expect(read.status).toBe(404);
    expect(session.status).toBe(404);
  });

  it('answers 403 to a developer reading another developer\'s extension', async () => {
    const mock = createMockChaster();
    const other = mock.createUser({ username: 'ada', isDeveloper: true });
    const result = await call(mock, 'GET', `${PORTAL}/${mock.partner.extension.id}`, {
      as: other,
    });

    expect(result.status).toBe(403);
  });

  it('answers 404 for an unknown extension id', async () => {
    const mock = createMockChaster();
    const result = await call(mock, 'GET', `${PORTAL}/000000000000000000000000`, {
      as: mock.users.dev,
    });

    expect(result.body).toEqual({
      statusCode: 404,
      message: 'Extension not found',
      error: 'Not Found',
    });
  });

  it('answers 403 to a token without developer access and 401 without a token', async () => {
    const mock = createMockChaster();
    const plain = await call(mock, 'GET', PORTAL, { as: mock.users.kim });
    const anonymous = await call(mock, 'GET', PORTAL);

    expect(plain.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a creation without a display name with a validation body', async () => {
    const mock = createMockChaster();
    const result = await call(mock, 'POST', PORTAL, { as: mock.users.dev, body: {} });

    expect(result.body).toEqual({
      statusCode: 400,
      message: ['displayName must be a string', 'displayName should not be empty'],
      error: 'Bad Request',
    });
  });
});
