import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, keysetPage, type Paginator } from '../pagination/index.js';
import { assertBoolean, assertPageSize } from './inputs.js';
import { toMessageContent, type MessageContent } from './message-content.js';
import type { PageOptions } from './resource-options.js';
import type {
  ConversationData, ConversationStatusInput, Message, PublicUser,
} from './schemas.js';

/** Options of {@link Conversation.send}. */
export interface SendMessageOptions extends SignalOptions, Omit<MessageContent, 'message'> {}

/**
 * A conversation between the caller and other users. The body is a snapshot taken when the
 * object was read.
 *
 * Chaster allows 500 messages per day and 20 new conversations per day, and refuses what goes
 * beyond them.
 *
 * @example
 * ```ts
 * const conversation = await chaster.messaging.withUser(userId);
 * await conversation.send('Good morning');
 * const latest = await conversation.messages().collect({ limit: 20 });
 * ```
 */
export class Conversation {
  /** The conversation as Chaster returned it. */
  readonly data: ConversationData;

  private readonly context: FacadeContext;

  /**
   * Wraps a conversation body without a request; the `chaster.messaging` methods build these
   * for you.
   *
   * @example
   * ```ts
   * const conversation = new Conversation({ client }, conversationBody);
   * ```
   */
  constructor(context: FacadeContext, data: ConversationData) {
    this.context = context;
    this.data = data;
  }

  /** The conversation's id. */
  get id(): string {
    return this.data._id;
  }

  /** `pending` (a request not answered yet), `approved` or `ignored`; open to new values. */
  get status(): ConversationData['status'] {
    return this.data.status;
  }

  /** Whether the conversation has messages the caller has not read. */
  get unread(): boolean {
    return this.data.unread;
  }

  /** The other members of the conversation. */
  get users(): PublicUser[] {
    return this.data.users;
  }

  /** When the latest message was sent, as an ISO-8601 date-time. */
  get lastMessageAt(): string {
    return this.data.lastMessageAt;
  }

  /**
   * The conversation's messages, newest first, page by page as the loop asks for them.
   *
   * @throws {ChasterUsageError} for a page size that is not a positive integer.
   * @example
   * ```ts
   * for await (const message of conversation.messages({ limit: 50 })) {
   *   if (message.user === myId) break;
   * }
   * ```
   */
  messages(options: PageOptions = {}): Paginator<Message> {
    assertPageSize(options.limit, 'conversation.messages');
    const limit = options.limit;

    return createPaginator<Message, string>(async ({ cursor, signal }) => {
      const query = {
        ...(limit === undefined ? {} : { limit }),
        ...(cursor === undefined ? {} : { lastId: cursor }),
      };
      const page = await this.context.client.GET('/conversations/{conversationId}/messages', {
        params: { path: { conversationId: this.id }, query },
        signal,
      });
      return keysetPage(unwrap(page));
    }, { signal: options.signal });
  }

  /**
   * Sends a message. Counts against Chaster's limit of 500 messages per day.
   *
   * @param message - The text; may be empty only when `attachments` carries files.
   * @returns The message as stored.
   * @throws {ChasterUsageError} for an empty message without attachments, before any request.
   * @example
   * ```ts
   * const sent = await conversation.send('See the picture', { attachments: token });
   * ```
   */
  async send(message: string, options: SendMessageOptions = {}): Promise<Message> {
    const body = toMessageContent({ ...options, message }, 'conversation.send');

    const sent = unwrap(await this.context.client.POST('/conversations/{conversationId}', {
      params: { path: { conversationId: this.id } },
      body,
      signal: options.signal,
    }));
    return sent;
  }

  /**
   * Approves a conversation request, or ignores the conversation.
   *
   * @example
   * ```ts
   * if (conversation.status === 'pending') await conversation.setStatus('approved');
   * ```
   */
  async setStatus(status: ConversationStatusInput, options: SignalOptions = {}): Promise<void> {
    unwrap(await this.context.client.PUT('/conversations/{conversationId}/status', {
      params: { path: { conversationId: this.id } },
      body: { status },
      signal: options.signal,
    }));
  }

  /**
   * Marks the conversation unread (`true`, the default) or read (`false`).
   *
   * @throws {ChasterUsageError} for a non-boolean flag, before any request.
   * @example
   * ```ts
   * await conversation.markUnread(false); // mark as read
   * ```
   */
  async markUnread(unread = true, options: SignalOptions = {}): Promise<void> {
    assertBoolean(unread, 'unread', 'conversation.markUnread');

    unwrap(await this.context.client.PUT('/conversations/{conversationId}/unread', {
      params: { path: { conversationId: this.id } },
      body: { unread },
      signal: options.signal,
    }));
  }
}
