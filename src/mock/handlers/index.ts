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
