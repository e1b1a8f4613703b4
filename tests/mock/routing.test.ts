import { describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import { call } from './support.js';

describe('routing', () => {
  const mock = createMockChaster();
  const { wes, kim } = mock.users;

  it('answers an unknown route with a NestJS-shaped 404', async () => {
    const result = await call(mock, 'GET', '/x?y=1', { as: wes });

    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      statusCode: 404,
      message: 'Cannot GET /x?y=1',
      error: 'Not Found',
    });
  });

  it('answers a known path with the wrong method with 404 too, as Express does', async () => {
    const result = await call(mock, 'DELETE', '/locks', { as: wes });

    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      statusCode: 404,
      message: 'Cannot DELETE /locks',
      error: 'Not Found',
    });
  });

  it('answers an unknown lock id with 404 Lock not found', async () => {
    const result = await call(mock, 'GET', '/locks/000000000000000000000000', { as: wes });

    expect(result.status).toBe(404);
    expect(result.body).toEqual({ statusCode: 404, message: 'Lock not found', error: 'Not Found' });
  });

  it('answers a documented operation without a handler with 501 naming it', async () => {
    const result = await call(mock, 'GET', '/extensions/penalty/penalties', { as: kim });

    expect(result.status).toBe(501);
    expect(result.body).toEqual({
      statusCode: 501,
      message: 'Not implemented by the fake Chaster: PenaltyController_getPenalties',
      error: 'Not Implemented',
    });
  });

  it('prefers a literal segment over a parameter', async () => {
    const result = await call(mock, 'GET', '/locks/shared-locks', { as: kim });

    expect(result.body).toMatchObject({
      message: 'Not implemented by the fake Chaster: LegacySharedLockController_DEPRECATEDFindAll',
    });
  });

  it('ignores one trailing slash', async () => {
    const result = await call(mock, 'GET', '/locks/', { as: wes });

    expect(result.status).toBe(200);
    expect(Array.isArray(result.body)).toBe(true);
  });

  it('puts a transaction id on every response, errors included', async () => {
    const found = await call(mock, 'GET', '/settings');
    const missing = await call(mock, 'GET', '/nowhere');

    const ids = [found, missing].map((result) => result.headers.get('x-chaster-transaction-id'));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-0000-4000-8000-[0-9a-f]{12}$/);
    expect(ids[1]).toMatch(/^[0-9a-f]{8}-0000-4000-8000-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('answers unparsable JSON with 400 before routing', async () => {
    const response = await mock.fetch('/locks/x/update-time', {
      method: 'POST',
      headers: { authorization: `Bearer ${wes.token}`, 'content-type': 'application/json' },
      body: '{"duration":',
    });
    const body = (await response.json()) as { statusCode: number; error: string };

    expect(response.status).toBe(400);
    expect(body.statusCode).toBe(400);
    expect(body.error).toBe('Bad Request');
  });

  it('resolves a path given without a host against the mock base URL', async () => {
    const relative = await mock.fetch('/settings');
    const absolute = await mock.fetch(`${mock.baseUrl}/settings`);

    expect(relative.status).toBe(200);
    expect(await relative.json()).toEqual(await absolute.json());
  });
});
