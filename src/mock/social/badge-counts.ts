/**
 * The social side of `GET /users/badge/count`: keyholding offers waiting for the user, message
 * requests, and approved conversations with unread messages.
 */
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { conversations, memberOf } from './messaging/records.js';
import { sessionOffers } from './session-offers/records.js';

/** The counts, in the shape of `UserBadgeCount`. */
export interface SocialBadgeCounts {
  keyholdingRequests: number;
  pendingMessages: number;
  unreadMessages: number;
}

/** Counts what waits for `user`. */
export function socialBadgeCounts(world: World, user: UserRecord): SocialBadgeCounts {
  const members = [...conversations(world).values()].flatMap(
    (conversation) => memberOf(conversation, user) ?? [],
  );
  const offers = [...sessionOffers(world).values()].filter(
    (offer) => offer.keyholderId === user.id && offer.status === 'pending'
      && offer.archivedAt === null,
  );

  return {
    keyholdingRequests: offers.length,
    pendingMessages: members.filter((member) => member.status === 'pending').length,
    unreadMessages: members.filter((member) => member.status === 'approved' && member.unread)
      .length,
  };
}
