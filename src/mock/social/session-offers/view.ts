/**
 * Keyholding offers as Chaster sends them: to the wearer with the keyholder's card, to the
 * keyholder with the lock as a visitor sees it. Unset dates are left out, not sent as null.
 */
import type { components } from '../../../../generated/chaster.js';
import { isoDate } from '../../domain/iso-date.js';
import { renderLock } from '../../domain/lock-view.js';
import { renderUser } from '../../domain/user-view.js';
import type { UserRecord } from '../../world/records.js';
import type { World } from '../../world/world.js';
import { requireUser } from '../people.js';
import type { SessionOfferRecord } from './records.js';

type SessionOfferRequestForPublic = components['schemas']['SessionOfferRequestForPublic'];
type SessionOfferRequestForKeyholder = components['schemas']['SessionOfferRequestForKeyholder'];

function optionalDates(offer: SessionOfferRecord) {
  return {
    ...(offer.validatedAt === null ? {} : { validatedAt: isoDate(offer.validatedAt) }),
    ...(offer.archivedAt === null ? {} : { archivedAt: isoDate(offer.archivedAt) }),
  };
}

/** An offer as the wearer lists it. */
export function renderOfferForWearer(
  world: World,
  offer: SessionOfferRecord,
): SessionOfferRequestForPublic {
  return {
    keyholder: renderUser(requireUser(world, offer.keyholderId), world.clock.now()),
    lock: offer.lockId,
    status: offer.status,
    ...optionalDates(offer),
  };
}

/** An offer as the keyholder asked lists it. */
export function renderOfferForKeyholder(
  world: World,
  offer: SessionOfferRecord,
  keyholder: UserRecord,
): SessionOfferRequestForKeyholder | undefined {
  const lock = world.locks.get(offer.lockId);
  if (lock === undefined) return undefined;

  return {
    _id: offer.id,
    keyholder: offer.keyholderId,
    lock: renderLock(world, lock, keyholder),
    status: offer.status,
    createdAt: isoDate(offer.createdAt),
    updatedAt: isoDate(offer.updatedAt),
    ...optionalDates(offer),
  };
}
