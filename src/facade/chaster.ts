import type { ChasterClient } from '../client/client-types.js';
import { createChasterClient } from '../client/create-client.js';
import type { ChasterClientOptions } from '../client/options.js';
import { ChasterUsageError } from '../errors/index.js';
import type { FacadeContext } from './context.js';
import { KeyholderResource } from './keyholder.js';
import { LocksResource } from './locks/locks-resource.js';
import { Partner } from './partner/partner.js';
import { BlocksResource } from './resources/blocks.js';
import { CombinationsResource } from './resources/combinations.js';
import { CommunityEventsResource } from './resources/community-events.js';
import { ExtensionsCatalogResource } from './resources/extensions-catalog.js';
import { FilesResource } from './resources/files-resource.js';
import { MessagingResource } from './resources/messaging.js';
import { ProfileResource } from './resources/profile.js';
import { PublicLocksResource } from './resources/public-locks.js';
import { ReportsResource } from './resources/reports.js';
import { SessionOffersResource } from './resources/session-offers.js';
import { SettingsResource } from './resources/settings.js';
import { SharedLocksResource } from './resources/shared-locks.js';
import { UsersResource } from './resources/users.js';

/**
 * Builds a {@link Chaster} around a Layer 1 client made elsewhere (shared with other code, or a
 * stub in tests).
 *
 * @example
 * ```ts
 * const chaster = new Chaster({ client: createChasterClient({ token }) });
 * ```
 */
export interface ChasterWithClientOptions {
  /** The Layer 1 client every call goes through. */
  client: ChasterClient;

  /**
   * Your application's client id, for the Extensions API's page authentication. The client's
   * own `clientId` option cannot be read back from it, so repeat it here.
   */
  clientId?: string | undefined;
}

/**
 * Options of {@link Chaster}: the same as `createChasterClient`'s, or an existing client.
 *
 * @example
 * ```ts
 * const options: ChasterOptions = { token: process.env.CHASTER_TOKEN };
 * ```
 */
export type ChasterOptions = ChasterClientOptions | ChasterWithClientOptions;

/**
 * The Chaster API as objects: `chaster.locks.get(id)` gives a `Lock` with methods, lists are
 * paginators, failures throw the SDK's typed errors. `chaster.client` is the Layer 1 client
 * underneath, for anything the objects do not cover.
 *
 * @example
 * ```ts
 * const chaster = new Chaster({ token: process.env.CHASTER_TOKEN });
 * const [lock] = await chaster.locks.list();
 * if (lock?.extensions.has('dice')) console.log(await lock.rollDice());
 * ```
 */
export class Chaster {
  /** The Layer 1 client: openapi-fetch style calls returning `{ data, error, response }`. */
  readonly client: ChasterClient;

  /** The caller's locks; each `Lock` carries its actions. */
  readonly locks: LocksResource;

  /** Locks the caller holds the keys of. */
  readonly keyholder: KeyholderResource;

  /** The shared locks the caller created, and favorites. */
  readonly sharedLocks: SharedLocksResource;

  /** Shared locks anyone can join. */
  readonly publicLocks: PublicLocksResource;

  /** The caller's profile and other users' public profiles. */
  readonly profile: ProfileResource;

  /** Finding users. */
  readonly users: UsersResource;

  /** Uploading and reading files (pictures attached to messages and reports). */
  readonly files: FilesResource;

  /** Combinations (codes or pictures) to lock away. */
  readonly combinations: CombinationsResource;

  /** The catalog of extensions a lock can use. */
  readonly extensions: ExtensionsCatalogResource;

  /** Conversations and messages. */
  readonly messaging: MessagingResource;

  /** Community events such as Locktober. */
  readonly communityEvents: CommunityEventsResource;

  /** The app's public settings. */
  readonly settings: SettingsResource;

  /** Reporting users and content. */
  readonly reports: ReportsResource;

  /** Blocking users. */
  readonly blocks: BlocksResource;

  /** Offering a self-lock to a keyholder, and answering such offers. */
  readonly sessionOffers: SessionOffersResource;

  /** The Extensions API, for the backend of a partner extension. */
  readonly partner: Partner;

  /**
   * @param options - Client options (`token`, `auth`, `baseUrl`, `fetch`...), or `{ client }`.
   * @throws {ChasterUsageError} when a client and client options are both given.
   * @example
   * ```ts
   * const chaster = new Chaster({ token, retry: { limit: 3 } });
   * ```
   */
  constructor(options: ChasterOptions = {}) {
    this.client = clientOf(options);
    const context: FacadeContext = { client: this.client };

    this.locks = new LocksResource(context);
    this.keyholder = new KeyholderResource(context);
    this.sharedLocks = new SharedLocksResource(context);
    this.publicLocks = new PublicLocksResource(context);
    this.profile = new ProfileResource(context);
    this.users = new UsersResource(context);
    this.files = new FilesResource(context);
    this.combinations = new CombinationsResource(context);
    this.extensions = new ExtensionsCatalogResource(context);
    this.messaging = new MessagingResource(context);
    this.communityEvents = new CommunityEventsResource(context);
    this.settings = new SettingsResource(context);
    this.reports = new ReportsResource(context);
    this.blocks = new BlocksResource(context);
    this.sessionOffers = new SessionOffersResource(context);
    this.partner = new Partner(context, clientIdOf(options));
  }
}

function clientOf(options: ChasterOptions): ChasterClient {
  if (!('client' in options) || options.client === undefined) {
    return createChasterClient(options as ChasterClientOptions);
  }

  const others = Object.keys(options).filter((key) => key !== 'client' && key !== 'clientId');
  if (others.length > 0) {
    throw new ChasterUsageError(
      `Chaster takes either { client } or client options, not both (also got ${others.join(', ')})`,
    );
  }
  return options.client;
}

function clientIdOf(options: ChasterOptions): { clientId?: string } {
  return options.clientId === undefined ? {} : { clientId: options.clientId };
}
