/**
 * Conversations: the list (offset by the last item's `lastMessageAt`), starting one (at most
 * 20 new a day), finding one by id or by the other user, and the users the caller ignores.
 */
import { notFound } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isDateString, isIn, isNumber, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import { conversationPage } from '../social/messaging/pages.js';
import { startConversation } from '../social/messaging/posting.js';
import { conversationBetween, conversations, memberOf } from '../social/messaging/records.js';
import { requireMembership } from '../social/messaging/records.js';
import { renderConversation } from '../social/messaging/view.js';
import { requireUser } from '../social/people.js';
import { readQuery } from '../social/query.js';
import { isStringList } from '../social/rules.js';

const DEFAULT_PAGE_SIZE = 20;

const LIST_QUERY_RULES = {
  limit: optional(isNumber({ min: 1, max: 100, integer: true })),
  status: optional(isIn(['pending', 'approved', 'ignored'])),
  offset: optional(isDateString()),
};

/** Handlers for conversations. */
export const socialConversationHandlers: HandlerTable = {
  ConversationController_getConversations({ world, caller, request }) {
    const query = readQuery(request.query, LIST_QUERY_RULES, ['limit']);

    const page = conversationPage(world, caller, {
      status: query.status ?? 'approved',
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      offset: query.offset === undefined ? undefined : Date.parse(query.offset),
    });
    return ok({
      results: page.items.map((conversation) => renderConversation(world, conversation, caller)),
      count: page.count,
      hasMore: page.hasMore,
    });
  },

  MessagingController_createConversation({ world, caller, request }) {
    const input = validateBody(request.body, {
      users: isStringList(),
      type: isIn(['private', 'group']),
      message: isString({ notEmpty: true }),
      attachments: optional(isString()),
      nonce: optional(isString()),
    });

    const conversation = startConversation(world, caller, {
      users: input.users,
      type: input.type,
      message: input.message,
      attachments: input.attachments,
    });
    return created(renderConversation(world, conversation, caller));
  },

  MessagingController_getConversationByUserId({ world, caller, param }) {
    const other = requireUser(world, param('userId'));

    const conversation = conversationBetween(world, caller, other);
    if (conversation === undefined) throw notFound('Conversation not found');
    return ok(renderConversation(world, conversation, caller));
  },

  MessagingController_getConversation({ world, caller, param }) {
    const { conversation } = requireMembership(world, param('conversationId'), caller);
    return ok(renderConversation(world, conversation, caller));
  },

  IgnoredUserController_findIgnoredUsers({ world, caller }) {
    const ignored = [...conversations(world).values()].filter(
      (conversation) => memberOf(conversation, caller)?.status === 'ignored',
    );

    const results = ignored.flatMap((conversation) =>
      conversation.members
        .filter((member) => member.userId !== caller.id)
        .flatMap((member) => world.users.get(member.userId) ?? [])
        .map((user) => ({
          _id: user.id,
          username: user.username,
          avatarUrl: user.avatarUrl,
          conversationId: conversation.id,
        })));
    return ok({ results });
  },
};
