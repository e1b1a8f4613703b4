/**
 * Keyholding offers. A wearer whose self-lock allows offers asks a keyholder (named by id or
 * username) to take it over; the keyholder accepts or rejects; the wearer archives the offer,
 * which cancels it while pending. Any keyholder holding the lock's offer token may read the
 * lock and take it over directly.
 */
import { requireLock, requireRole, requireRunning } from '../domain/lock-access.js';
import { renderLock } from '../domain/lock-view.js';
import { badRequest, notFound } from '../engine/http-error.js';
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isString, validateBody } from '../engine/validation.js';
import { requireUserByIdOrName } from '../social/people.js';
import { requireCanTakeOver, takeOver } from '../social/session-offers/keyholding.js';
import { lockByOfferToken, offerTokenOf } from '../social/session-offers/offer-token.js';
import { addOffer, requireOfferFrom, requireOfferTo } from '../social/session-offers/records.js';
import { sessionOffers } from '../social/session-offers/records.js';
import { renderOfferForKeyholder, renderOfferForWearer } from '../social/session-offers/view.js';
import type { World } from '../world/world.js';

function requireTokenLock(world: World, token: string) {
  const lock = lockByOfferToken(world, token);
  if (lock === undefined) throw notFound('Lock not found');
  return lock;
}

/** Handlers for keyholding offers. */
export const socialSessionOfferHandlers: HandlerTable = {
  SessionOfferController_createKeyholdingOffer({ world, caller, param, request, now }) {
    const { keyholder: named } = validateBody(request.body, {
      keyholder: isString({ notEmpty: true }),
    });
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);
    const keyholder = requireUserByIdOrName(world, named);

    if (!lock.allowSessionOffer) throw badRequest('The lock does not accept keyholding offers');
    requireCanTakeOver(world, lock, keyholder);

    addOffer(world, lock, keyholder, now);
    return created();
  },

  SessionOfferController_getOfferRequestStatus({ world, caller, param }) {
    const lock = requireLock(world, param('lockId'));
    requireRole(lock, caller, ['wearer']);

    const offers = [...sessionOffers(world).values()].filter(
      (offer) => offer.lockId === lock.id && offer.archivedAt === null,
    );
    return ok(offers.map((offer) => renderOfferForWearer(world, offer)));
  },

  SessionOfferController_getKeyholderRequests({ world, caller }) {
    const offers = [...sessionOffers(world).values()].filter(
      (offer) => offer.keyholderId === caller.id && offer.status === 'pending'
        && offer.archivedAt === null,
    );
    return ok(offers.flatMap((offer) => renderOfferForKeyholder(world, offer, caller) ?? []));
  },

  SessionOfferController_validateOfferRequest({ world, caller, param, request, now }) {
    const { accept } = validateBody(request.body, { accept: isBoolean() });
    const offer = requireOfferTo(world, param('sessionRequestId'), caller);
    if (offer.archivedAt !== null) throw badRequest('The offer was cancelled');
    if (offer.status !== 'pending') throw badRequest('The offer was already answered');

    if (accept) takeOver(world, requireLock(world, offer.lockId), caller);
    offer.status = accept ? 'accepted' : 'rejected';
    offer.validatedAt = now;
    offer.updatedAt = now;
    return created();
  },

  SessionOfferController_archiveKeyholdingOffer({ world, caller, param, now }) {
    const offer = requireOfferFrom(world, param('sessionRequestId'), caller);

    offer.archivedAt ??= now;
    offer.updatedAt = now;
    return { status: 200 };
  },

  SessionOfferController_getLockKeyholdingRequest({ world, caller, param }) {
    const lock = requireTokenLock(world, param('offerToken'));
    requireRunning(lock);

    return ok({ ...renderLock(world, lock, caller), offerToken: offerTokenOf(world, lock) });
  },

  SessionOfferController_acceptKeyholdingRequest({ world, caller, param }) {
    const lock = requireTokenLock(world, param('offerToken'));

    takeOver(world, lock, caller);
    return { status: 200 };
  },
};
