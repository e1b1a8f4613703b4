import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../src/errors/index.js';
import { Chaster } from '../../src/facade/chaster.js';
import * as facade from '../../src/facade/index.js';
import { KeyholderResource } from '../../src/facade/keyholder.js';
import { LocksResource } from '../../src/facade/locks/locks-resource.js';
import { Partner } from '../../src/facade/partner/partner.js';
import { CAPTURED_LOCK, LOCK_ID } from './support/lock-bodies.js';
import { API, isolateNetwork, resetNetwork } from './support/network.js';
import { createStubClient } from './support/stub-client.js';

beforeEach(isolateNetwork);
afterEach(resetNetwork);

const PROPERTIES = [
  'locks', 'sharedLocks', 'publicLocks', 'keyholder', 'profile', 'users', 'files',
  'combinations', 'extensions', 'messaging', 'communityEvents', 'settings', 'reports', 'blocks',
  'sessionOffers', 'partner',
] as const;

describe('Chaster', () => {
  it('builds its own Layer 1 client from a token and sends it', async () => {
    const scope = nock(API).matchHeader('authorization', 'Bearer my-token')
      .get(`/locks/${LOCK_ID}`).reply(200, CAPTURED_LOCK);

    const chaster = new Chaster({ token: 'my-token' });
    const lock = await chaster.locks.get(LOCK_ID);

    expect(lock.id).toBe(LOCK_ID);
    expect(scope.isDone()).toBe(true);
  });

  it('exposes the Layer 1 client it built as `client`', async () => {
    nock(API).get('/locks').reply(200, []);

    const chaster = new Chaster({ token: 't' });
    const result = await chaster.client.GET('/locks');

    expect(result.response.status).toBe(200);
    expect(typeof chaster.client.POST).toBe('function');
  });

  it('uses a client it is given, and `client` is that very client', async () => {
    const stub = createStubClient();
    stub.reply([CAPTURED_LOCK]);

    const chaster = new Chaster({ client: stub.client });
    const [lock] = await chaster.locks.list();

    expect(chaster.client).toBe(stub.client);
    expect(lock?.id).toBe(LOCK_ID);
    expect(stub.onlyCall().path).toBe('/locks');
  });

  it('refuses a client together with client options', () => {
    const stub = createStubClient();
    const options = { client: stub.client, token: 't' } as unknown as { client: never };

    expect(() => new Chaster(options)).toThrow(ChasterUsageError);
    expect(() => new Chaster(options)).toThrow('also got token');
  });

  it('has every resource under its fixed name', () => {
    const chaster = new Chaster({ client: createStubClient().client });

    const missing = PROPERTIES.filter((name) => typeof chaster[name] !== 'object');

    expect(missing).toEqual([]);
    expect(chaster.locks).toBeInstanceOf(LocksResource);
    expect(chaster.keyholder).toBeInstanceOf(KeyholderResource);
    expect(chaster.partner).toBeInstanceOf(Partner);
  });

  it('hands the client id to the Extensions API', async () => {
    const stub = createStubClient();
    stub.reply({ session: { sessionId: 's' }, lockForUser: {}, role: 'wearer', userId: 'u' });

    await new Chaster({ client: stub.client, clientId: 'app' })
      .partner.auth.sessionFromMainToken('main-token');

    expect(stub.onlyCall().params?.header).toEqual({ 'X-Chaster-Client-Id': 'app' });
  });

  it('is exported with the rest of Layer 2 from the facade index, without test plumbing', () => {
    expect(facade.Chaster).toBe(Chaster);
    expect(typeof facade.createPaginator).toBe('function');
    expect(typeof facade.Lock).toBe('function');
    expect(typeof facade.parseWebhook).toBe('function');
    expect('facadeCoverage' in facade).toBe(false);
  });
});
