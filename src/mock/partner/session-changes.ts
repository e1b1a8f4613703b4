/**
 * Changing a session's config, metadata or data, as `PATCH /api/extensions/sessions/{id}`,
 * the older `PUT .../metadata` and `PUT .../data`, and a saved configuration page do.
 */
import type { SessionScope } from './access.js';
import type { PartnerMetadataRecord } from './records.js';
import { announceSession } from './store.js';

/** The parts of a session a change replaces; parts left out stay. */
export interface SessionChanges {
  config?: Record<string, unknown>;
  metadata?: PartnerMetadataRecord;
  data?: Record<string, unknown>;
}

function cleanMetadata(metadata: PartnerMetadataRecord): PartnerMetadataRecord {
  return {
    reasonsPreventingUnlocking: [...metadata.reasonsPreventingUnlocking],
    homeActions: metadata.homeActions.map(({ slug, title, description, icon, badge }) =>
      badge === undefined || badge === null
        ? { slug, title, description, icon }
        : { slug, title, description, icon, badge }),
  };
}

/** Applies the changes and tells the session listeners (`extension_session.updated`). */
export function updateSession(scope: SessionScope, changes: SessionChanges): void {
  const { world, session, party } = scope;

  // `!= null`: NestJS lets an explicit null through optional fields; it changes nothing here.
  // A new config object, never an edit in place: the lock view caches summaries by config.
  if (changes.config != null) {
    party.config = structuredClone(changes.config);
    party.updatedAt = world.clock.now();
  }
  if (changes.metadata != null) session.metadata = cleanMetadata(changes.metadata);
  if (changes.data != null) session.data = structuredClone(changes.data);

  announceSession(world, 'updated', session);
}
