/**
 * What the fake stores about messaging. Status and unread flags belong to each member: a new
 * conversation is approved for the user who started it and a pending request for the other.
 */
import { forbidden, notFound } from '../../engine/http-error.js';
import type { UserRecord } from '../../world/records.js';
import { domainStore } from '../../world/world.js';
import type { World } from '../../world/world.js';

/** Where a conversation stands for one member. */
export type ConversationStatus = 'pending' | 'approved' | 'ignored';

/** One member of a conversation and their view of it. */
export interface ConversationMember {
  readonly userId: string;
  status: ConversationStatus;
  unread: boolean;
}

/** One message. */
export interface MessageRecord {
  readonly id: string;
  readonly conversationId: string;
  /** The sender. */
  readonly userId: string;
  readonly message: string;
  /** URLs of the attached files. */
  readonly attachments: readonly string[];
  readonly createdAt: number;
}

/** A private conversation between two users. */
export interface ConversationRecord {
  readonly id: string;
  readonly type: 'private';
  readonly members: ConversationMember[];
  readonly createdAt: number;
  lastMessageAt: number;
  /** Oldest first. */
  readonly messages: MessageRecord[];
}

/** Conversations by id. */
export function conversations(world: World): Map<string, ConversationRecord> {
  return domainStore(world, 'social.conversations', () => new Map<string, ConversationRecord>());
}

/** The member entry of `user`, if they belong to the conversation. */
export function memberOf(conversation: ConversationRecord, user: UserRecord) {
  return conversation.members.find((member) => member.userId === user.id);
}

/** The conversation with that id when `user` belongs to it: 404 unknown, 403 a stranger. */
export function requireMembership(world: World, conversationId: string, user: UserRecord) {
  const conversation = conversations(world).get(conversationId);
  if (conversation === undefined) throw notFound('Conversation not found');

  const member = memberOf(conversation, user);
  if (member === undefined) throw forbidden();
  return { conversation, member };
}

/** The private conversation between two users, if they have one. */
export function conversationBetween(world: World, user: UserRecord, other: UserRecord) {
  return [...conversations(world).values()].find(
    (conversation) =>
      memberOf(conversation, user) !== undefined && memberOf(conversation, other) !== undefined,
  );
}
