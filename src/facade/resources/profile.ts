import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import { assertText } from './inputs.js';
import type {
  BadgeCount, CurrentUser, CurrentUserSettings, PublicUser, UserProfileDetails,
} from './schemas.js';

/**
 * Profiles (`chaster.profile`): the signed-in user's own, and other users' public ones.
 *
 * @example
 * ```ts
 * const me = await chaster.profile.me();
 * console.log(me.username, me.isPremium);
 * ```
 */
export class ProfileResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.profile` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you.
   *
   * @example
   * ```ts
   * const profile = new ProfileResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * The signed-in user, with private details (e-mail, settings, subscription).
   *
   * @example
   * ```ts
   * const { username, role } = await chaster.profile.me();
   * ```
   */
  async me(options: SignalOptions = {}): Promise<CurrentUser> {
    const user = unwrap(await this.context.client.GET('/auth/profile', {
      signal: options.signal,
    }));
    return user;
  }

  /**
   * The signed-in user as the profile settings page reads it (`GET /auth/profile/update`), read
   * afresh by the server rather than from the session.
   *
   * @example
   * ```ts
   * const settings = await chaster.profile.refreshed();
   * ```
   */
  async refreshed(options: SignalOptions = {}): Promise<CurrentUserSettings> {
    const user = unwrap(await this.context.client.GET('/auth/profile/update', {
      signal: options.signal,
    }));
    return user;
  }

  /**
   * The counters of the signed-in user's badges: unread messages, message requests and
   * keyholding requests.
   *
   * @example
   * ```ts
   * const { unreadMessages } = await chaster.profile.badgeCount();
   * ```
   */
  async badgeCount(options: SignalOptions = {}): Promise<BadgeCount> {
    return unwrap(await this.context.client.GET('/users/badge/count', {
      signal: options.signal,
    }));
  }

  /**
   * Another user's public profile, by id.
   *
   * @throws {ChasterUsageError} for an empty id, before any request.
   * @example
   * ```ts
   * const keyholder = await chaster.profile.user(lock.keyholder._id);
   * ```
   */
  async user(userId: string, options: SignalOptions = {}): Promise<PublicUser> {
    assertText(userId, 'userId', 'profile.user');

    const user = unwrap(await this.context.client.GET('/users/profile/by-id/{userId}', {
      params: { path: { userId } },
      signal: options.signal,
    }));
    return user;
  }

  /**
   * Another user's public profile, by username.
   *
   * @throws {ChasterUsageError} for an empty username, before any request.
   * @example
   * ```ts
   * const user = await chaster.profile.byUsername('user_019');
   * ```
   */
  async byUsername(username: string, options: SignalOptions = {}): Promise<PublicUser> {
    assertText(username, 'username', 'profile.byUsername');

    const user = unwrap(await this.context.client.GET('/users/profile/{username}', {
      params: { path: { username } },
      signal: options.signal,
    }));
    return user;
  }

  /**
   * A user's profile page: the public profile with statistics and badges.
   *
   * @throws {ChasterUsageError} for an empty username, before any request.
   * @example
   * ```ts
   * const details = await chaster.profile.details('user_019');
   * ```
   */
  async details(username: string, options: SignalOptions = {}): Promise<UserProfileDetails> {
    assertText(username, 'username', 'profile.details');

    const details = unwrap(await this.context.client.GET('/users/profile/{username}/details', {
      params: { path: { username } },
      signal: options.signal,
    }));
    return details;
  }
}

/** How each Profile operation is reached (`GET /locks/user/{userId}` is `chaster.locks`'). */
export const coverage = {
  AuthMeController_me: 'chaster.profile.me()',
  AuthMeController_getUpdatedProfile: 'chaster.profile.refreshed()',
  UserBadgeController_getUserBadgeCount: 'chaster.profile.badgeCount()',
  ProfileController_getUserById: 'chaster.profile.user(userId)',
  ProfileController_getUser: 'chaster.profile.byUsername(username)',
  ProfileController_getUserProfile: 'chaster.profile.details(username)',
} satisfies Coverage;
