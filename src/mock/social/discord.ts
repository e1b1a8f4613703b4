/**
 * Discord accounts linked to users, for `GET /users/search/by-discord-id/{discordId}`. The
 * links live here rather than on the user record, so profiles still show `discordId: null`.
 */
import type { UserRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';

function links(world: World): Map<string, string> {
  return domainStore(world, 'social.discord', () => new Map<string, string>());
}

/** Links a Discord account id to `user`, replacing any earlier link of that id. */
export function linkDiscord(world: World, user: UserRecord, discordId: string): void {
  links(world).set(discordId, user.id);
}

/** The user linked to a Discord account id, if any. */
export function userByDiscordId(world: World, discordId: string): UserRecord | undefined {
  const userId = links(world).get(discordId);
  return userId === undefined ? undefined : world.users.get(userId);
}
