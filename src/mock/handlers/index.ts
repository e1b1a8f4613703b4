/**
 * Every handler table, merged. A domain adds its table here; an operationId claimed by two
 * tables is a mistake and fails at start-up rather than silently picking one.
 */
import type { HandlerTable } from '../engine/types.js';
import { accountHandlers } from './account.js';
import { extensionRouteHandlers } from './extension-routes.js';
import { lockExtensionHandlers } from './lock-extensions.js';
import { lockLifecycleHandlers } from './lock-lifecycle.js';
import { lockReadHandlers } from './lock-reads.js';
import { lockSearchHandlers } from './lock-search.js';
import { lockTimerHandlers } from './lock-timer.js';
import { partnerHandlers } from './partner-tables.js';
import { socialBlockHandlers } from './social-blocks.js';
import { socialCommunityHandlers } from './social-community.js';
import { socialConversationHandlers } from './social-conversations.js';
import { socialFavoriteHandlers } from './social-favorites.js';
import { socialFileHandlers } from './social-files.js';
import { socialMessageHandlers } from './social-messages.js';
import { socialPublicLockImageHandlers } from './social-public-lock-image.js';
import { socialPublicLockHandlers } from './social-public-locks.js';
import { socialSessionOfferHandlers } from './social-session-offers.js';
import { socialSharedLockHandlers } from './social-shared-locks.js';
import { socialUserSearchHandlers } from './social-user-search.js';
import { socialUserHandlers } from './social-users.js';
import { userHandlers } from './users.js';

/** The tables the fake serves, one per domain. */
export const HANDLER_TABLES: readonly HandlerTable[] = [
  accountHandlers,
  userHandlers,
  lockReadHandlers,
  lockSearchHandlers,
  lockLifecycleHandlers,
  lockTimerHandlers,
  lockExtensionHandlers,
  extensionRouteHandlers,
  socialSharedLockHandlers,
  socialFavoriteHandlers,
  socialPublicLockHandlers,
  socialPublicLockImageHandlers,
  socialConversationHandlers,
  socialMessageHandlers,
  socialFileHandlers,
  socialSessionOfferHandlers,
  socialBlockHandlers,
  socialCommunityHandlers,
  socialUserHandlers,
  socialUserSearchHandlers,
  partnerHandlers,
];

/** Merges tables into one; throws when two tables answer the same operation. */
export function mergeHandlerTables(tables: readonly HandlerTable[]): HandlerTable {
  const merged: Record<string, unknown> = {};

  for (const table of tables) {
    for (const [operationId, handler] of Object.entries(table)) {
      if (operationId in merged) throw new Error(`Two handlers answer ${operationId}`);
      merged[operationId] = handler;
    }
  }
  return merged as HandlerTable;
}
