/**
 * Finding users: by username (a list of close matches) and by linked Discord account. Users
 * a block stands between are never found.
 */
import { notFound } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isString, validateBody } from '../engine/validation.js';
import { renderUser } from '../domain/user-view.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { blockInteraction } from '../social/blocks.js';
import { userByDiscordId } from '../social/discord.js';

const MAX_USERNAME_MATCHES = 10;

function rankOf(user: UserRecord, wanted: string): number {
  const name = user.username.toLowerCase();
  if (name === wanted) return 0;
  return name.startsWith(wanted) ? 1 : 2;
}

/**
 * Usernames containing `search`, ignoring case: the exact match first, then those starting
 * with it, then the rest, each group alphabetically.
 */
function usersMatching(world: World, caller: UserRecord, search: string): UserRecord[] {
  const wanted = search.trim().toLowerCase();
  if (wanted === '') return [];

  return [...world.users.values()]
    .filter((user) => user.username.toLowerCase().includes(wanted))
    .filter((user) => blockInteraction(world, caller, user).canInteract)
    .sort((left, right) =>
      rankOf(left, wanted) - rankOf(right, wanted) || left.username.localeCompare(right.username))
    .slice(0, MAX_USERNAME_MATCHES);
}

/** Handlers for the user look-ups. */
export const socialUserHandlers: HandlerTable = {
  UserSearchController_searchByUsername({ world, caller, request, now }) {
    const { search } = validateBody(request.body, { search: isString() });
    return created(usersMatching(world, caller, search).map((user) => renderUser(user, now)));
  },

  UserSearchController_getUserByDiscordId({ world, caller, param, now }) {
    const user = userByDiscordId(world, param('discordId'));
    if (user === undefined || !blockInteraction(world, caller, user).canInteract) {
      throw notFound('User not found');
    }
    return ok(renderUser(user, now));
  },
};
