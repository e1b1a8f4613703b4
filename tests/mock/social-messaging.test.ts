import { beforeEach, describe, expect, it } from 'vitest';

import { createMockChaster } from '../../src/mock/index.js';
import type { MockChaster, UserRecord } from '../../src/mock/index.js';
import { call, field, HOUR_MS } from './support.js';

let mock: MockChaster;

beforeEach(() => {
  mock = createMockChaster();
});

interface ConversationBody {
  _id: string;
  status: string;
  unread: boolean;
  lastMessageAt: string;
  users: { username: string }[];
  lastMessage: { message: string } | null;
}

function start(as: UserRecord, to: UserRecord, message = 'Hello.') {
  return call(mock, 'POST', '/conversations', {
    as,
    body: { users: [to.id], type: 'private', message },
  });
}

async function seededConversationId(): Promise<string> {
  const { wes, kim } = mock.users;
  const result = await call(mock, 'GET', `/conversations/by-user/${kim.id}`, { as: wes });
  return String(field(result.body, '_id'));
}

function messagesOf(body: unknown): string[] {
  return (field(body, 'results') as { message: string }[]).map((item) => item.message);
}

describe('the seeded conversation', () => {
  it('shows wes the other member, the last message and an unread flag', async () => {
    const result = await call(mock, 'GET', '/conversations', { as: mock.users.wes });
    const [conversation] = field(result.body, 'results') as ConversationBody[];

    expect(result.body).toMatchObject({ count: 1, hasMore: false });
    expect(conversation).toMatchObject({
      users: [{ username: 'kim' }],
      status: 'approved',
      unread: true,
      lastMessage: { message: 'Good. Spin the wheel tonight.' },
    });
  });

  it('reads messages newest first by keyset and marks the conversation read', async () => {
    const id = await seededConversationId();
    const as = mock.users.wes;

    const first = await call(mock, 'GET', `/conversations/${id}/messages?limit=2`, { as });
    const lastId = (field(first.body, 'results') as { _id: string }[])[1]?._id ?? '';
    const next = `/conversations/${id}/messages?limit=2&lastId=${lastId}`;
    const second = await call(mock, 'GET', next, { as });
    const after = await call(mock, 'GET', `/conversations/${id}`, { as });

    expect(messagesOf(first.body)).toEqual([
      'Good. Spin the wheel tonight.',
      'Locked and waiting.',
    ]);
    expect(first.body).toMatchObject({ count: 3, hasMore: true });
    expect(messagesOf(second.body)).toEqual(['Ready for the weekend?']);
    expect(second.body).toMatchObject({ hasMore: false });
    expect(field(after.body, 'unread')).toBe(false);
  });

  it('answers 403 to a stranger and 404 for an unknown conversation', async () => {
    const id = await seededConversationId();

    const stranger = await call(mock, 'GET', `/conversations/${id}`, { as: mock.users.vic });
    const unknown = await call(mock, 'GET', '/conversations/000000000000000000000000', {
      as: mock.users.vic,
    });
    const anonymous = await call(mock, 'GET', `/conversations/${id}`);

    expect([stranger.status, unknown.status, anonymous.status]).toEqual([403, 404, 401]);
  });
});

describe('sending messages', () => {
  it('adds the message and marks the conversation unread for the other member', async () => {
    const id = await seededConversationId();
    const { wes, kim } = mock.users;
    mock.clock.advance(HOUR_MS);

    const sent = await call(mock, 'POST', `/conversations/${id}`, {
      as: wes,
      body: { message: 'On my way.' },
    });
    const forKim = await call(mock, 'GET', `/conversations/${id}`, { as: kim });

    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      message: 'On my way.',
      user: wes.id,
      conversation: id,
      type: 'message',
      attachments: [],
    });
    expect(forKim.body).toMatchObject({
      unread: true,
      lastMessageAt: new Date(mock.clock.now()).toISOString(),
      lastMessage: { message: 'On my way.' },
    });
  });

  it('attaches the files of an upload token', async () => {
    const id = await seededConversationId();
    const form = new FormData();
    form.append('type', 'messaging');
    form.append('files', new Blob(['png'], { type: 'image/png' }), 'shot.png');
    const upload = await mock.fetch('/files/upload', {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.users.wes.token}` },
      body: form,
    });
    const { token } = (await upload.json()) as { token: string };

    const sent = await call(mock, 'POST', `/conversations/${id}`, {
      as: mock.users.wes,
      body: { message: 'See this.', attachments: token },
    });
    const [attachment] = field(sent.body, 'attachments') as { url: string }[];
    const key = decodeURIComponent(attachment?.url.split('/').pop() ?? '');
    const file = await call(mock, 'GET', `/files/${key}`, { as: mock.users.kim });

    expect(upload.status).toBe(201);
    expect(key).toMatch(/^messaging-[0-9a-f]{24}\.png$/);
    expect(file.body).toEqual({ url: attachment?.url });
  });

  it('refuses an empty message with a class-validator sentence', async () => {
    const id = await seededConversationId();

    const result = await call(mock, 'POST', `/conversations/${id}`, {
      as: mock.users.wes,
      body: { message: '' },
    });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toEqual(['message should not be empty']);
  });

  it('answers 429 after 500 messages in a day, and again accepts them a day later', async () => {
    const id = await seededConversationId();
    const send = () => call(mock, 'POST', `/conversations/${id}`, {
      as: mock.users.wes,
      body: { message: 'Again.' },
    });
    for (let index = 0; index < 500; index += 1) await send();

    const refused = await send();
    mock.clock.advance(24 * HOUR_MS);
    const accepted = await send();

    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(refused.headers.get('x-ratelimit-limit')).toBe('500');
    expect(accepted.status).toBe(201);
  });
});

describe('starting conversations', () => {
  it('starts a conversation that is a pending request for the other user', async () => {
    const { vic, wes } = mock.users;

    const started = await start(vic, wes, 'Hi wes.');
    const approved = await call(mock, 'GET', '/conversations', { as: wes });
    const pending = await call(mock, 'GET', '/conversations?status=pending', { as: wes });

    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'approved', users: [{ username: 'wes' }] });
    expect(field(approved.body, 'count')).toBe(1);
    expect(field(pending.body, 'results')).toEqual([
      expect.objectContaining({ _id: field(started.body, '_id'), status: 'pending' }),
    ]);
  });

  it('approves a request when the recipient answers it', async () => {
    const { vic, wes } = mock.users;
    const id = String(field((await start(vic, wes)).body, '_id'));

    await call(mock, 'POST', `/conversations/${id}`, { as: wes, body: { message: 'Hi.' } });
    const forWes = await call(mock, 'GET', `/conversations/${id}`, { as: wes });

    expect(field(forWes.body, 'status')).toBe('approved');
  });

  it('adds to the existing conversation instead of opening a second one', async () => {
    const { kim, wes } = mock.users;
    const existing = await seededConversationId();

    const again = await start(kim, wes, 'Another thing.');

    expect(field(again.body, '_id')).toBe(existing);
    expect(field(again.body, 'lastMessage')).toEqual(
      expect.objectContaining({ message: 'Another thing.' }),
    );
  });

  it('refuses groups, oneself and unknown users', async () => {
    const { vic } = mock.users;

    const group = await call(mock, 'POST', '/conversations', {
      as: vic,
      body: { users: [mock.users.wes.id], type: 'group', message: 'Hi all.' },
    });
    const self = await start(vic, vic);
    const unknown = await call(mock, 'POST', '/conversations', {
      as: vic,
      body: { users: ['000000000000000000000000'], type: 'private', message: 'Hi.' },
    });

    expect([group.status, self.status, unknown.status]).toEqual([400, 400, 404]);
  });

  it('answers 429 to the 21st new conversation in a day', async () => {
    const { vic } = mock.users;
    const others = Array.from({ length: 21 }, (_, index) =>
      mock.createUser({ username: `pen-pal-${index}` }));
    const statuses: number[] = [];

    for (const other of others) statuses.push((await start(vic, other)).status);

    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('refuses to open a conversation across a block, whoever blocked', async () => {
    const { vic, wes } = mock.users;
    await call(mock, 'POST', '/blocks', { as: wes, body: { targetUserId: vic.id } });

    const result = await start(vic, wes);

    expect(result.status).toBe(403);
    expect(field(result.body, 'message')).toBe('You cannot interact with this user');
  });
});

describe('listing conversations', () => {
  it('continues after the offset given by the last item\'s lastMessageAt', async () => {
    const { vic } = mock.users;
    for (const name of ['ann', 'bob', 'cid']) {
      await start(mock.createUser({ username: name }), vic, `From ${name}.`);
      mock.clock.advance(60_000);
    }
    for (const name of ['ann', 'bob', 'cid']) {
      const other = mock.createUser({ username: `${name}-2` });
      await start(vic, other);
      mock.clock.advance(60_000);
    }

    const first = await call(mock, 'GET', '/conversations?limit=2', { as: vic });
    const items = field(first.body, 'results') as ConversationBody[];
    const offset = encodeURIComponent(items[1]?.lastMessageAt ?? '');
    const next = `/conversations?limit=2&offset=${offset}`;
    const second = await call(mock, 'GET', next, { as: vic });
    const usersOf = (body: unknown) =>
      (field(body, 'results') as ConversationBody[]).map((item) => item.users[0]?.username);

    expect(usersOf(first.body)).toEqual(['cid-2', 'bob-2']);
    expect(first.body).toMatchObject({ count: 3, hasMore: true });
    expect(usersOf(second.body)).toEqual(['ann-2']);
    expect(second.body).toMatchObject({ hasMore: false });
  });

  it('refuses a limit that is not a number', async () => {
    const result = await call(mock, 'GET', '/conversations?limit=many', { as: mock.users.wes });

    expect(result.status).toBe(400);
    expect(field(result.body, 'message')).toContain(
      'limit must be a number conforming to the specified constraints',
    );
  });
});

describe('status, unread flag and ignored users', () => {
  it('lists the users whose conversations the caller ignores', async () => {
    const { vic, wes } = mock.users;
    const id = String(field((await start(vic, wes)).body, '_id'));

    const ignored = await call(mock, 'PUT', `/conversations/${id}/status`, {
      as: wes,
      body: { status: 'ignored' },
    });
    const list = await call(mock, 'GET', '/messaging/ignored-users', { as: wes });

    expect(ignored.status).toBe(200);
    expect(list.body).toEqual({
      results: [{ _id: vic.id, username: 'vic', avatarUrl: vic.avatarUrl, conversationId: id }],
    });
  });

  it('sets the caller\'s own unread flag only', async () => {
    const id = await seededConversationId();
    const { kim, wes } = mock.users;

    await call(mock, 'PUT', `/conversations/${id}/unread`, { as: kim, body: { unread: true } });
    const forKim = await call(mock, 'GET', `/conversations/${id}`, { as: kim });
    await call(mock, 'PUT', `/conversations/${id}/unread`, { as: wes, body: { unread: false } });
    const forWes = await call(mock, 'GET', `/conversations/${id}`, { as: wes });

    expect(field(forKim.body, 'unread')).toBe(true);
    expect(field(forWes.body, 'unread')).toBe(false);
  });

  it('refuses a status other than approved or ignored', async () => {
    const id = await seededConversationId();

    const result = await call(mock, 'PUT', `/conversations/${id}/status`, {
      as: mock.users.wes,
      body: { status: 'pending' },
    });

    expect(result.status).toBe(400);
  });
});
