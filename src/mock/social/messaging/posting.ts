/**
 * Starting conversations and sending messages, with Chaster's quotas (20 new conversations and
 * 500 messages a day per user) and blocks. Only private conversations exist, as in Chaster.
 */
import { badRequest } from '../../engine/http-error.js';
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { requireCanInteract } from '../blocks.js';
import { MESSAGES_PER_DAY, NEW_CONVERSATIONS_PER_DAY, requireQuota } from '../daily-limit.js';
import { spendQuota } from '../daily-limit.js';
import { attachmentUrls } from '../files.js';
import { requireUser } from '../people.js';
import { conversationBetween, conversations } from './records.js';
import type { ConversationRecord, MessageRecord } from './records.js';

/** A message as the client sends it (`UpdateConversationDto`). */
export interface MessageInput {
  message: string;
  /** An upload token from `POST /files/upload`. */
  attachments?: string | undefined;
}

/** A new conversation as the client asks for it (`CreateConversationDto`). */
export interface NewConversationInput extends MessageInput {
  users: string[];
  type: 'private' | 'group';
}

function addMessage(
  world: World,
  conversation: ConversationRecord,
  sender: UserRecord,
  input: MessageInput,
  attachments: string[],
): MessageRecord {
  const now = world.clock.now();
  const message: MessageRecord = {
    id: world.ids.next(),
    conversationId: conversation.id,
    userId: sender.id,
    message: input.message,
    attachments,
    createdAt: now,
  };

  conversation.messages.push(message);
  conversation.lastMessageAt = now;
  for (const member of conversation.members) {
    const isSender = member.userId === sender.id;
    member.unread = !isSender;
    // Answering a message request accepts it.
    if (isSender && member.status === 'pending') member.status = 'approved';
  }
  return message;
}

function otherMembers(world: World, conversation: ConversationRecord, user: UserRecord) {
  return conversation.members
    .filter((member) => member.userId !== user.id)
    .map((member) => requireUser(world, member.userId));
}

/** Sends a message to a conversation `sender` belongs to. */
export function sendMessage(
  world: World,
  conversation: ConversationRecord,
  sender: UserRecord,
  input: MessageInput,
): MessageRecord {
  const now = world.clock.now();
  for (const other of otherMembers(world, conversation, sender)) {
    requireCanInteract(world, sender, other);
  }

  const attachments = input.attachments ? attachmentUrls(world, sender, input.attachments) : [];
  requireQuota(world, MESSAGES_PER_DAY, sender, now);

  spendQuota(world, MESSAGES_PER_DAY, sender, now);
  return addMessage(world, conversation, sender, input, attachments);
}

function requirePrivateTarget(world: World, author: UserRecord, input: NewConversationInput) {
  if (input.type === 'group') throw badRequest('Group conversations are not supported');

  const [userId, ...rest] = input.users;
  if (userId === undefined || rest.length > 0) {
    throw badRequest('A private conversation needs exactly one other user');
  }
  const other = requireUser(world, userId);
  if (other.id === author.id) throw badRequest('You cannot start a conversation with yourself');

  requireCanInteract(world, author, other);
  return other;
}

/**
 * Starts a private conversation with its first message. When the two users already have one,
 * the message goes there instead and no new conversation is counted.
 */
export function startConversation(
  world: World,
  author: UserRecord,
  input: NewConversationInput,
): ConversationRecord {
  const now = world.clock.now();
  const other = requirePrivateTarget(world, author, input);

  const existing = conversationBetween(world, author, other);
  if (existing !== undefined) {
    sendMessage(world, existing, author, input);
    return existing;
  }

  const attachments = input.attachments ? attachmentUrls(world, author, input.attachments) : [];
  requireQuota(world, NEW_CONVERSATIONS_PER_DAY, author, now);
  requireQuota(world, MESSAGES_PER_DAY, author, now);

  const conversation: ConversationRecord = {
    id: world.ids.next(),
    type: 'private',
    members: [
      { userId: author.id, status: 'approved', unread: false },
      { userId: other.id, status: 'pending', unread: true },
    ],
    createdAt: now,
    lastMessageAt: now,
    messages: [],
  };
  conversations(world).set(conversation.id, conversation);
  spendQuota(world, NEW_CONVERSATIONS_PER_DAY, author, now);
  spendQuota(world, MESSAGES_PER_DAY, author, now);

  addMessage(world, conversation, author, input, attachments);
  return conversation;
}
