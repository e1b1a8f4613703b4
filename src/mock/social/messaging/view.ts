/**
 * Conversations and messages as Chaster sends them. A conversation lists the members other
 * than the viewer, with the viewer's own status and unread flag.
 */
import type { components } from '../../../../generated/chaster.js';
import { isoDate } from '../../domain/iso-date.js';
import { renderUser } from '../../domain/user-view.js';
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { memberOf } from './records.js';
import type { ConversationRecord, MessageRecord } from './records.js';

type ConversationForPublic = components['schemas']['ConversationForPublic'];
type MessageForPublic = components['schemas']['MessageForPublic'];

/** A conversation as `viewer` sees it. */
export function renderConversation(
  world: World,
  conversation: ConversationRecord,
  viewer: UserRecord,
): ConversationForPublic {
  const now = world.clock.now();
  const own = memberOf(conversation, viewer);
  const last = conversation.messages[conversation.messages.length - 1];
  const others = conversation.members
    .filter((member) => member.userId !== viewer.id)
    .flatMap((member) => world.users.get(member.userId) ?? []);

  return {
    _id: conversation.id,
    users: others.map((user) => renderUser(user, now)),
    type: conversation.type,
    lastMessage: last === undefined ? null : { _id: last.id, message: last.message },
    lastMessageAt: isoDate(conversation.lastMessageAt),
    createdAt: isoDate(conversation.createdAt),
    unread: own?.unread ?? false,
    status: own?.status ?? 'approved',
    isSenderBanned: false,
    isMember: own !== undefined,
  };
}

/** A message; `user` is the sender's id. */
export function renderMessage(message: MessageRecord): MessageForPublic {
  const date = isoDate(message.createdAt);

  return {
    _id: message.id,
    type: 'message',
    message: message.message,
    createdAt: date,
    updatedAt: date,
    conversation: message.conversationId,
    user: message.userId,
    attachments: message.attachments.map((url) => ({ url })),
  };
}
