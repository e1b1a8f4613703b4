/**
 * Inside a conversation: sending (at most 500 messages a day), reading messages newest first
 * with a keyset on the last id (which marks the conversation read), and the caller's own
 * status and unread flag. Only members reach these routes.
 */
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isIn, isNumber, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import { messagePage } from '../social/messaging/pages.js';
import { sendMessage } from '../social/messaging/posting.js';
import { requireMembership } from '../social/messaging/records.js';
import { renderMessage } from '../social/messaging/view.js';
import { readQuery } from '../social/query.js';

const DEFAULT_PAGE_SIZE = 20;

/** Handlers for messages and per-member conversation flags. */
export const socialMessageHandlers: HandlerTable = {
  MessagingController_sendMessage({ world, caller, param, request }) {
    const input = validateBody(request.body, {
      message: isString({ notEmpty: true }),
      attachments: optional(isString()),
      nonce: optional(isString()),
    });
    const { conversation } = requireMembership(world, param('conversationId'), caller);

    return created(renderMessage(sendMessage(world, conversation, caller, input)));
  },

  MessagingController_getMessages({ world, caller, param, request }) {
    const query = readQuery(request.query, {
      limit: optional(isNumber({ min: 1, max: 100, integer: true })),
      lastId: optional(isString()),
    }, ['limit']);
    const { conversation, member } = requireMembership(world, param('conversationId'), caller);

    const page = messagePage(conversation, query.limit ?? DEFAULT_PAGE_SIZE, query.lastId);
    member.unread = false;
    return ok({ results: page.items.map(renderMessage), count: page.count, hasMore: page.hasMore });
  },

  MessagingController_setConversationStatus({ world, caller, param, request }) {
    const { status } = validateBody(request.body, { status: isIn(['approved', 'ignored']) });
    const { member } = requireMembership(world, param('conversationId'), caller);

    member.status = status;
    return { status: 200 };
  },

  MessagingController_setConversationUnread({ world, caller, param, request }) {
    const { unread } = validateBody(request.body, { unread: isBoolean() });
    const { member } = requireMembership(world, param('conversationId'), caller);

    member.unread = unread;
    return { status: 200 };
  },
};
