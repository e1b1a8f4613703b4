import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, timestampOffsetPage, type Paginator } from '../pagination/index.js';
import { Conversation } from './conversation.js';
import { assertPageSize, assertText } from './inputs.js';
import { toMessageContent, type MessageContent } from './message-content.js';
import type { PageOptions } from './resource-options.js';
import type { ConversationListStatus, IgnoredUser } from './schemas.js';

/** Options of {@link MessagingResource.conversations}. */
export interface ListConversationsOptions extends PageOptions {
  /**
   * Which conversations to list: `approved` ones, `pending` requests or `ignored` ones.
   * @default the server's default
   */
  status?: ConversationListStatus;
}

/** Options of {@link MessagingResource.start}. */
export interface StartConversationOptions extends SignalOptions, MessageContent {
  /** The other members' user ids (not the caller's own). */
  users: readonly string[];

  /**
   * The conversation type. Chaster documents `group` as not supported yet.
   * @default 'private'
   */
  type?: 'private' | 'group';
}

/**
 * Private messaging (`chaster.messaging`). Chaster allows 20 new conversations and 500 messages
 * per day, and refuses what goes beyond them.
 *
 * @example
 * ```ts
 * for await (const conversation of chaster.messaging.conversations({ status: 'pending' })) {
 *   await conversation.setStatus('approved');
 * }
 * ```
 */
export class MessagingResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.messaging` holds, over the Layer 1 client of `context`; `Chaster` does
   * this for you.
   *
   * @example
   * ```ts
   * const messaging = new MessagingResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * The caller's conversations, most recent first, page by page as the loop asks for them. Each
   * page continues from the last conversation's `lastMessageAt`, so a conversation that gets a
   * new message during the walk can be seen twice or not at all.
   *
   * @throws {ChasterUsageError} for a page size that is not a positive integer.
   * @example
   * ```ts
   * const unread = (await chaster.messaging.conversations().collect({ limit: 50 }))
   *   .filter((conversation) => conversation.unread);
   * ```
   */
  conversations(options: ListConversationsOptions = {}): Paginator<Conversation> {
    assertPageSize(options.limit, 'messaging.conversations');
    const { status, limit } = options;

    return createPaginator<Conversation, string>(async ({ cursor, signal }) => {
      const query = {
        ...(limit === undefined ? {} : { limit }),
        ...(status === undefined ? {} : { status }),
        ...(cursor === undefined ? {} : { offset: cursor }),
      };
      const body = unwrap(await this.context.client.GET('/conversations', {
        params: { query },
        signal,
      }));

      const page = timestampOffsetPage(body, (conversation) => conversation.lastMessageAt);
      return { ...page, items: page.items.map((data) => new Conversation(this.context, data)) };
    }, { signal: options.signal });
  }

  /**
   * Starts a conversation with a first message. Counts against Chaster's limit of 20 new
   * conversations per day (and the first message against the 500 messages per day).
   *
   * @throws {ChasterUsageError} for no users, an empty user id, or an empty message without
   * attachments, before any request.
   * @example
   * ```ts
   * const conversation = await chaster.messaging.start({ users: [userId], message: 'Hello' });
   * ```
   */
  async start(options: StartConversationOptions): Promise<Conversation> {
    assertUsers(options.users);
    const content = toMessageContent(options, 'messaging.start');

    const data = unwrap(await this.context.client.POST('/conversations', {
      body: { ...content, users: [...options.users], type: options.type ?? 'private' },
      signal: options.signal,
    }));
    return new Conversation(this.context, data);
  }

  /**
   * The caller's conversation with one user.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const conversation = await chaster.messaging.withUser(lock.keyholder._id);
   * ```
   */
  async withUser(userId: string, options: SignalOptions = {}): Promise<Conversation> {
    assertText(userId, 'userId', 'messaging.withUser');

    const data = unwrap(await this.context.client.GET('/conversations/by-user/{userId}', {
      params: { path: { userId } },
      signal: options.signal,
    }));
    return new Conversation(this.context, data);
  }

  /**
   * Reads a conversation by id.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const conversation = await chaster.messaging.get(conversationId);
   * ```
   */
  async get(conversationId: string, options: SignalOptions = {}): Promise<Conversation> {
    assertText(conversationId, 'conversationId', 'messaging.get');

    const data = unwrap(await this.context.client.GET('/conversations/{conversationId}', {
      params: { path: { conversationId } },
      signal: options.signal,
    }));
    return new Conversation(this.context, data);
  }

  /**
   * The users whose conversations the caller ignored.
   *
   * @example
   * ```ts
   * const ignored = await chaster.messaging.ignoredUsers();
   * ```
   */
  async ignoredUsers(options: SignalOptions = {}): Promise<IgnoredUser[]> {
    const ignored = unwrap(await this.context.client.GET('/messaging/ignored-users', {
      signal: options.signal,
    }));
    return ignored.results;
  }
}

function assertUsers(users: unknown): void {
  if (!Array.isArray(users) || users.length === 0) {
    throw new ChasterUsageError('messaging.start needs at least one user id in users');
  }
  for (const userId of users) assertText(userId, 'every user id', 'messaging.start');
}

/** How each Messaging operation is reached. */
export const coverage = {
  ConversationController_getConversations: 'chaster.messaging.conversations({ status })',
  MessagingController_createConversation: 'chaster.messaging.start({ users, message })',
  MessagingController_getConversationByUserId: 'chaster.messaging.withUser(userId)',
  MessagingController_getConversation: 'chaster.messaging.get(conversationId)',
  MessagingController_sendMessage: '(await chaster.messaging.get(conversationId)).send(message)',
  MessagingController_getMessages: '(await chaster.messaging.get(conversationId)).messages()',
  MessagingController_setConversationStatus:
    '(await chaster.messaging.get(conversationId)).setStatus(status)',
  MessagingController_setConversationUnread:
    '(await chaster.messaging.get(conversationId)).markUnread(unread)',
  IgnoredUserController_findIgnoredUsers: 'chaster.messaging.ignoredUsers()',
} satisfies Coverage;
