import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import { Conversation } from '../../../src/facade/resources/conversation.js';
import { MessagingResource } from '../../../src/facade/resources/messaging.js';
import type { ConversationData, Message } from '../../../src/facade/resources/schemas.js';
import { API, isolateNetwork, resetNetwork } from '../support/network.js';
import { createStubClient } from '../support/stub-client.js';
import { fixture, itemsWithIds, liveContext } from './support.js';

const USER_ID = '654521aac11d12acc75dff79';

async function conversationBody(): Promise<ConversationData> {
  return fixture<ConversationData>('GET_conversations_conversationId.json');
}

function conversationsPage(stamps: string[], hasMore: boolean) {
  const results = stamps.map((lastMessageAt, index) => ({ _id: `c${index}`, lastMessageAt }));
  return { results, hasMore, count: 99 };
}

describe('messaging against the stub client', () => {
  it('starts a private conversation with the first message', async () => {
    const stub = createStubClient().reply(await conversationBody());

    const conversation = await new MessagingResource(stub.context)
      .start({ users: [USER_ID], message: 'Hello', nonce: 'n-1' });

    const call = stub.onlyCall();
    expect([call.method, call.path]).toEqual(['POST', '/conversations']);
    expect(call.body)
      .toEqual({ message: 'Hello', nonce: 'n-1', users: [USER_ID], type: 'private' });
    expect(conversation).toBeInstanceOf(Conversation);
  });

  it('reads a conversation with a user and by id', async () => {
    const body = await conversationBody();
    const stub = createStubClient().reply(body).reply(body);
    const messaging = new MessagingResource(stub.context);

    const withUser = await messaging.withUser(USER_ID);
    const byId = await messaging.get(body._id);

    expect(stub.calls.map((call) => [call.path, call.params])).toEqual([
      ['/conversations/by-user/{userId}', { path: { userId: USER_ID } }],
      ['/conversations/{conversationId}', { path: { conversationId: body._id } }],
    ]);
    expect([withUser.id, byId.id]).toEqual([body._id, body._id]);
    expect(byId.users).toEqual(body.users);
  });

  it('lists the users whose conversations were ignored', async () => {
    const ignored = [{ _id: USER_ID, username: 'x', avatarUrl: '', conversationId: 'c' }];
    const stub = createStubClient().reply({ results: ignored });

    const users = await new MessagingResource(stub.context).ignoredUsers();

    const call = stub.onlyCall();
    expect(`${call.method} ${call.path}`).toBe('GET /messaging/ignored-users');
    expect(users).toEqual(ignored);
  });

  it.each([
    ['no users', { users: [], message: 'Hi' }, 'at least one user id'],
    ['a blank user id', { users: [''], message: 'Hi' }, 'every user id'],
    ['an empty message', { users: [USER_ID], message: '' }, 'text or attachments'],
  ])('refuses to start a conversation with %s', async (_case, options, message) => {
    const stub = createStubClient();

    const failure = new MessagingResource(stub.context).start(options);

    await expect(failure).rejects.toBeInstanceOf(ChasterUsageError);
    await expect(failure).rejects.toThrow(message);
    expect(stub.calls).toEqual([]);
  });
});

describe('messaging.conversations paginator', () => {
  it('continues from the last lastMessageAt with the status and page size', async () => {
    const stub = createStubClient()
      .reply(conversationsPage(['2024-01-10T00:00:00.000Z', '2024-01-09T00:00:00.000Z'], true))
      .reply(conversationsPage(['2024-01-08T00:00:00.000Z'], false));

    const conversations = await new MessagingResource(stub.context)
      .conversations({ status: 'approved', limit: 2 })
      .collect({ limit: 10 });

    expect(conversations.every((item) => item instanceof Conversation)).toBe(true);
    expect(conversations.map((item) => item.lastMessageAt)).toEqual([
      '2024-01-10T00:00:00.000Z', '2024-01-09T00:00:00.000Z', '2024-01-08T00:00:00.000Z',
    ]);
    expect(stub.calls.map((call) => call.params?.query)).toEqual([
      { limit: 2, status: 'approved' },
      { limit: 2, status: 'approved', offset: '2024-01-09T00:00:00.000Z' },
    ]);
  });

  it('sends no query fields the caller did not ask for on the first page', async () => {
    const stub = createStubClient().reply(conversationsPage([], false));

    const page = await new MessagingResource(stub.context).conversations();

    expect(stub.onlyCall().params).toEqual({ query: {} });
    expect([page.items, page.total]).toEqual([[], 99]);
  });

  it('stops when the server repeats the same offset', async () => {
    const stuck = conversationsPage(['2024-01-10T00:00:00.000Z'], true);
    const stub = createStubClient({ fallback: () => ({ body: stuck }) });

    const conversations = await new MessagingResource(stub.context)
      .conversations()
      .collect({ limit: 100 });

    expect(conversations).toHaveLength(2);
    expect(stub.calls).toHaveLength(2);
  });
});

describe('Conversation objects', () => {
  it('expose the body through read-only getters', async () => {
    const body = await conversationBody();

    const conversation = new Conversation(createStubClient().context, body);

    expect([conversation.id, conversation.status, conversation.unread])
      .toEqual([body._id, body.status, body.unread]);
    expect(conversation.data).toBe(body);
  });

  it('send a message, set the status and mark it unread on their own id', async () => {
    const body = await conversationBody();
    const sent = await fixture<Message>('POST_conversations_conversationId.json');
    const stub = createStubClient().reply(sent).reply(undefined).reply(undefined);
    const conversation = new Conversation(stub.context, body);

    const message = await conversation.send('Message text 1', { attachments: 'file-token' });
    await conversation.setStatus('ignored');
    await conversation.markUnread();

    expect(stub.calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', '/conversations/{conversationId}', {
        message: 'Message text 1', attachments: 'file-token',
      }],
      ['PUT', '/conversations/{conversationId}/status', { status: 'ignored' }],
      ['PUT', '/conversations/{conversationId}/unread', { unread: true }],
    ]);
    expect(stub.calls.every((call) => call.params?.path?.['conversationId'] === body._id))
      .toBe(true);
    expect(message).toEqual(sent);
  });

  it('keep the signal out of the message body', async () => {
    const stub = createStubClient().reply({});
    const controller = new AbortController();
    const conversation = new Conversation(stub.context, await conversationBody());

    await conversation.send('Hi', { signal: controller.signal });

    expect(stub.onlyCall().body).toEqual({ message: 'Hi' });
    expect(stub.onlyCall().signal).toBe(controller.signal);
  });

  it('allow an empty text when attachments are sent, and refuse it otherwise', async () => {
    const stub = createStubClient().reply({});
    const conversation = new Conversation(stub.context, await conversationBody());

    await conversation.send('', { attachments: 'file-token' });
    const refused = conversation.send('   ');

    await expect(refused).rejects.toThrow(new ChasterUsageError(
      'conversation.send needs a message with text or attachments, got neither',
    ));
    expect(stub.calls).toHaveLength(1);
  });

  it('refuse a non-boolean unread flag without a request', async () => {
    const stub = createStubClient();
    const conversation = new Conversation(stub.context, await conversationBody());

    await expect(conversation.markUnread('yes' as unknown as boolean))
      .rejects.toBeInstanceOf(ChasterUsageError);
    expect(stub.calls).toEqual([]);
  });

  it('page messages newest first by the last message id', async () => {
    const body = await conversationBody();
    const stub = createStubClient()
      .reply({ results: itemsWithIds('m', 2), hasMore: true, count: 3 })
      .reply({ results: itemsWithIds('n', 1), hasMore: false, count: 3 });

    const messages = await new Conversation(stub.context, body)
      .messages({ limit: 2 })
      .collect({ limit: 10 });

    expect(messages.map((message) => message._id)).toEqual(['m1', 'm2', 'n1']);
    expect(stub.calls.map((call) => call.params)).toEqual([
      { path: { conversationId: body._id }, query: { limit: 2 } },
      { path: { conversationId: body._id }, query: { limit: 2, lastId: 'm2' } },
    ]);
  });

  it('stop collecting messages at the limit without reading further pages', async () => {
    const stub = createStubClient()
      .reply({ results: itemsWithIds('m', 3), hasMore: true, count: 30 });

    const messages = await new Conversation(stub.context, await conversationBody())
      .messages()
      .collect({ limit: 2 });

    expect(messages.map((message) => message._id)).toEqual(['m1', 'm2']);
    expect(stub.calls).toHaveLength(1);
  });
});

describe('messaging end to end', () => {
  beforeEach(isolateNetwork);
  afterEach(resetNetwork);

  it('walks conversations, opens one and sends a message with the captured bodies', async () => {
    type ConversationsBody = { results: ConversationData[]; count: number };
    const list = await fixture<ConversationsBody>('GET_conversations.json');
    const last = list.results.at(-1) as ConversationData;
    const one = await conversationBody();
    nock(API)
      .get('/conversations').query({ limit: '2' })
      .reply(200, list)
      .get('/conversations').query({ limit: '2', offset: last.lastMessageAt })
      .reply(200, { results: [], hasMore: false, count: list.count })
      .get(`/conversations/${one._id}`).reply(200, one)
      .post(`/conversations/${one._id}`, { message: 'Message text 1' })
      .reply(201, await fixture('POST_conversations_conversationId.json'));
    const messaging = new MessagingResource(liveContext());

    const pages = [];
    for await (const page of messaging.conversations({ limit: 2 }).pages()) pages.push(page);
    const conversation = await messaging.get(one._id);
    const sent = await conversation.send('Message text 1');

    expect(pages.map((page) => page.items.length)).toEqual([list.results.length, 0]);
    expect(pages[0]?.total).toBe(77);
    expect(sent.conversation).toBe(one._id);
    expect(nock.isDone()).toBe(true);
  });
});
