/**
 * A partner extension seen from the lock view: its session's metadata supplies the reasons
 * preventing unlocking and the wearer's home actions, as Chaster's own extensions' hooks do.
 * It serves every partner slug (slugs are made at run time), looking the session up by the
 * lock's extension record, and gives nothing for a record that is no session's.
 */
import type { ExtensionPartyRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import type { ExtensionDefinition, HomeAction, UnlockBlocker } from '../extensions/types.js';
import type { ExtensionSessionRecord } from './records.js';
import { partnerStore } from './store.js';

function liveSessionOf(world: World, party: ExtensionPartyRecord) {
  const store = partnerStore(world);
  const matches = (session: ExtensionSessionRecord) =>
    session.partyId === party.id && session.deletedAt === null;
  const session = [...store.sessions.values()].find(matches);
  const extension = session === undefined ? undefined : store.extensions.get(session.extensionId);

  return session === undefined || extension === undefined ? undefined : { session, extension };
}

/** The lock-view hooks of partner extensions. */
export const partnerExtension: ExtensionDefinition = {
  slug: 'partner',
  actions: {},

  unlockBlockers({ world, party }): UnlockBlocker[] {
    const found = liveSessionOf(world, party);
    if (found === undefined) return [];

    const { session, extension } = found;
    return session.metadata.reasonsPreventingUnlocking.map((reason) => ({
      reason,
      icon: extension.icon,
    }));
  },

  homeActions({ world, party }): HomeAction[] {
    return liveSessionOf(world, party)?.session.metadata.homeActions.map((action) => ({
      ...action,
    })) ?? [];
  },
};
