/**
 * The consumer files whose type-checking cost is compared: the same eight typical calls (list
 * locks, get a lock, add time, spin the wheel, read history, send a message, get the profile,
 * search public locks) written against each API, plus an empty file for the fixed cost of the
 * standard library.
 *
 * Each returns what its calls resolved to, so the checker must work out every result type, as
 * it would for code that goes on to use them.
 */

/** One consumer file. */
export interface TypeConsumer {
  /** Short stable key used in JSON output and as the file name. */
  id: string;

  /** Human label used in the table. */
  label: string;

  /** The file's TypeScript source. */
  source: string;
}

/** Nothing but an export: what any program pays before it makes a call. */
export const EMPTY_CONSUMER: TypeConsumer = {
  id: 'empty',
  label: 'empty file',
  source: 'export const nothing = 1;\n',
};

/** Layer 2, the `Chaster` facade. */
export const LAYER2_CONSUMER: TypeConsumer = {
  id: 'layer2',
  label: 'chaster-sdk Layer 2',
  source: `import { Chaster } from 'chaster-sdk';

const chaster = new Chaster({ token: 'token' });

export async function typicalCalls(lockId: string, conversationId: string) {
  const locks = await chaster.locks.list();
  const lock = await chaster.locks.get(lockId);
  await lock.addTime({ hours: 1 });
  const spin = await lock.spinWheelOfFortune();
  const history = await lock.history({ limit: 20 });
  const conversation = await chaster.messaging.get(conversationId);
  const sent = await conversation.send('hello');
  const me = await chaster.profile.me();
  const found = await chaster.publicLocks.search({ criteria: { search: 'weekend' } });
  return { locks, lock, spin, history, sent, me, found };
}
`,
};

/** Layer 1, openapi-fetch style calls typed by path. */
export const LAYER1_CONSUMER: TypeConsumer = {
  id: 'layer1',
  label: 'chaster-sdk Layer 1',
  source: `import { createChasterClient } from 'chaster-sdk';

const client = createChasterClient({ token: 'token' });

export async function typicalCalls(lockId: string, conversationId: string) {
  const { data: locks } = await client.GET('/locks');
  const { data: lock } = await client.GET('/locks/{lockId}', { params: { path: { lockId } } });
  await client.POST('/locks/{lockId}/update-time', {
    params: { path: { lockId } }, body: { duration: 3600 },
  });
  const wheel = lock?.extensions.find((extension) => extension.slug === 'wheel-of-fortune');
  const { data: spin } = await client.POST('/locks/{lockId}/extensions/{extensionId}/action', {
    params: { path: { lockId, extensionId: wheel?._id ?? '' } },
    body: { action: 'submit', payload: {} },
  });
  const { data: history } = await client.POST('/locks/{lockId}/history', {
    params: { path: { lockId } }, body: { limit: 20 },
  });
  const { data: sent } = await client.POST('/conversations/{conversationId}', {
    params: { path: { conversationId } }, body: { message: 'hello' },
  });
  const { data: me } = await client.GET('/auth/profile');
  const { data: found } = await client.POST('/public-locks/search', {
    body: { criteria: { search: 'weekend' }, limit: 15 },
  });
  return { locks, lock, spin, history, sent, me, found };
}
`,
};

/** The official generated client, one API class per tag. */
export const CHASTER_JS_CONSUMER: TypeConsumer = {
  id: 'chaster-js',
  label: '@chasterapp/chaster-js',
  source: `import {
  Configuration, LocksApi, MessagingApi, ProfileApi, PublicLocksApi,
} from '@chasterapp/chaster-js';

const configuration = new Configuration({ accessToken: 'token' });
const locksApi = new LocksApi(configuration);
const messagingApi = new MessagingApi(configuration);
const profileApi = new ProfileApi(configuration);
const publicLocksApi = new PublicLocksApi(configuration);

export async function typicalCalls(lockId: string, conversationId: string) {
  const { data: locks } = await locksApi.findAll();
  const { data: lock } = await locksApi.findOne(lockId);
  await locksApi.updateTime(lockId, { duration: 3600 });
  const wheel = lock.extensions.find((extension) => extension.slug === 'wheel-of-fortune');
  const { data: spin } = await locksApi.triggerAction(wheel?._id ?? '', lockId, {
    action: 'submit', payload: {},
  });
  const { data: history } = await locksApi.getLockHistory(lockId, { limit: 20 });
  const { data: sent } = await messagingApi.sendMessage(conversationId, { message: 'hello' });
  const { data: me } = await profileApi.me();
  const { data: found } = await publicLocksApi.search({
    criteria: { search: 'weekend' }, limit: 15,
  });
  return { locks, lock, spin, history, sent, me, found };
}
`,
};

/** Every consumer, the empty one first. */
export const TYPE_CONSUMERS: readonly TypeConsumer[] = [
  EMPTY_CONSUMER,
  LAYER2_CONSUMER,
  LAYER1_CONSUMER,
  CHASTER_JS_CONSUMER,
];
