import { inflateSync } from 'node:zlib';

import { beforeEach, describe, expect, it } from 'vitest';

import { socialUserSearchHandlers } from '../../src/mock/handlers/social-user-search.js';
import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster } from '../../src/mock/index.js';
import { socialBadgeCounts } from '../../src/mock/social/badge-counts.js';
import { solidPng } from '../../src/mock/social/png.js';
import { reports } from '../../src/mock/social/reports.js';
import { act, call, field } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

describe('blocks', () => {
  it('lists, reports and lifts a block, both ways', async () => {
    const { sam, vic } = mock.users;
    const target = { targetUserId: vic.id };

    const blocked = await call(mock, 'POST', '/blocks', { as: sam, body: target });
    const list = await call(mock, 'GET', '/blocks', { as: sam });
    const fromSam = await call(mock, 'GET', `/blocks/block-interaction/${vic.id}`, { as: sam });
    const fromVic = await call(mock, 'GET', `/blocks/block-interaction/${sam.id}`, { as: vic });
    await call(mock, 'POST', '/blocks/unblock', { as: sam, body: target });
    const lifted = await call(mock, 'GET', `/blocks/block-interaction/${vic.id}`, { as: sam });

    expect(blocked.status).toBe(201);
    expect(list.body).toEqual({
      results: [{ _id: vic.id, username: 'vic', avatarUrl: vic.avatarUrl }],
    });
    expect(fromSam.body).toEqual({
      blockedByActionUser: true,
      blockedByOtherUser: false,
      canInteract: false,
    });
    expect(fromVic.body).toEqual({
      blockedByActionUser: false,
      blockedByOtherUser: true,
      canInteract: false,
    });
    expect(lifted.body).toMatchObject({ canInteract: true });
  });

  it('refuses blocking oneself or an unknown user', async () => {
    const { sam } = mock.users;

    const self = await call(mock, 'POST', '/blocks', { as: sam, body: { targetUserId: sam.id } });
    const unknown = await call(mock, 'POST', '/blocks', {
      as: sam,
      body: { targetUserId: '000000000000000000000000' },
    });

    expect([self.status, unknown.status]).toEqual([400, 404]);
  });
});

async function seededMessageId(): Promise<string> {
  const { wes, kim } = mock.users;
  const conversation = await call(mock, 'GET', `/conversations/by-user/${kim.id}`, { as: wes });
  const path = `/conversations/${String(field(conversation.body, '_id'))}/messages`;
  const messages = await call(mock, 'GET', path, { as: wes });
  return (field(messages.body, 'results') as { _id: string }[])[0]?._id ?? '';
}

describe('reports', () => {
  it('stores a report on a user or on a message the reporter can read', async () => {
    const { wes, kim } = mock.users;
    const messageId = await seededMessageId();

    const onUser = await call(mock, 'POST', '/reports', {
      as: wes,
      body: { target: { type: 'user', userId: kim.id }, reason: 'harassment' },
    });
    const onMessage = await call(mock, 'POST', '/reports', {
      as: wes,
      body: { target: { type: 'message', messageId }, reason: 'other', message: 'Rude' },
    });

    expect([onUser.status, onMessage.status]).toEqual([201, 201]);
    expect(reports(mock.state).map((report) => [report.targetType, report.reason])).toEqual([
      ['user', 'harassment'],
      ['message', 'other'],
    ]);
  });

  it('refuses bad reasons, malformed targets and messages the reporter cannot read', async () => {
    const { vic, wes } = mock.users;
    const messageId = await seededMessageId();

    const badReason = await call(mock, 'POST', '/reports', {
      as: vic,
      body: { target: { type: 'user', userId: wes.id }, reason: 'boredom' },
    });
    const badTarget = await call(mock, 'POST', '/reports', {
      as: vic,
      body: { target: { type: 'user' }, reason: 'other' },
    });
    const hidden = await call(mock, 'POST', '/reports', {
      as: vic,
      body: { target: { type: 'message', messageId }, reason: 'other' },
    });

    expect(badReason.status).toBe(400);
    expect(field(badTarget.body, 'message')).toEqual(['target.userId must be a string']);
    expect(hidden.status).toBe(404);
    expect(reports(mock.state)).toEqual([]);
  });
});

describe('finding users', () => {
  it('finds users by part of their username, the exact match first', async () => {
    mock.createUser({ username: 'kimberly' });
    mock.createUser({ username: 'akim' });

    const result = await call(mock, 'POST', '/users/search/by-username', {
      as: mock.users.wes,
      body: { search: 'KIM' },
    });

    expect(result.status).toBe(201);
    expect((result.body as { username: string }[]).map((user) => user.username)).toEqual([
      'kim',
      'kimberly',
      'akim',
    ]);
  });

  it('finds the user linked to a Discord account, and 404 for an unknown one', async () => {
    const found = await call(mock, 'GET', '/users/search/by-discord-id/100000000000000001', {
      as: mock.users.wes,
    });
    const unknown = await call(mock, 'GET', '/users/search/by-discord-id/42', {
      as: mock.users.wes,
    });

    expect(found.body).toMatchObject({ _id: mock.users.kim.id, username: 'kim' });
    expect(unknown.status).toBe(404);
  });
});

describe('the user search, served once registered', () => {
  it('pages by the compound keyset of last access and id', async () => {
    const withSearch = createMockChaster({ handlers: socialUserSearchHandlers });
    const as = withSearch.users.wes;
    const search = (extra: Record<string, unknown>) => call(withSearch, 'POST', '/users/search', {
      as,
      body: { criteria: {}, limit: 2, ...extra },
    });

    const first = await search({});
    const results = field(first.body, 'results') as { _id: string }[];
    const second = await search({
      lastId: results[1]?._id,
      lastAccessForUserList: field(first.body, 'lastAccessForUserList'),
    });
    const everyone = [...(field(first.body, 'results') as { username: string }[]),
      ...(field(second.body, 'results') as { username: string }[])];

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ hasMore: true, lastAccessForUserList: expect.any(String) });
    expect(everyone.map((user) => user.username).sort()).toEqual(['dev', 'kim', 'sam', 'vic']);
    expect(second.body).toMatchObject({ hasMore: false });
  });

  it('filters by role', async () => {
    const withSearch = createMockChaster({ handlers: socialUserSearchHandlers });

    const result = await call(withSearch, 'POST', '/users/search', {
      as: withSearch.users.vic,
      body: { criteria: { role: { wearer: true, keyholder: false } }, limit: 10 },
    });

    expect((field(result.body, 'results') as { username: string }[]).map((user) => user.username))
      .toEqual(['sam', 'wes']);
  });
});

describe('the community event', () => {
  it('counts the caller\'s history entries of the day, capped per action', async () => {
    const { wes } = mock.users;
    for (let roll = 0; roll < 5; roll += 1) {
      await act(mock, wes, mock.locks.wes, 'dice', 'submit');
    }

    const today = await call(mock, 'POST', '/community-event/details', {
      as: wes,
      body: { date: new Date(mock.clock.now()).toISOString() },
    });

    expect(today.status).toBe(201);
    expect(today.body).toMatchObject({
      actions: { dice_rolled: 4 },
      categories: { wearer: 20, keyholder: 0 },
      start: '2024-06-01T00:00:00.000Z',
      end: '2024-06-02T00:00:00.000Z',
    });
  });

  it('lists the categories to a signed-in user only', async () => {
    const signedIn = await call(mock, 'GET', '/community-event/categories', {
      as: mock.users.wes,
    });
    const anonymous = await call(mock, 'GET', '/community-event/categories');

    expect((signedIn.body as { name: string }[]).map((category) => category.name)).toEqual([
      'wearer',
      'keyholder',
    ]);
    expect(anonymous.status).toBe(401);
  });
});

describe('files and combination images', () => {
  function upload(path: string, form: FormData) {
    return mock.fetch(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.users.wes.token}` },
      body: form,
    });
  }

  it('refuses an upload without files or without a storage type', async () => {
    const noFile = new FormData();
    noFile.append('type', 'messaging');
    const noType = new FormData();
    noType.append('files', new Blob(['x']), 'x.txt');

    const first = await upload('/files/upload', noFile);
    const second = await upload('/files/upload', noType);

    expect(first.status).toBe(400);
    expect(((await first.json()) as { message: string[] }).message).toEqual([
      'files should not be empty',
    ]);
    expect(second.status).toBe(400);
  });

  it('stores a combination image, and refuses a file that is not an image', async () => {
    const image = new FormData();
    image.append('file', new Blob(['jpg'], { type: 'image/jpeg' }), 'key.jpg');
    const text = new FormData();
    text.append('file', new Blob(['txt'], { type: 'text/plain' }), 'key.txt');

    const stored = await upload('/combinations/image', image);
    const refused = await upload('/combinations/image', text);

    expect(stored.status).toBe(201);
    expect((await stored.json()) as unknown).toEqual({ combinationId: expect.any(String) });
    expect(refused.status).toBe(400);
  });

  it('answers 404 for a file key nobody uploaded', async () => {
    const result = await call(mock, 'GET', '/files/nothing.png', { as: mock.users.wes });

    expect(result.status).toBe(404);
  });
});

describe('the social badge counts', () => {
  it('counts message requests, unread conversations and keyholding offers waiting', async () => {
    const { wes, vic, sam } = mock.users;
    await call(mock, 'POST', '/conversations', {
      as: sam,
      body: { users: [wes.id], type: 'private', message: 'Hi.' },
    });
    const lock = mock.createLock({ wearer: 'wes', title: 'Open to offers' });
    lock.allowSessionOffer = true;
    await call(mock, 'POST', `/session-offer/lock/${lock.id}`, {
      as: wes,
      body: { keyholder: 'vic' },
    });

    expect(socialBadgeCounts(mock.state, wes)).toEqual({
      keyholdingRequests: 0,
      pendingMessages: 1,
      unreadMessages: 1,
    });
    expect(socialBadgeCounts(mock.state, vic)).toEqual({
      keyholdingRequests: 1,
      pendingMessages: 0,
      unreadMessages: 0,
    });
  });
});

describe('the shared-lock picture', () => {
  it('is a valid 16 by 16 PNG whose colour depends on the shared lock', () => {
    const picture = solidPng('65872d75b7f937174e9e960b');
    const other = solidPng('6583af7c11d11c73728ac80f');
    const view = new DataView(picture.buffer);
    const dataLength = view.getUint32(33);
    const pixels = inflateSync(picture.subarray(41, 41 + dataLength));

    expect([...picture.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([16, 16]);
    expect(pixels.length).toBe(16 * (1 + 16 * 3));
    // IEND's CRC is a constant, so it checks the CRC-32 every chunk carries.
    expect(view.getUint32(picture.length - 4)).toBe(0xae426082);
    expect(Buffer.from(picture).equals(Buffer.from(other))).toBe(false);
    expect(Buffer.from(solidPng('65872d75b7f937174e9e960b')).equals(Buffer.from(picture)))
      .toBe(true);
  });
});
