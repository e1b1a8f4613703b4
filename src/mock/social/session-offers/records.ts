/**
 * Keyholding offers: a wearer with a self-lock asks a keyholder to take it over. The keyholder
 * accepts or rejects; the wearer may archive the offer, which cancels it while pending.
 */
import { badRequest, forbidden, notFound } from '../../engine/http-error.js';
import type { LockRecord, UserRecord } from '../../world/records.js';
import { domainStore } from '../../world/world.js';
import type { World } from '../../world/world.js';

/** Where an offer stands. */
export type SessionOfferStatus = 'pending' | 'accepted' | 'rejected';

/** One keyholding offer. Dates are epoch ms. */
export interface SessionOfferRecord {
  readonly id: string;
  readonly lockId: string;
  /** The wearer who sent it. */
  readonly wearerId: string;
  /** The keyholder asked. */
  readonly keyholderId: string;
  status: SessionOfferStatus;
  readonly createdAt: number;
  updatedAt: number;
  validatedAt: number | null;
  archivedAt: number | null;
}

/** Offers by id. */
export function sessionOffers(world: World): Map<string, SessionOfferRecord> {
  return domainStore(world, 'social.sessionOffers', () => new Map<string, SessionOfferRecord>());
}

/** The offer with that id, or a 404. */
export function requireOffer(world: World, offerId: string): SessionOfferRecord {
  const offer = sessionOffers(world).get(offerId);
  if (offer === undefined) throw notFound('Keyholding offer not found');
  return offer;
}

/** The offer when `user` is its keyholder; a 403 otherwise. */
export function requireOfferTo(world: World, offerId: string, user: UserRecord) {
  const offer = requireOffer(world, offerId);
  if (offer.keyholderId !== user.id) throw forbidden();
  return offer;
}

/** The offer when `user` sent it; a 403 otherwise. */
export function requireOfferFrom(world: World, offerId: string, user: UserRecord) {
  const offer = requireOffer(world, offerId);
  if (offer.wearerId !== user.id) throw forbidden();
  return offer;
}

/**
 * Records a pending offer of the lock to `keyholder`, or throws a 400 when one is already
 * pending for them.
 */
export function addOffer(
  world: World,
  lock: LockRecord,
  keyholder: UserRecord,
  now: number,
): SessionOfferRecord {
  const pending = [...sessionOffers(world).values()].some(
    (offer) => offer.lockId === lock.id && offer.keyholderId === keyholder.id
      && offer.status === 'pending' && offer.archivedAt === null,
  );
  if (pending) throw badRequest('An offer to this keyholder is already pending');

  const offer: SessionOfferRecord = {
    id: world.ids.next(),
    lockId: lock.id,
    wearerId: lock.wearerId,
    keyholderId: keyholder.id,
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    validatedAt: null,
    archivedAt: null,
  };
  sessionOffers(world).set(offer.id, offer);
  return offer;
}
