import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster, UserRecord } from '../../src/mock/index.js';
import { offerTokenOf } from '../../src/mock/social/session-offers/offer-token.js';
import { call, field } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

/** Starts a self-lock for `wearer` that takes keyholding offers (or not). */
async function selfLock(wearer: UserRecord, allowSessionOffer = true): Promise<string> {
  const code = await call(mock, 'POST', '/combinations/code', { as: wearer, body: { code: '1' } });
  const created = await call(mock, 'POST', '/locks', {
    as: wearer,
    body: {
      minDuration: 3600,
      maxDuration: 3600,
      maxLimitDuration: null,
      displayRemainingTime: true,
      limitLockTime: false,
      combinationId: field(code.body, 'combinationId'),
      extensions: [],
      allowSessionOffer,
      hideTimeLogs: false,
    },
  });
  return String(field(created.body, 'lockId'));
}

async function offer(lockId: string, keyholder: string, as = mock.users.wes) {
  return call(mock, 'POST', `/session-offer/lock/${lockId}`, { as, body: { keyholder } });
}

async function firstRequestId(keyholder: UserRecord): Promise<string> {
  const requests = await call(mock, 'GET', '/session-offer/requests', { as: keyholder });
  return (requests.body as { _id: string }[])[0]?._id ?? '';
}

function tokenOf(lockId: string): string {
  const lock = mock.state.locks.get(lockId);
  return lock === undefined ? '' : offerTokenOf(mock.state, lock) ?? '';
}

describe('keyholding offers sent to a keyholder', () => {
  it('shows a pending offer to the keyholder, who accepts it and takes the lock over', async () => {
    const { wes, vic } = mock.users;
    const lockId = await selfLock(wes);

    const sent = await offer(lockId, 'vic');
    const requests = await call(mock, 'GET', '/session-offer/requests', { as: vic });
    const requestId = await firstRequestId(vic);
    const accepted = await call(mock, 'POST', `/session-offer/${requestId}`, {
      as: vic,
      body: { accept: true },
    });
    const lock = await call(mock, 'GET', `/locks/${lockId}`, { as: vic });
    const status = await call(mock, 'GET', `/session-offer/lock/${lockId}/status`, { as: wes });
    const history = await call(mock, 'POST', `/locks/${lockId}/history`, {
      as: wes,
      body: { limit: 1 },
    });

    expect(sent.status).toBe(201);
    expect(requests.body).toEqual([
      expect.objectContaining({ keyholder: vic.id, status: 'pending', lock: expect.anything() }),
    ]);
    expect(accepted.status).toBe(201);
    expect(field(lock.body, 'keyholder')).toMatchObject({ username: 'vic' });
    expect(status.body).toEqual([
      expect.objectContaining({ lock: lockId, status: 'accepted', keyholder: expect.anything() }),
    ]);
    expect(field(history.body, 'results')).toEqual([
      expect.objectContaining({ type: 'session_offer_accepted', role: 'keyholder' }),
    ]);
  });

  it('leaves the lock a self-lock when the keyholder rejects the offer', async () => {
    const lockId = await selfLock(mock.users.wes);
    await offer(lockId, mock.users.vic.id);
    const requestId = await firstRequestId(mock.users.vic);

    await call(mock, 'POST', `/session-offer/${requestId}`, {
      as: mock.users.vic,
      body: { accept: false },
    });
    const lock = await call(mock, 'GET', `/locks/${lockId}`, { as: mock.users.wes });
    const again = await call(mock, 'POST', `/session-offer/${requestId}`, {
      as: mock.users.vic,
      body: { accept: true },
    });

    expect(field(lock.body, 'keyholder')).toBeNull();
    expect(again.status).toBe(400);
  });

  it('cancels a pending offer that the wearer archives', async () => {
    const { wes, vic } = mock.users;
    const lockId = await selfLock(wes);
    await offer(lockId, 'vic');
    const requestId = await firstRequestId(vic);

    const archived = await call(mock, 'GET', `/session-offer/${requestId}/archive`, { as: wes });
    const requests = await call(mock, 'GET', '/session-offer/requests', { as: vic });
    const accept = await call(mock, 'POST', `/session-offer/${requestId}`, {
      as: vic,
      body: { accept: true },
    });

    expect(archived.status).toBe(200);
    expect(requests.body).toEqual([]);
    expect(accept.status).toBe(400);
  });

  it('gives each role its own 403', async () => {
    const { wes, vic, kim } = mock.users;
    const lockId = await selfLock(wes);
    await offer(lockId, 'vic');
    const requestId = await firstRequestId(vic);

    const notWearer = await offer(lockId, 'kim', vic);
    const notKeyholder = await call(mock, 'POST', `/session-offer/${requestId}`, {
      as: kim,
      body: { accept: true },
    });
    const notSender = await call(mock, 'GET', `/session-offer/${requestId}/archive`, { as: vic });
    const statusByStranger = await call(mock, 'GET', `/session-offer/lock/${lockId}/status`, {
      as: kim,
    });

    expect([notWearer.status, notKeyholder.status, notSender.status, statusByStranger.status])
      .toEqual([403, 403, 403, 403]);
  });

  it('refuses offers for a lock that does not take them or already has a keyholder', async () => {
    const closed = await selfLock(mock.users.wes, false);

    const refused = await offer(closed, 'vic');
    const held = await call(mock, 'POST', `/session-offer/lock/${mock.locks.wes.id}`, {
      as: mock.users.wes,
      body: { keyholder: 'vic' },
    });

    expect(refused.status).toBe(400);
    expect(field(refused.body, 'message')).toBe('The lock does not accept keyholding offers');
    expect(held.status).toBe(400);
  });

  it('refuses a second pending offer to the same keyholder', async () => {
    const lockId = await selfLock(mock.users.wes);
    await offer(lockId, 'vic');

    const again = await offer(lockId, mock.users.vic.id);

    expect(again.status).toBe(400);
    expect(field(again.body, 'message')).toBe('An offer to this keyholder is already pending');
  });

  it('answers 404 for an unknown keyholder or offer', async () => {
    const lockId = await selfLock(mock.users.wes);

    const unknownKeyholder = await offer(lockId, 'nobody');
    const unknownOffer = await call(mock, 'POST', '/session-offer/000000000000000000000000', {
      as: mock.users.vic,
      body: { accept: true },
    });

    expect([unknownKeyholder.status, unknownOffer.status]).toEqual([404, 404]);
  });
});

describe('the offer link', () => {
  it('shows the lock to a keyholder with the token, who may take it over', async () => {
    const { wes, vic } = mock.users;
    const lockId = await selfLock(wes);
    const token = tokenOf(lockId);

    const page = await call(mock, 'GET', `/session-offer/token/${token}`, { as: vic });
    const accepted = await call(mock, 'GET', `/session-offer/token/${token}/accept`, { as: vic });
    const second = await call(mock, 'GET', `/session-offer/token/${token}/accept`, {
      as: mock.users.kim,
    });
    const lock = await call(mock, 'GET', `/locks/${lockId}`, { as: wes });

    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(page.body).toMatchObject({ _id: lockId, offerToken: token, role: 'visitor' });
    expect(accepted.status).toBe(200);
    expect(second.status).toBe(400);
    expect(field(lock.body, 'keyholder')).toMatchObject({ username: 'vic' });
  });

  it('has no token for a lock that does not take offers', async () => {
    const lockId = await selfLock(mock.users.wes, false);

    const unknown = await call(mock, 'GET', '/session-offer/token/0123456789abcdef', {
      as: mock.users.vic,
    });

    expect(tokenOf(lockId)).toBe('');
    expect(unknown.status).toBe(404);
  });

  it('refuses the wearer taking their own lock over', async () => {
    const lockId = await selfLock(mock.users.wes);

    const result = await call(mock, 'GET', `/session-offer/token/${tokenOf(lockId)}/accept`, {
      as: mock.users.wes,
    });

    expect(result.status).toBe(403);
  });
});
