/**
 * Reading messaging page by page, the two ways Chaster does it: conversations with `offset`
 * set to the last item's `lastMessageAt` (so conversations sharing that instant are skipped),
 * messages newest first with a keyset on the last message id.
 */
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { conversations, memberOf } from './records.js';
import type { ConversationRecord, ConversationStatus, MessageRecord } from './records.js';

/** One page and whether more follow; `count` counts every match across pages. */
export interface Page<T> {
  items: T[];
  count: number;
  hasMore: boolean;
}

function newestFirst(left: ConversationRecord, right: ConversationRecord): number {
  if (left.lastMessageAt !== right.lastMessageAt) return right.lastMessageAt - left.lastMessageAt;
  return left.id < right.id ? 1 : -1;
}

/** `user`'s conversations in one status, most recent message first, before `offset`. */
export function conversationPage(
  world: World,
  user: UserRecord,
  query: { status: ConversationStatus; limit: number; offset?: number | undefined },
): Page<ConversationRecord> {
  const matching = [...conversations(world).values()]
    .filter((conversation) => memberOf(conversation, user)?.status === query.status)
    .sort(newestFirst);
  const { offset } = query;
  const remaining = offset === undefined
    ? matching
    : matching.filter((conversation) => conversation.lastMessageAt < offset);
  const items = remaining.slice(0, query.limit);

  return { items, count: matching.length, hasMore: remaining.length > items.length };
}

/** Messages of a conversation, newest first, older than the message `lastId`. */
export function messagePage(
  conversation: ConversationRecord,
  limit: number,
  lastId: string | undefined,
): Page<MessageRecord> {
  const { messages } = conversation;
  const older = lastId === undefined ? messages : messages.filter((message) => message.id < lastId);
  const items = older.slice(-limit).reverse();

  return { items, count: messages.length, hasMore: older.length > items.length };
}
