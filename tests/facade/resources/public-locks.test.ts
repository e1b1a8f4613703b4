import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterAbortError, ChasterUsageError } from '../../../src/errors/index.js';
import { PublicLocksResource } from '../../../src/facade/resources/public-locks.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { itemsWithIds, liveContext } from './support.js';

const SHARED_LOCK_ID = '6583af7c11d11c73728ac80f';

describe('publicLocks against the stub client', () => {
  it('gets a public shared lock by id', async () => {
    const stub = createStubClient().reply({ _id: SHARED_LOCK_ID, name: 'Open lock' });

    const sharedLock = await new PublicLocksResource(stub.context).get(SHARED_LOCK_ID);

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/public-locks/{sharedLockId}']);
    expect(call.params).toEqual({ path: { sharedLockId: SHARED_LOCK_ID } });
    expect(sharedLock.name).toBe('Open lock');
  });

  it('asks for the picture as a blob', async () => {
    const stub = createStubClient().reply({});

    await new PublicLocksResource(stub.context).image(SHARED_LOCK_ID);

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['GET', '/public-locks/images/{sharedLockId}']);
    expect(call.init['parseAs']).toBe('blob');
    expect(call.params).toEqual({ path: { sharedLockId: SHARED_LOCK_ID } });
  });

  it('reads the explore categories', async () => {
    const stub = createStubClient().reply([{ _id: 'c1', title: 'Featured', locks: [] }]);

    const categories = await new PublicLocksResource(stub.context).exploreCategories();

    expect(`${stub.onlyCall().method} ${stub.onlyCall().path}`).toBe('GET /explore/categories');
    expect(categories[0]?.title).toBe('Featured');
  });
});

describe('publicLocks.search paginator', () => {
  it('sends the criteria and follows the opaque cursor until hasMore is false', async () => {
    const stub = createStubClient()
      .reply({ results: itemsWithIds('a', 2), hasMore: true, count: 3, cursor: 'opaque-1' })
      .reply({ results: itemsWithIds('b', 1), hasMore: false, count: 3 });
    const criteria = { tags: ['Game'], matchAllTags: true };

    const found = await new PublicLocksResource(stub.context)
      .search({ criteria, limit: 2 })
      .collect({ limit: 10 });

    expect(found.map((item) => item._id)).toEqual(['a1', 'a2', 'b1']);
    expect(stub.calls.map((call) => `${call.method} ${call.path}`))
      .toEqual(['POST /public-locks/search', 'POST /public-locks/search']);
    expect(stub.calls.map((call) => call.body)).toEqual([
      { criteria, limit: 2 },
      { criteria, limit: 2, cursor: 'opaque-1' },
    ]);
  });

  it('searches everything with the default page size when given no options', async () => {
    const stub = createStubClient().reply({ results: [], hasMore: false, count: 0 });

    const page = await new PublicLocksResource(stub.context).search();

    expect(stub.onlyCall().body).toEqual({ criteria: {}, limit: 15 });
    expect(page).toEqual({ items: [], hasMore: false, total: 0 });
  });

  it('stops when a page says hasMore but gives no cursor', async () => {
    const stub = createStubClient()
      .reply({ results: itemsWithIds('a', 1), hasMore: true, count: 5 });

    const found = await new PublicLocksResource(stub.context).search().collect({ limit: 10 });

    expect(found).toHaveLength(1);
    expect(stub.calls).toHaveLength(1);
  });

  it('stops between pages once the signal is aborted, passing it to each request', async () => {
    const controller = new AbortController();
    const stub = createStubClient()
      .reply({ results: itemsWithIds('a', 1), hasMore: true, count: 5, cursor: 'next' });
    const paginator = new PublicLocksResource(stub.context).search({ signal: controller.signal });

    const seen: string[] = [];
    const walk = (async () => {
      for await (const item of paginator) {
        seen.push(item._id);
        controller.abort();
      }
    })();

    await expect(walk).rejects.toBeInstanceOf(ChasterAbortError);
    expect(seen).toEqual(['a1']);
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]?.signal).toBe(controller.signal);
  });
});

describe('publicLocks refusals', () => {
  it.each([
    ['get', (resource: PublicLocksResource) => resource.get('')],
    ['image', (resource: PublicLocksResource) => resource.image(' ')],
  ])('refuses an empty id in %s without a request', async (name, call) => {
    const stub = createStubClient();

    await expect(call(new PublicLocksResource(stub.context)))
      .rejects.toThrow(new ChasterUsageError(
        `publicLocks.${name} needs sharedLockId to be a non-empty string, got a blank string`,
      ));
    expect(stub.calls).toEqual([]);
  });
});

describe('publicLocks end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('downloads the picture as a Blob with its content type', async () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    nock(API)
      .get(`/public-locks/images/${SHARED_LOCK_ID}`)
      .reply(200, Buffer.from(bytes), { 'content-type': 'image/jpeg' });

    const picture = await new PublicLocksResource(liveContext()).image(SHARED_LOCK_ID);

    expect(picture.type).toBe('image/jpeg');
    expect(new Uint8Array(await picture.arrayBuffer())).toEqual(bytes);
  });

  it('searches over HTTP, accepting the 200 the search answers with', async () => {
    nock(API)
      .post('/public-locks/search', { criteria: { search: 'week' }, limit: 1 })
      .reply(200, { results: itemsWithIds('p', 1), hasMore: true, count: 2, cursor: 'c' })
      .post('/public-locks/search', { criteria: { search: 'week' }, limit: 1, cursor: 'c' })
      .reply(200, { results: itemsWithIds('q', 1), hasMore: false, count: 2 });

    const pages = [];
    const search = new PublicLocksResource(liveContext())
      .search({ criteria: { search: 'week' }, limit: 1 });
    for await (const page of search.pages()) pages.push(page.items.map((item) => item._id));

    expect(pages).toEqual([['p1'], ['q1']]);
    expect(nock.isDone()).toBe(true);
  });
});
