/**
 * The seeded partner extension: `Lucky Cards` (slug `lucky-cards`, client id
 * `mock-client-lucky-cards`), owned by the developer `dev`, with a session on wes's lock in the
 * non-cumulative mode (one regular action an hour).
 */
import type { LockRecord, UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { addPartnerExtension } from './extensions.js';
import type { ExtensionSessionRecord, PartnerExtensionRecord } from './records.js';
import { addExtensionSession, trackSessionLifecycle } from './sessions.js';

/** What the partner seeding created. */
export interface SeededPartner {
  /** The developer's extension. */
  extension: PartnerExtensionRecord;
  /** Its session on wes's lock. */
  session: ExtensionSessionRecord;
}

/** Keeps sessions in step with their locks, and adds the seeded extension and session. */
export function seedPartner(world: World, developer: UserRecord, lock: LockRecord): SeededPartner {
  trackSessionLifecycle(world);

  const extension = addPartnerExtension(world, {
    owner: developer,
    displayName: 'Lucky Cards',
    slug: 'lucky-cards',
    clientId: 'mock-client-lucky-cards',
    availableModes: ['non_cumulative', 'cumulative', 'unlimited'],
    defaultConfig: { deck: 'standard', cardsPerDraw: 1 },
    defaultRegularity: 3600,
  });
  extension.subtitle = 'Draw a card, meet your fate';
  extension.summary = 'Each draw adds or removes time, or freezes the lock.';
  extension.icon = 'club';
  extension.isTesting = false;

  const session = addExtensionSession(world, { extension, lock, mode: 'non_cumulative' });
  return { extension, session };
}
