import { describe, expectTypeOf, it } from 'vitest';
import type { components, paths } from '../../generated/chaster.js';
import type { ChasterHttpMethod, ChasterResult } from '../../src/client/client-types.js';
import type {
  AppSettings,
  Combination,
  ConversationData,
  CurrentUser,
  CurrentUserSettings,
  ExploreCategory,
  ExtensionCatalogEntry,
  KeyholderLocksPage,
  LockCreated,
  LockExtensionInfo,
  LockForPublic,
  LockForWearer,
  LockHistoryPage,
  LockSearchPage,
  Message,
  PartnerConfiguration,
  PartnerExtension,
  PartnerSessionAuth,
  PenaltyPeriodsPage,
  PenaltySession,
  PublicLock,
  PublicLockView,
  PublicUser,
  PunishableAction,
  RegularActions,
  SessionOfferRequest,
  SessionOfferStatus,
  SharedLockData,
  UserProfileDetails,
  VerificationPicture,
} from '../../src/index.js';

type Schemas = components['schemas'];

/**
 * The data a Layer 1 call resolves to, with no `parseAs`: what `unwrap` hands a Layer 2 method
 * before it returns it under a named type.
 */
type Data<Path extends keyof paths, Method extends ChasterHttpMethod> =
  ChasterResult<paths[Path][Method], Record<never, never>> extends infer Result
    ? Result extends { data: infer Body } ? Body : never
    : never;

describe('Layer 1 data matches the names Layer 2 returns, with no assertion between', () => {
  it('types the lock routes as their schemas', () => {
    expectTypeOf<Data<'/locks', 'get'>>().toEqualTypeOf<LockForWearer[]>();
    expectTypeOf<Data<'/locks/{lockId}', 'get'>>().toEqualTypeOf<LockForPublic>();
    expectTypeOf<Data<'/locks/search', 'post'>>().toEqualTypeOf<LockSearchPage>();
    expectTypeOf<Data<'/locks', 'post'>>().toEqualTypeOf<LockCreated>();
    expectTypeOf<Data<'/public-locks/{sharedLockId}/create-lock', 'post'>>()
      .toEqualTypeOf<LockCreated>();
    expectTypeOf<Data<'/locks/user/{userId}', 'get'>>().toEqualTypeOf<LockForPublic[]>();
    expectTypeOf<Data<'/extensions/penalty/punishable-actions', 'get'>>()
      .toEqualTypeOf<PunishableAction[]>();
    expectTypeOf<Data<'/keyholder/locks/search', 'post'>>().toEqualTypeOf<KeyholderLocksPage>();
  });

  it('types the routes of one lock as their schemas', () => {
    expectTypeOf<Data<'/locks/{lockId}/combination', 'get'>>().toEqualTypeOf<Combination>();
    expectTypeOf<Data<'/extensions/temporary-opening/{lockId}/combination', 'get'>>()
      .toEqualTypeOf<Combination>();
    expectTypeOf<Data<'/locks/{lockId}/history', 'post'>>().toEqualTypeOf<LockHistoryPage>();
    expectTypeOf<Data<'/locks/{lockId}/verification-pictures', 'get'>>()
      .toEqualTypeOf<VerificationPicture[]>();
    expectTypeOf<Data<'/locks/{lockId}/extensions/{extensionId}', 'get'>>()
      .toEqualTypeOf<LockExtensionInfo>();
    expectTypeOf<Data<'/locks/{lockId}/extensions/{extensionId}/penalty-session', 'get'>>()
      .toEqualTypeOf<PenaltySession>();
    expectTypeOf<Data<
      '/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search',
      'post'
    >>().toEqualTypeOf<PenaltyPeriodsPage>();
  });

  it('types the account-level routes as their schemas', () => {
    expectTypeOf<Data<'/auth/profile', 'get'>>().toEqualTypeOf<CurrentUser>();
    expectTypeOf<Data<'/auth/profile/update', 'get'>>().toEqualTypeOf<CurrentUserSettings>();
    expectTypeOf<Data<'/users/profile/{username}', 'get'>>().toEqualTypeOf<PublicUser>();
    expectTypeOf<Data<'/users/profile/{username}/details', 'get'>>()
      .toEqualTypeOf<UserProfileDetails>();
    expectTypeOf<Data<'/users/search/by-username', 'post'>>().toEqualTypeOf<PublicUser[]>();
    expectTypeOf<Data<'/settings', 'get'>>().toEqualTypeOf<AppSettings>();
    expectTypeOf<Data<'/extensions', 'get'>>().toEqualTypeOf<ExtensionCatalogEntry[]>();
    expectTypeOf<Data<'/shared-locks', 'get'>>().toEqualTypeOf<SharedLockData[]>();
    expectTypeOf<Data<'/shared-locks/{sharedLockId}', 'get'>>().toEqualTypeOf<SharedLockData>();
    expectTypeOf<Data<'/favorites/shared-locks', 'post'>>()
      .toEqualTypeOf<Schemas['GetFavoriteSharedLocksRepDto']>();
    expectTypeOf<Data<'/public-locks/{sharedLockId}', 'get'>>().toEqualTypeOf<PublicLock>();
    expectTypeOf<Data<'/public-locks/search', 'post'>>()
      .toEqualTypeOf<Schemas['SearchPublicLockRepDto']>();
    expectTypeOf<Data<'/explore/categories', 'get'>>().toEqualTypeOf<ExploreCategory[]>();
    expectTypeOf<Data<'/session-offer/lock/{lockId}/status', 'get'>>()
      .toEqualTypeOf<SessionOfferStatus[]>();
    expectTypeOf<Data<'/session-offer/requests', 'get'>>().toEqualTypeOf<SessionOfferRequest[]>();
    expectTypeOf<Data<'/session-offer/token/{offerToken}', 'get'>>()
      .toEqualTypeOf<PublicLockView>();
  });

  it('types the messaging routes as their schemas', () => {
    expectTypeOf<Data<'/conversations', 'get'>>()
      .toEqualTypeOf<Schemas['GetConversationsRepDto']>();
    expectTypeOf<Data<'/conversations', 'post'>>().toEqualTypeOf<ConversationData>();
    expectTypeOf<Data<'/conversations/{conversationId}', 'get'>>()
      .toEqualTypeOf<ConversationData>();
    expectTypeOf<Data<'/conversations/{conversationId}/messages', 'get'>>()
      .toEqualTypeOf<Schemas['GetMessagesRepDto']>();
    expectTypeOf<Data<'/conversations/{conversationId}', 'post'>>().toEqualTypeOf<Message>();
  });

  it('types the Extensions API routes as their schemas', () => {
    expectTypeOf<Data<'/api/developers/extensions', 'get'>>()
      .toEqualTypeOf<PartnerExtension[]>();
    expectTypeOf<Data<'/api/developers/extensions', 'post'>>().toEqualTypeOf<PartnerExtension>();
    expectTypeOf<Data<'/api/extensions/auth/sessions/{token}', 'get'>>()
      .toEqualTypeOf<PartnerSessionAuth>();
    expectTypeOf<Data<'/api/extensions/configurations/{token}', 'get'>>()
      .toEqualTypeOf<PartnerConfiguration>();
    expectTypeOf<Data<'/api/extensions/configurations/{token}', 'put'>>()
      .toEqualTypeOf<PartnerConfiguration>();
    expectTypeOf<Data<'/api/extensions/sessions/{sessionId}/regular-actions', 'get'>>()
      .toEqualTypeOf<RegularActions>();
    expectTypeOf<Data<'/api/extensions/sessions/{sessionId}/regular-actions', 'post'>>()
      .toEqualTypeOf<RegularActions>();
  });

  it('tells a wrong schema name apart from the route\'s', () => {
    expectTypeOf<Data<'/locks', 'get'>>().not.toEqualTypeOf<LockForPublic[]>();
    expectTypeOf<Data<'/auth/profile', 'get'>>().not.toEqualTypeOf<PublicUser>();
  });
});
