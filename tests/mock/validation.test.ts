import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import { call } from './support.js';

describe('invalid input', () => {
  const mock = createMockChaster();
  const { kim, wes } = mock.users;
  const lockId = mock.locks.wes.id;

  it('answers a wrong type with a class-validator message list', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/update-time`, {
      as: kim,
      body: { duration: '1h' },
    });

    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      statusCode: 400,
      message: ['duration must be a number conforming to the specified constraints'],
      error: 'Bad Request',
    });
  });

  it('treats a missing body as an empty object and lists every broken constraint', async () => {
    const result = await call(mock, 'POST', '/locks', { as: wes });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      message: [
        'minDuration must be a number conforming to the specified constraints',
        'maxDuration must be a number conforming to the specified constraints',
        'maxLimitDuration must be a number conforming to the specified constraints',
        'displayRemainingTime must be a boolean value',
        'limitLockTime must be a boolean value',
        'combinationId must be a string',
        'combinationId should not be empty',
        'extensions must be an array',
        'allowSessionOffer must be a boolean value',
        'hideTimeLogs must be a boolean value',
      ],
    });
  });

  it('prefixes the messages of nested items with their path', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/extensions`, {
      as: kim,
      body: { extensions: [{ slug: 'dice', config: {}, mode: 'sometimes', regularity: 3600 }] },
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      message: [
        'extensions.0.mode must be one of the following values: ' +
          'cumulative, non_cumulative, turn, unlimited',
      ],
    });
  });

  it('answers bounds violations on the history limit', async () => {
    const result = await call(mock, 'POST', `/locks/${lockId}/history`, {
      as: kim,
      body: { limit: 500 },
    });

    expect(result.body).toMatchObject({ message: ['limit must not be greater than 100'] });
  });

  it('answers an unknown lock status filter with 400', async () => {
    const result = await call(mock, 'GET', '/locks?status=frozen', { as: wes });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      message: ['status must be one of the following values: active, archived, all'],
    });
  });

  it('answers an unknown extension action with 400', async () => {
    const dice = mock.locks.wes.extensions.find((party) => party.slug === 'dice');
    const result = await call(mock, 'POST', `/locks/${lockId}/extensions/${dice?.id}/action`, {
      as: wes,
      body: { action: 'cheat', payload: {} },
    });

    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ message: 'Unknown action cheat for the extension dice' });
  });

  it('answers an action body without a payload object with 400', async () => {
    const dice = mock.locks.wes.extensions.find((party) => party.slug === 'dice');
    const result = await call(mock, 'POST', `/locks/${lockId}/extensions/${dice?.id}/action`, {
      as: wes,
      body: { action: 'submit' },
    });

    expect(result.body).toMatchObject({ message: ['payload must be an object'] });
  });
});

describe('action names', () => {
  it('answers 400, not 500, for an action named after an object method', async () => {
    const mock = createMockChaster();
    const dice = mock.locks.wes.extensions.find((party) => party.slug === 'dice');

    const path = `/locks/${mock.locks.wes.id}/extensions/${dice?.id}/action`;
    const result = await call(mock, 'POST', path, {
      as: mock.users.wes,
      body: { action: 'toString', payload: {} },
    });

    expect(result.status).toBe(400);
  });
});
