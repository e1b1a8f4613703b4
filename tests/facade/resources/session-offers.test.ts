import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterPermissionError, ChasterUsageError } from '../../../src/errors/index.js';
import { SessionOffersResource } from '../../../src/facade/resources/session-offers.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { liveContext } from './support.js';

const LOCK_ID = '659ee2b1e2b9bd2b5f0b6e83';
const REQUEST_ID = '65a0000000000000000000aa';
const TOKEN = 'offer-token-abc';

describe('sessionOffers against the stub client', () => {
  it('creates an offer for a lock with the keyholder in the body', async () => {
    const stub = createStubClient().reply(undefined);

    await new SessionOffersResource(stub.context).create(LOCK_ID, { keyholder: 'user_019' });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', '/session-offer/lock/{lockId}']);
    expect(call.params).toEqual({ path: { lockId: LOCK_ID } });
    expect(call.body).toEqual({ keyholder: 'user_019' });
  });

  it('reads the offers of a lock and the requests sent to the caller', async () => {
    const stub = createStubClient()
      .reply([{ lock: LOCK_ID, status: 'pending' }])
      .reply([{ _id: REQUEST_ID, status: 'pending' }]);
    const offers = new SessionOffersResource(stub.context);

    const status = await offers.status(LOCK_ID);
    const requests = await offers.requests();

    expect(stub.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /session-offer/lock/{lockId}/status', 'GET /session-offer/requests',
    ]);
    expect(stub.calls[0]?.params).toEqual({ path: { lockId: LOCK_ID } });
    expect([status[0]?.status, requests[0]?._id]).toEqual(['pending', REQUEST_ID]);
  });

  it('reads and accepts an offer link by token', async () => {
    const stub = createStubClient().reply({ _id: LOCK_ID, title: 'Self lock' }).reply(undefined);
    const offers = new SessionOffersResource(stub.context);

    const lock = await offers.get(TOKEN);
    await offers.accept(TOKEN);

    expect(stub.calls.map((call) => [call.method, call.path, call.params])).toEqual([
      ['GET', '/session-offer/token/{offerToken}', { path: { offerToken: TOKEN } }],
      ['GET', '/session-offer/token/{offerToken}/accept', { path: { offerToken: TOKEN } }],
    ]);
    expect(lock.title).toBe('Self lock');
  });

  it('validates and archives a request by id', async () => {
    const stub = createStubClient({ fallback: () => ({ body: undefined }) });
    const offers = new SessionOffersResource(stub.context);

    await offers.validate(REQUEST_ID, { accept: false });
    await offers.archive(REQUEST_ID);

    expect(stub.calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', '/session-offer/{sessionRequestId}', { accept: false }],
      ['GET', '/session-offer/{sessionRequestId}/archive', undefined],
    ]);
    expect(stub.calls.every((call) => call.params?.path?.['sessionRequestId'] === REQUEST_ID))
      .toBe(true);
  });

  it.each([
    ['an empty lock id', (offers: SessionOffersResource) =>
      offers.create('', { keyholder: 'user_019' })],
    ['an empty keyholder', (offers: SessionOffersResource) =>
      offers.create(LOCK_ID, { keyholder: '' })],
    ['an empty token', (offers: SessionOffersResource) => offers.accept('')],
    ['a missing accept flag', (offers: SessionOffersResource) =>
      offers.validate(REQUEST_ID, {} as { accept: boolean })],
    ['an empty request id', (offers: SessionOffersResource) => offers.archive('')],
  ])('refuses %s without a request', async (_case, call) => {
    const stub = createStubClient();

    await expect(call(new SessionOffersResource(stub.context)))
      .rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });
});

describe('sessionOffers end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('accepts a request over HTTP and surfaces a 403 as the permission error', async () => {
    nock(API)
      .post(`/session-offer/${REQUEST_ID}`, { accept: true }).reply(201)
      .get(`/session-offer/${REQUEST_ID}/archive`)
      .reply(403, { statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' });
    const offers = new SessionOffersResource(liveContext());

    await offers.validate(REQUEST_ID, { accept: true });
    const archiving = offers.archive(REQUEST_ID);

    await expect(archiving).rejects.toBeInstanceOf(ChasterPermissionError);
    await expect(archiving).rejects.toThrow('403 Forbidden resource');
    expect(nock.isDone()).toBe(true);
  });
});
