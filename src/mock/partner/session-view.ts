/**
 * Sessions as the Extensions API sends them. `session.lock` is the complete lock, end date
 * included, for the extension's backend; what a user may see is `lockForUser` of the main-page
 * token exchange.
 */
import type { components } from '../../../generated/chaster.js';
import { isoDate } from '../domain/iso-date.js';
import { effectiveEndDate } from '../domain/lock-time.js';
import { renderLock, renderParty } from '../domain/lock-view.js';
import type { LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import type { SessionScope } from './access.js';

type ExtensionSessionForPartner = components['schemas']['ExtensionSessionForPartner'];
type ExtensionSessionForSearch = components['schemas']['ExtensionSessionForSearch'];
type LockForPublic = components['schemas']['LockForPublic'];

/** The lock as the extension's backend sees it: everything, the end date included. */
export function renderBackendLock(world: World, lock: LockRecord): LockForPublic {
  const wearer = world.users.get(lock.wearerId);
  const { availableHomeActions: _wearerOnly, ...rendered } = renderLock(world, lock, wearer);

  return {
    ...rendered,
    endDate: isoDate(effectiveEndDate(lock, world.clock.now())),
    isAllowedToViewTime: true,
  };
}

/** A session as `GET /api/extensions/sessions/{sessionId}` sends it. */
export function renderSession(scope: SessionScope): ExtensionSessionForPartner {
  const { world, session, extension, lock, party } = scope;

  return {
    ...renderParty(lock, party, world.clock.now()),
    displayName: extension.displayName,
    summary: extension.summary,
    subtitle: extension.subtitle,
    icon: extension.icon,
    isPartner: true,
    textConfig: extension.configDescription ?? '',
    sessionId: session.sessionId,
    data: structuredClone(session.data),
    metadata: structuredClone(session.metadata),
    lock: renderBackendLock(world, lock),
  };
}

/** A session in a search page, with the key the next page starts after. */
export function renderSearchItem(scope: SessionScope): ExtensionSessionForSearch {
  return { ...renderSession(scope), paginationId: scope.party.id };
}
