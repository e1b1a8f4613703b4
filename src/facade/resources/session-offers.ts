import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { assertBoolean, assertText } from './inputs.js';
import type { PublicLockView, SessionOfferRequest, SessionOfferStatus } from './schemas.js';

/** Options of {@link SessionOffersResource.create}. */
export interface CreateSessionOfferOptions extends SignalOptions {
  /** The user asked to become the lock's keyholder. */
  keyholder: string;
}

/** Options of {@link SessionOffersResource.validate}. */
export interface ValidateSessionOfferOptions extends SignalOptions {
  /** `true` accepts the keyholding request, `false` declines it. */
  accept: boolean;
}

/**
 * Keyholding offers (`chaster.sessionOffers`): a wearer asks someone to hold the key of a
 * running self-lock; the keyholder reads the request and accepts or declines it.
 *
 * @example
 * ```ts
 * await chaster.sessionOffers.create(lockId, { keyholder: 'user_019' });
 * const [offer] = await chaster.sessionOffers.status(lockId);
 * console.log(offer?.status); // 'pending'
 * ```
 */
export class SessionOffersResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.sessionOffers` holds, over the Layer 1 client of `context`; `Chaster` does
   * this for you.
   *
   * @example
   * ```ts
   * const sessionOffers = new SessionOffersResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Asks a user to become the keyholder of one of the caller's locks.
   *
   * @throws {ChasterUsageError} for an empty lock id or keyholder, before any request.
   * @example
   * ```ts
   * await chaster.sessionOffers.create(lockId, { keyholder: 'user_019' });
   * ```
   */
  async create(lockId: string, options: CreateSessionOfferOptions): Promise<void> {
    assertText(lockId, 'lockId', 'sessionOffers.create');
    assertText(options.keyholder, 'keyholder', 'sessionOffers.create');

    unwrap(await this.context.client.POST('/session-offer/lock/{lockId}', {
      params: { path: { lockId } },
      body: { keyholder: options.keyholder },
      signal: options.signal,
    }));
  }

  /**
   * The keyholding offers made for one of the caller's locks, with their state.
   *
   * @throws {ChasterUsageError} for an empty lock id, before any request.
   * @example
   * ```ts
   * const pending = (await chaster.sessionOffers.status(lockId))
   *   .filter((offer) => offer.status === 'pending');
   * ```
   */
  async status(lockId: string, options: SignalOptions = {}): Promise<SessionOfferStatus[]> {
    assertText(lockId, 'lockId', 'sessionOffers.status');

    const offers = unwrap(await this.context.client.GET('/session-offer/lock/{lockId}/status', {
      params: { path: { lockId } },
      signal: options.signal,
    }));
    return offers;
  }

  /**
   * The keyholding requests sent to the caller, each with the lock it concerns.
   *
   * @example
   * ```ts
   * for (const request of await chaster.sessionOffers.requests()) {
   *   console.log(request._id, request.lock.title);
   * }
   * ```
   */
  async requests(options: SignalOptions = {}): Promise<SessionOfferRequest[]> {
    const requests = unwrap(await this.context.client.GET('/session-offer/requests', {
      signal: options.signal,
    }));
    return requests;
  }

  /**
   * Reads the lock a keyholding offer link points to, before accepting it.
   *
   * @param offerToken - The token of the offer link.
   * @throws {ChasterUsageError} for an empty token, before any request.
   * @example
   * ```ts
   * const lock = await chaster.sessionOffers.get(offerToken);
   * ```
   */
  async get(offerToken: string, options: SignalOptions = {}): Promise<PublicLockView> {
    assertText(offerToken, 'offerToken', 'sessionOffers.get');

    const lock = unwrap(await this.context.client.GET('/session-offer/token/{offerToken}', {
      params: { path: { offerToken } },
      signal: options.signal,
    }));
    return lock;
  }

  /**
   * Accepts a keyholding offer link: the caller becomes the lock's keyholder.
   *
   * @param offerToken - The token of the offer link.
   * @throws {ChasterUsageError} for an empty token, before any request.
   * @example
   * ```ts
   * await chaster.sessionOffers.accept(offerToken);
   * ```
   */
  async accept(offerToken: string, options: SignalOptions = {}): Promise<void> {
    assertText(offerToken, 'offerToken', 'sessionOffers.accept');

    unwrap(await this.context.client.GET('/session-offer/token/{offerToken}/accept', {
      params: { path: { offerToken } },
      signal: options.signal,
    }));
  }

  /**
   * Accepts or declines a keyholding request sent to the caller.
   *
   * @param sessionRequestId - The request's `_id`, as {@link SessionOffersResource.requests}
   * lists it.
   * @throws {ChasterUsageError} for an empty id or a non-boolean `accept`, before any request.
   * @example
   * ```ts
   * await chaster.sessionOffers.validate(request._id, { accept: true });
   * ```
   */
  async validate(sessionRequestId: string, options: ValidateSessionOfferOptions): Promise<void> {
    assertText(sessionRequestId, 'sessionRequestId', 'sessionOffers.validate');
    assertBoolean(options.accept, 'accept', 'sessionOffers.validate');

    unwrap(await this.context.client.POST('/session-offer/{sessionRequestId}', {
      params: { path: { sessionRequestId } },
      body: { accept: options.accept },
      signal: options.signal,
    }));
  }

  /**
   * Archives a keyholding request the caller received.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * await chaster.sessionOffers.archive(request._id);
   * ```
   */
  async archive(sessionRequestId: string, options: SignalOptions = {}): Promise<void> {
    assertText(sessionRequestId, 'sessionRequestId', 'sessionOffers.archive');

    unwrap(await this.context.client.GET('/session-offer/{sessionRequestId}/archive', {
      params: { path: { sessionRequestId } },
      signal: options.signal,
    }));
  }
}

/** How each Session Offer operation is reached. */
export const coverage = {
  SessionOfferController_createKeyholdingOffer:
    'chaster.sessionOffers.create(lockId, { keyholder })',
  SessionOfferController_getOfferRequestStatus: 'chaster.sessionOffers.status(lockId)',
  SessionOfferController_getKeyholderRequests: 'chaster.sessionOffers.requests()',
  SessionOfferController_getLockKeyholdingRequest: 'chaster.sessionOffers.get(offerToken)',
  SessionOfferController_acceptKeyholdingRequest: 'chaster.sessionOffers.accept(offerToken)',
  SessionOfferController_validateOfferRequest:
    'chaster.sessionOffers.validate(sessionRequestId, { accept })',
  SessionOfferController_archiveKeyholdingOffer: 'chaster.sessionOffers.archive(sessionRequestId)',
} satisfies Coverage;
