/**
 * Users as Chaster shows them: the public card other users see, and the private profile the
 * user sees of themself.
 */
import type { components } from '../../../generated/chaster.js';
import type { UserRecord } from '../world/records.js';

type UserForPublic = components['schemas']['UserForPublic'];
type CurrentUser = components['schemas']['CurrentUser'];
type CurrentUserForProfileSettings = components['schemas']['CurrentUserForProfileSettings'];

const METADATA = {
  locktober2020Points: 0,
  locktober2021Points: 0,
  chastityMonth2022Points: 0,
  locktober2022Points: 0,
  locktober2023Points: 0,
};

function ageOn(birthDate: string | null, now: number): number | null {
  if (birthDate === null) return null;

  const born = new Date(birthDate);
  const today = new Date(now);
  const beforeBirthday =
    today.getUTCMonth() < born.getUTCMonth() ||
    (today.getUTCMonth() === born.getUTCMonth() && today.getUTCDate() < born.getUTCDate());
  return today.getUTCFullYear() - born.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

/** The public card of a user, as nested in locks, history entries and profiles. */
export function renderUser(user: UserRecord, now: number): UserForPublic {
  return {
    _id: user.id,
    username: user.username,
    isPremium: user.isPremium,
    description: user.description,
    location: user.location,
    gender: user.gender,
    age: ageOn(user.birthDate, now),
    role: user.role,
    isFindom: false,
    avatarUrl: user.avatarUrl,
    online: false,
    lastSeen: null,
    isAdmin: false,
    isModerator: false,
    metadata: { ...METADATA },
    fullLocation: user.location,
    discordId: null,
    discordUsername: null,
    isDisabled: false,
    isSuspended: false,
    features: [],
    joinedAt: new Date(user.joinedAt).toISOString().slice(0, 7),
    isNewMember: false,
    isSuspendedOrDisabled: false,
  };
}

/** The signed-in user's own profile (`GET /auth/profile`). */
export function renderCurrentUser(user: UserRecord): CurrentUser {
  return {
    _id: user.id,
    keycloakId: user.keycloakId,
    username: user.username,
    email: user.email,
    emailVerified: true,
    subscriptionEnd: null,
    customSubscriptionEnd: null,
    hasPastDueSubscription: false,
    description: user.description,
    location: user.location,
    gender: user.gender,
    birthDate: user.birthDate,
    role: user.role,
    avatarUrl: user.avatarUrl,
    isPremium: user.isPremium,
    isDeveloper: user.isDeveloper,
    subscriptionCancelAfterEnd: false,
    discordId: null,
    discordUsername: null,
    isAdmin: false,
    isModerator: false,
    isFindom: false,
    settings: {
      showLocksOnProfile: true,
      showOnlineStatus: false,
      showDiscordOnProfile: false,
      emailOnWearerUsesSharedLock: true,
      messageOnWearerUsesSharedLock: true,
      discordNotifications: false,
      discordMessagingNotifications: false,
      displayNsfw: false,
      showAge: true,
    },
    metadata: { ...METADATA },
    country: null,
    region: null,
    privateMetadata: {},
    hasAcceptedCommunityRules: true,
    features: [],
    needsDiscordMigration: false,
  };
}

/** The profile as the settings page loads it (`GET /auth/profile/update`). */
export function renderProfileSettings(user: UserRecord): CurrentUserForProfileSettings {
  return { ...renderCurrentUser(user), canEditUsername: true };
}
