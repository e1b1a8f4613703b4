import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterNotFoundError, ChasterUsageError } from '../../../src/errors/index.js';
import type { SharedLockData, SharedLockSettings } from '../../../src/facade/resources/schemas.js';
import { SharedLock } from '../../../src/facade/resources/shared-lock.js';
import { SharedLocksResource } from '../../../src/facade/resources/shared-locks.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { fixture, itemsWithIds, liveContext } from './support.js';

const SHARED_LOCK_ID = '65872d75b7f937174e9e960b';

const SETTINGS: SharedLockSettings = {
  name: 'Weekend', description: 'Two days', minDuration: 86400, maxDuration: 172800,
  maxLimitDuration: null, minDate: null, maxDate: null, maxLimitDate: null,
  displayRemainingTime: true, limitLockTime: false, maxLockedUsers: null, isPublic: false,
  requireContact: false, password: null, photoId: 'Sj_3Jdr19L4', hideTimeLogs: false,
  isFindom: false,
};

async function detailBody(): Promise<SharedLockData> {
  return fixture<SharedLockData>('GET_shared-locks_sharedLockId.json');
}

describe('sharedLocks against the stub client', () => {
  it('lists shared locks by status and wraps each in a SharedLock', async () => {
    const stub = createStubClient().reply(await fixture('GET_shared-locks.json'));

    const sharedLocks = await new SharedLocksResource(stub.context).list({ status: 'archived' });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/shared-locks']);
    expect(call.params).toEqual({ query: { status: 'archived' } });
    expect(sharedLocks[0]).toBeInstanceOf(SharedLock);
    expect(sharedLocks[0]?.id).toBe(SHARED_LOCK_ID);
  });

  it('sends no status when the caller gives none', async () => {
    const stub = createStubClient().reply([]);

    await new SharedLocksResource(stub.context).list();

    expect(stub.onlyCall().params).toEqual({ query: {} });
  });

  it('gets one shared lock by id and passes the signal on', async () => {
    const stub = createStubClient().reply(await detailBody());
    const controller = new AbortController();

    const sharedLock = await new SharedLocksResource(stub.context)
      .get(SHARED_LOCK_ID, { signal: controller.signal });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/shared-locks/{sharedLockId}']);
    expect(call.params).toEqual({ path: { sharedLockId: SHARED_LOCK_ID } });
    expect(call.signal).toBe(controller.signal);
    expect(sharedLock.name).toBe((await detailBody()).name);
  });

  it('creates a shared lock with the settings as the body', async () => {
    const stub = createStubClient().reply({ id: 'new-id' });

    const created = await new SharedLocksResource(stub.context).create(SETTINGS);

    const call = stub.onlyCall();
    expect([call.method, call.path, call.body]).toEqual(['POST', '/shared-locks', SETTINGS]);
    expect(created).toEqual({ id: 'new-id' });
  });

  it('favorites, unfavorites and checks a favorite by id', async () => {
    const stub = createStubClient().reply(undefined).reply(undefined).reply({ favorite: true });
    const sharedLocks = new SharedLocksResource(stub.context);

    await sharedLocks.favorite(SHARED_LOCK_ID);
    await sharedLocks.unfavorite(SHARED_LOCK_ID);
    const favorite = await sharedLocks.isFavorite(SHARED_LOCK_ID);

    expect(stub.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'PUT /shared-locks/{sharedLockId}/favorite',
      'DELETE /shared-locks/{sharedLockId}/favorite',
      'GET /shared-locks/{sharedLockId}/favorite',
    ]);
    expect(stub.calls.every((call) => call.params?.path?.['sharedLockId'] === SHARED_LOCK_ID))
      .toBe(true);
    expect(favorite).toBe(true);
  });

  it('reads the tag list and the tags suggested for a text', async () => {
    const stub = createStubClient().reply([{ name: 'Game' }]).reply([{ name: 'Task' }]);
    const sharedLocks = new SharedLocksResource(stub.context);

    const tags = await sharedLocks.tags();
    const suggested = await sharedLocks.suggestedTags('a game of tasks');

    expect(stub.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /shared-lock-tags', 'POST /shared-lock-tags/suggested',
    ]);
    expect(stub.calls[1]?.body).toEqual({ text: 'a game of tasks' });
    expect([tags, suggested]).toEqual([[{ name: 'Game' }], [{ name: 'Task' }]]);
  });
});

describe('SharedLock objects', () => {
  it('read the creator from a plain id in lists and from a user object in details', async () => {
    const listed = (await fixture<SharedLockData[]>('GET_shared-locks.json'))[0];
    const detailed = await detailBody();
    const context = createStubClient().context;

    const fromList = new SharedLock(context, listed as SharedLockData);
    const fromDetail = new SharedLock(context, detailed);

    expect(fromList.creatorId).toBe('64e5b481e6ef00ee7c75907c');
    expect(fromList.creator).toBeUndefined();
    expect(fromDetail.creatorId).toBe(fromDetail.creator?._id);
    expect(typeof fromDetail.creator?.username).toBe('string');
  });

  it('update, archive, refresh and manage favorites on their own id', async () => {
    const detailed = await detailBody();
    const stub = createStubClient({ fallback: () => ({ body: undefined }) });
    const sharedLock = new SharedLock(stub.context, detailed);

    await sharedLock.update(SETTINGS);
    await sharedLock.archive();
    await sharedLock.favorite();
    await sharedLock.unfavorite();
    stub.reply({ favorite: false }).reply(detailed);
    const favorite = await sharedLock.isFavorite();
    const refreshed = await sharedLock.refresh();

    expect(stub.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'PUT /shared-locks/{sharedLockId}',
      'POST /shared-locks/{sharedLockId}/archive',
      'PUT /shared-locks/{sharedLockId}/favorite',
      'DELETE /shared-locks/{sharedLockId}/favorite',
      'GET /shared-locks/{sharedLockId}/favorite',
      'GET /shared-locks/{sharedLockId}',
    ]);
    expect(stub.calls[0]?.body).toEqual(SETTINGS);
    expect(stub.calls.every((call) => call.params?.path?.['sharedLockId'] === detailed._id))
      .toBe(true);
    expect(favorite).toBe(false);
    expect(refreshed).not.toBe(sharedLock);
    expect(refreshed.id).toBe(sharedLock.id);
  });

  it('tells whether the shared lock is archived', async () => {
    const context = createStubClient().context;
    const detailed = await detailBody();

    const active = new SharedLock(context, { ...detailed, archivedAt: null });
    const archivedAt = '2024-01-01T00:00:00.000Z';
    const archived = new SharedLock(context, { ...detailed, archivedAt });

    expect([active.isArchived, archived.isArchived]).toEqual([false, true]);
  });
});

describe('sharedLocks.favorites paginator', () => {
  it('follows the lastId the server gives until hasMore is false', async () => {
    const [first, second] = [itemsWithIds('a', 2), itemsWithIds('b', 1)];
    const stub = createStubClient()
      .reply({ results: first, hasMore: true, count: 3, lastId: 'favorite-cursor' })
      .reply({ results: second, hasMore: false, count: 3, lastId: 'ignored' });

    const favorites = await new SharedLocksResource(stub.context)
      .favorites({ limit: 2 })
      .collect({ limit: 10 });

    expect(favorites.map((item) => item._id)).toEqual(['a1', 'a2', 'b1']);
    expect(stub.calls.map((call) => call.body)).toEqual([
      { limit: 2 },
      { limit: 2, lastId: 'favorite-cursor' },
    ]);
    expect(stub.calls.every((call) => call.path === '/favorites/shared-locks')).toBe(true);
  });

  it('asks for the default page size of 15 and reports the total on the first page', async () => {
    const stub = createStubClient()
      .reply({ results: itemsWithIds('a', 1), hasMore: false, count: 1, lastId: 'x' });

    const page = await new SharedLocksResource(stub.context).favorites();

    expect(stub.onlyCall().body).toEqual({ limit: 15 });
    expect([page.items.length, page.hasMore, page.total]).toEqual([1, false, 1]);
  });

  it('stops when the server repeats a cursor it already gave', async () => {
    const repeated = { results: itemsWithIds('r', 1), hasMore: true, count: 9, lastId: 'same' };
    const stub = createStubClient({ fallback: () => ({ body: repeated }) });

    const items = await new SharedLocksResource(stub.context).favorites().collect({ limit: 50 });

    expect(items).toHaveLength(2);
    expect(stub.calls).toHaveLength(2);
  });
});

describe('sharedLocks refusals', () => {
  it.each([
    ['get', (resource: SharedLocksResource) => resource.get('')],
    ['favorite', (resource: SharedLocksResource) => resource.favorite('  ')],
    ['unfavorite', (resource: SharedLocksResource) => resource.unfavorite('')],
    ['isFavorite', (resource: SharedLocksResource) => resource.isFavorite('')],
  ])('refuses an empty id in %s without a request', async (name, call) => {
    const stub = createStubClient();

    const failure = call(new SharedLocksResource(stub.context));

    await expect(failure).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(failure).rejects.toThrow(`sharedLocks.${name} needs sharedLockId`);
    expect(stub.calls).toEqual([]);
  });

  it.each([0, -1, 2.5])('refuses a page size of %s without a request', (pageSize) => {
    const stub = createStubClient();

    expect(() => new SharedLocksResource(stub.context).favorites({ limit: pageSize }))
      .toThrow(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });

  it('throws the typed error when the server answers 404', async () => {
    const stub = createStubClient().replyError(404, {
      statusCode: 404, message: 'Shared lock not found', error: 'Not Found',
    });

    await expect(new SharedLocksResource(stub.context).get(SHARED_LOCK_ID))
      .rejects.toBeInstanceOf(ChasterNotFoundError);
  });
});

describe('sharedLocks end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('lists, reads, creates and reads tags over HTTP with the captured bodies', async () => {
    const listBody = await fixture<unknown[]>('GET_shared-locks.json');
    const detail = await detailBody();
    nock(API)
      .get('/shared-locks').query({ status: 'active' }).reply(200, listBody)
      .get(`/shared-locks/${detail._id}`).reply(200, detail)
      .post('/shared-locks', (body) => body.name === 'Weekend')
      .reply(201, await fixture('POST_shared-locks.json'))
      .get('/shared-lock-tags').reply(200, await fixture('GET_shared-lock-tags.json'));
    const sharedLocks = new SharedLocksResource(liveContext());

    const listed = await sharedLocks.list({ status: 'active' });
    const one = await sharedLocks.get(detail._id);
    const created = await sharedLocks.create(SETTINGS);
    const tags = await sharedLocks.tags();

    expect(listed).toHaveLength(listBody.length);
    expect(one.creator?.username).toBe('user_017');
    expect(listed[0]?.creator).toBeUndefined();
    expect(one.name).toBe(detail.name);
    expect(created).toEqual({ id: '12345' });
    expect(tags.map((tag) => tag.name)).toContain('Locktober');
    expect(nock.isDone()).toBe(true);
  });

  it('walks favorites over HTTP and archives a shared lock with an empty 201', async () => {
    const detail = await detailBody();
    nock(API)
      .post('/favorites/shared-locks', { limit: 1 })
      .reply(201, { results: itemsWithIds('f', 1), hasMore: true, count: 2, lastId: 'c1' })
      .post('/favorites/shared-locks', { limit: 1, lastId: 'c1' })
      .reply(201, { results: itemsWithIds('g', 1), hasMore: false, count: 2, lastId: 'c2' })
      .post(`/shared-locks/${detail._id}/archive`).reply(201);
    const sharedLocks = new SharedLocksResource(liveContext());

    const ids: string[] = [];
    for await (const favorite of sharedLocks.favorites({ limit: 1 })) ids.push(favorite._id);
    await new SharedLock(liveContext(), detail).archive();

    expect(ids).toEqual(['f1', 'g1']);
    expect(nock.isDone()).toBe(true);
  });
});
