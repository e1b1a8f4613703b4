import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterNotFoundError, ChasterUsageError } from '../../src/errors/index.js';
import { Chaster } from '../../src/facade/chaster.js';
import { Lock } from '../../src/facade/locks/lock.js';
import type { LockForPublic } from '../../src/facade/types.js';
import { CAPTURED_LOCK, LOCK_ID, readFixture } from './support/lock-bodies.js';
import { API, isolateNetwork, resetNetwork } from './support/network.js';

beforeEach(isolateNetwork);
afterEach(resetNetwork);

const chaster = () => new Chaster({ token: 'test-token', retry: false });

const WHEEL_LOCK = readFixture<{ lock: LockForPublic }>(
  'GET_locks_lockId_extensions_extensionId.json',
).lock;

describe('locks end to end', () => {
  it('lists the captured locks with the bearer token', async () => {
    const scope = nock(API).matchHeader('authorization', 'Bearer test-token')
      .get('/locks').query({ status: 'active' })
      .reply(200, readFixture('GET_locks.json'));

    const locks = await chaster().locks.list({ status: 'active' });

    expect(locks.map((lock) => [lock.id, lock.role, lock.status]))
      .toEqual([[LOCK_ID, 'wearer', 'locked']]);
    expect(scope.isDone()).toBe(true);
  });

  it('gets the captured lock, adds time and unlocks it through 201 and 204 answers', async () => {
    const sent: unknown[] = [];
    const scope = nock(API)
      .get(`/locks/${LOCK_ID}`).reply(200, CAPTURED_LOCK)
      .post(`/locks/${LOCK_ID}/update-time`, (body) => sent.push(body) > 0).reply(201)
      .post(`/locks/${LOCK_ID}/unlock`).reply(204);

    const lock = await chaster().locks.get(LOCK_ID);
    await lock.addTime({ minutes: 10 });
    await lock.unlock();

    expect(lock.remainingTime({ now: Date.parse('2024-01-12T02:38:00.000Z') })).toBe(41_000);
    expect(sent).toEqual([{ duration: 600 }]);
    expect(scope.isDone()).toBe(true);
  });

  it('reads the captured history as a paginator that stops on hasMore: false', async () => {
    const bodies: unknown[] = [];
    const scope = nock(API)
      .post(`/locks/${LOCK_ID}/history`, (body) => bodies.push(body) > 0)
      .reply(201, readFixture('POST_locks_lockId_history.json'));

    const lock = new Lock({ client: chaster().client }, CAPTURED_LOCK);
    const entries = await lock.history({ limit: 50 }).collect({ limit: 100 });

    expect(entries.map((entry) => entry.type)).toEqual(['locked']);
    expect(bodies).toEqual([{ limit: 50 }]);
    expect(scope.isDone()).toBe(true);
  });

  it('spins the wheel on the captured lock, finding the extension id by slug', async () => {
    const extensionId = WHEEL_LOCK.extensions[0]?._id;
    const scope = nock(API)
      .get(`/locks/${WHEEL_LOCK._id}`).reply(200, WHEEL_LOCK)
      .post(`/locks/${WHEEL_LOCK._id}/extensions/${extensionId}/action`,
        { action: 'submit', payload: {} })
      .reply(201, readFixture(
        'POST_locks_lockId_extensions_extensionId_action.wheel-of-fortune.submit.json',
      ));

    const lock = await chaster().locks.get(WHEEL_LOCK._id);
    const spin = await lock.spinWheelOfFortune();

    expect(spin).toEqual({
      index: 0, action: { segment: { type: 'add-time', text: '', duration: 3_600 } },
      text: 'Added 1 hour',
    });
    expect(scope.isDone()).toBe(true);
  });

  it('reads the captured extension info', async () => {
    const extensionId = WHEEL_LOCK.extensions[0]?._id;
    nock(API).get(`/locks/${WHEEL_LOCK._id}/extensions/${extensionId}`)
      .reply(200, readFixture('GET_locks_lockId_extensions_extensionId.json'));

    const info = await new Lock({ client: chaster().client }, WHEEL_LOCK)
      .extensionInfo('wheel-of-fortune');

    expect(info.extension['slug']).toBe('wheel-of-fortune');
    expect(info.lock._id).toBe(WHEEL_LOCK._id);
  });

  it('creates a lock and returns the captured answer', async () => {
    nock(API).post('/locks').reply(201, readFixture('POST_locks.json'));

    const created = await chaster().locks.create({
      combinationId: 'c', minDuration: 60, maxDuration: 3_600,
    });

    expect(created).toEqual({ lockId: 'string' });
  });

  it('uploads a verification picture as multipart with its file name', async () => {
    let contentType = '';
    let payload = '';
    const lock = { ...CAPTURED_LOCK, extensions: WHEEL_LOCK.extensions.map((extension) => ({
      ...extension, slug: 'verification-picture',
    })) };
    nock(API).post(`/extensions/verification-picture/${LOCK_ID}/submit`)
      .reply(function reply(_uri, body) {
        contentType = String(this.req.headers['content-type']);
        payload = typeof body === 'string' ? body : JSON.stringify(body);
        return [201];
      });

    await new Lock({ client: chaster().client }, lock)
      .submitVerificationPicture({ data: new TextEncoder().encode('JPEGDATA'), filename: 'a.jpg' });

    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(payload).toContain('filename="a.jpg"');
    expect(payload).toContain('JPEGDATA');
  });

  it('throws the typed 404 naming the path template', async () => {
    nock(API).get('/locks/missing')
      .reply(404, { statusCode: 404, message: 'Lock not found', error: 'Not Found' });

    const failure = chaster().locks.get('missing');

    await expect(failure).rejects.toBeInstanceOf(ChasterNotFoundError);
    await expect(failure).rejects.toThrow('GET /locks/{lockId}');
  });

  it('sends nothing for an action the role cannot take', async () => {
    const scope = nock(API).post(() => true).reply(201, {});
    const lock = new Lock({ client: chaster().client }, CAPTURED_LOCK);

    await expect(lock.removeTime(60)).rejects.toBeInstanceOf(ChasterUsageError);
    expect(scope.isDone()).toBe(false);
  });

  it('searches the keyholder\'s locks page by page', async () => {
    const pages: unknown[] = [];
    nock(API).post('/keyholder/locks/search', (body) => pages.push(body) > 0).times(2)
      .reply(201, (_uri, body) => ((body as { page: number }).page === 0
        ? { pages: 2, total: 2, locks: [CAPTURED_LOCK] }
        : { pages: 2, total: 2, locks: [{ ...CAPTURED_LOCK, _id: 'other' }] }));

    const ids: string[] = [];
    for await (const lock of chaster().keyholder.searchLocks({ limit: 1 })) ids.push(lock.id);

    expect(ids).toEqual([LOCK_ID, 'other']);
    expect(pages).toEqual([{ page: 0, limit: 1 }, { page: 1, limit: 1 }]);
  });
});
