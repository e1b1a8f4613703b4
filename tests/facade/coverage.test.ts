import { describe, expect, it } from 'vitest';
import { operationTable } from '../../generated/operations.js';
import { Chaster } from '../../src/facade/chaster.js';
import {
  coverageByModule,
  facadeCoverage,
  skippedOperations,
} from '../../src/facade/coverage.js';
import { Lock } from '../../src/facade/locks/lock.js';
import { Conversation } from '../../src/facade/resources/conversation.js';
import { SharedLock } from '../../src/facade/resources/shared-lock.js';
import { lockBody } from './support/lock-bodies.js';
import { createStubClient, type StubCall, type StubClient } from './support/stub-client.js';

/** What a driver gets: the facade over a stub, and objects built without a request. */
interface Harness {
  readonly chaster: Chaster;
  lock(role: string, slugs?: string[]): Lock;
  sharedLock(): SharedLock;
  conversation(): Conversation;
  session(): ReturnType<Chaster['partner']['sessions']['fromData']>;
}

/** How to reach one operation, and what the stub answers (a catch-all body by default). */
interface Driver {
  readonly call: (harness: Harness) => unknown;
  readonly reply?: unknown;
}

// A body with the fields the facade reads from most answers: ids, page fields, nested parts.
const CATCH_ALL = {
  _id: 'id-1', sessionId: 'session-1', lockId: 'lock-1', results: [], hasMore: false, count: 0,
  locks: [], pages: 0, total: 0, extensions: [], users: [], session: { sessionId: 'session-1' },
  lockForUser: {}, role: 'wearer', userId: 'user-1', status: 'approved', isFavorite: true,
};

const LOCK_DRIVERS: Record<string, Driver> = {
  LockController_findAll: { call: (h) => h.chaster.locks.list(), reply: [] },
  LockController_findOne: { call: (h) => h.chaster.locks.get('lock-1'), reply: lockBody() },
  LockSearchController_search: { call: (h) => h.chaster.locks.search() },
  LockCreationController_create: {
    call: (h) => h.chaster.locks.create({ combinationId: 'c', minDuration: 1, maxDuration: 2 }),
  },
  LockCreationController_createLockFromSharedLock: {
    call: (h) => h.chaster.locks.createFromSharedLock({ sharedLockId: 's', combinationId: 'c' }),
  },
  LockVisitorController_getUserLocks: { call: (h) => h.chaster.locks.ofUser('u'), reply: [] },
  LockController_archive: { call: (h) => h.lock('wearer').archive() },
  LockController_archiveKeyholder: { call: (h) => h.lock('keyholder').archive() },
  LockController_unlock: { call: (h) => h.lock('wearer').unlock() },
  LockController_updateTime: { call: (h) => h.lock('wearer').addTime(60) },
  LockController_setFreeze: { call: (h) => h.lock('keyholder').freeze() },
  LockController_setMaxLimitDate: {
    call: (h) => h.lock('wearer').setMaxLimitDate(new Date('2030-01-01T00:00:00Z')),
  },
  LockController_setSettings: {
    call: (h) => h.lock('keyholder').updateSettings({ hideTimeLogs: true }),
  },
  LockController_trustKeyholder: { call: (h) => h.lock('wearer').trustKeyholder() },
  LockController_convertToSelfLock: { call: (h) => h.lock('wearer').convertToSelfLock() },
  LockController_setAsTestLock: { call: (h) => h.lock('wearer').setAsTestLock() },
  LockController_combination: { call: (h) => h.lock('wearer').combination() },
  LockController_getLockHistory: { call: (h) => h.lock('wearer').history() },
  LockCreationController_setLockExtensions: { call: (h) => h.lock('wearer').setExtensions([]) },
  LockExtensionController_getLockInfoFromExtension: {
    call: (h) => h.lock('wearer', ['dice']).extensionInfo('dice'),
  },
  LockExtensionController_triggerAction: { call: (h) => h.lock('wearer', ['dice']).rollDice() },
  TemporaryOpeningExtensionController_getCombination: {
    call: (h) => h.lock('wearer').temporaryOpeningCombination(),
  },
  TemporaryOpeningExtensionController_setCombination: {
    call: (h) => h.lock('wearer').setTemporaryOpeningCombination('c'),
  },
  TemporaryOpeningController_getCombinationFromHistoryEntry: {
    call: (h) => h.lock('wearer').combinationFromHistory('log'),
  },
  VerificationPictureController_getVerificationPictures: {
    call: (h) => h.lock('keyholder').verificationPictures(), reply: [],
  },
  VerificationPictureController_submitPicture: {
    call: (h) => h.lock('wearer', ['verification-picture'])
      .submitVerificationPicture(new Blob(['x'])),
  },
  PenaltySessionController_find: { call: (h) => h.lock('wearer', ['penalty']).penalties() },
  PenaltySessionController_searchPenaltyPeriods: {
    call: (h) => h.lock('wearer', ['penalty']).penaltyPeriods({ habitName: 'h' }),
  },
  PunishableActionController_getPunishableActions: {
    call: (h) => h.chaster.locks.punishableActions(), reply: [],
  },
  KeyholderController_searchLocks: { call: (h) => h.chaster.keyholder.searchLocks({ limit: 5 }) },
};

const RESOURCE_DRIVERS: Record<string, Driver> = {
  BlockController_findBlocks: { call: (h) => h.chaster.blocks.list(), reply: [] },
  BlockController_blockUser: { call: (h) => h.chaster.blocks.block('u') },
  BlockController_unblockUser: { call: (h) => h.chaster.blocks.unblock('u') },
  BlockController_getBlockInteraction: { call: (h) => h.chaster.blocks.interaction('u') },
  CombinationController_createCode: { call: (h) => h.chaster.combinations.createCode('1234') },
  CombinationController_uploadImage: {
    call: (h) => h.chaster.combinations.uploadImage(new Blob(['x'], { type: 'image/png' })),
  },
  CommunityEventController_getCategories: {
    call: (h) => h.chaster.communityEvents.categories(), reply: [],
  },
  CommunityEventController_getPeriodDetails: {
    call: (h) => h.chaster.communityEvents.details(new Date('2024-10-01T00:00:00Z')),
  },
  ExtensionListController_getExtensions: { call: (h) => h.chaster.extensions.list(), reply: [] },
  StorageController_uploadFiles: {
    call: (h) => h.chaster.files.upload([new Blob(['x'])], { type: 'messaging' }),
  },
  StorageController_getFileFromKey: { call: (h) => h.chaster.files.get('key') },
  ConversationController_getConversations: { call: (h) => h.chaster.messaging.conversations() },
  MessagingController_createConversation: {
    call: (h) => h.chaster.messaging.start({ users: ['u'], message: 'hi' }),
  },
  MessagingController_getConversationByUserId: { call: (h) => h.chaster.messaging.withUser('u') },
  MessagingController_getConversation: { call: (h) => h.chaster.messaging.get('c') },
  MessagingController_sendMessage: { call: (h) => h.conversation().send('hello') },
  MessagingController_getMessages: { call: (h) => h.conversation().messages() },
  MessagingController_setConversationStatus: {
    call: (h) => h.conversation().setStatus('approved' as never),
  },
  MessagingController_setConversationUnread: { call: (h) => h.conversation().markUnread(true) },
  IgnoredUserController_findIgnoredUsers: {
    call: (h) => h.chaster.messaging.ignoredUsers(), reply: [],
  },
  AuthMeController_me: { call: (h) => h.chaster.profile.me() },
  AuthMeController_getUpdatedProfile: { call: (h) => h.chaster.profile.refreshed() },
  UserBadgeController_getUserBadgeCount: { call: (h) => h.chaster.profile.badgeCount() },
  ProfileController_getUserById: { call: (h) => h.chaster.profile.user('u') },
  ProfileController_getUser: { call: (h) => h.chaster.profile.byUsername('name') },
  ProfileController_getUserProfile: { call: (h) => h.chaster.profile.details('name') },
  PublicLockController_findOne: { call: (h) => h.chaster.publicLocks.get('s') },
  PublicLockController_search: { call: (h) => h.chaster.publicLocks.search() },
  PublicLockController_getSharedLockImage: {
    call: (h) => h.chaster.publicLocks.image('s'), reply: new Blob(['png']),
  },
  PublicLockExploreController_findAll: {
    call: (h) => h.chaster.publicLocks.exploreCategories(), reply: [],
  },
  ReportCreationController_createReport: {
    call: (h) => h.chaster.reports.create({
      reason: 'spam' as never, target: { type: 'user', userId: 'u' } as never,
    }),
  },
  SessionOfferController_createKeyholdingOffer: {
    call: (h) => h.chaster.sessionOffers.create('l', { keyholder: 'kh' }),
  },
  SessionOfferController_getOfferRequestStatus: {
    call: (h) => h.chaster.sessionOffers.status('l'), reply: [],
  },
  SessionOfferController_getKeyholderRequests: {
    call: (h) => h.chaster.sessionOffers.requests(), reply: [],
  },
  SessionOfferController_getLockKeyholdingRequest: {
    call: (h) => h.chaster.sessionOffers.get('t'),
  },
  SessionOfferController_acceptKeyholdingRequest: {
    call: (h) => h.chaster.sessionOffers.accept('t'),
  },
  SessionOfferController_validateOfferRequest: {
    call: (h) => h.chaster.sessionOffers.validate('r', { accept: true }),
  },
  SessionOfferController_archiveKeyholdingOffer: {
    call: (h) => h.chaster.sessionOffers.archive('r'),
  },
  SettingsController_getAppSettings: { call: (h) => h.chaster.settings.get() },
  SharedLockController_findAll: { call: (h) => h.chaster.sharedLocks.list(), reply: [] },
  SharedLockController_findOne: { call: (h) => h.chaster.sharedLocks.get('s') },
  SharedLockController_create: {
    call: (h) => h.chaster.sharedLocks.create({} as never),
  },
  SharedLockController_update: { call: (h) => h.sharedLock().update({} as never) },
  SharedLockController_archive: { call: (h) => h.sharedLock().archive() },
  SharedLockFavoriteController_setFavorite: { call: (h) => h.chaster.sharedLocks.favorite('s') },
  SharedLockFavoriteController_removeFavorite: {
    call: (h) => h.chaster.sharedLocks.unfavorite('s'),
  },
  SharedLockFavoriteController_isFavorite: { call: (h) => h.chaster.sharedLocks.isFavorite('s') },
  SharedLockFavoritesController_getFavoriteSharedLocks: {
    call: (h) => h.chaster.sharedLocks.favorites(),
  },
  SharedLockTagController_findAllTags: { call: (h) => h.chaster.sharedLocks.tags(), reply: [] },
  SharedLockTagController_findSuggestedTags: {
    call: (h) => h.chaster.sharedLocks.suggestedTags('chastity'), reply: [],
  },
  UserSearchController_searchUsers: { call: (h) => h.chaster.users.search() },
  UserSearchController_getUserByDiscordId: { call: (h) => h.chaster.users.byDiscordId('d') },
  UserSearchController_searchByUsername: {
    call: (h) => h.chaster.users.byUsername('name'), reply: [],
  },
};

const PARTNER_DRIVERS: Record<string, Driver> = {
  PartnerExtensionController_findAll: {
    call: (h) => h.chaster.partner.extensions.list(), reply: [],
  },
  PartnerExtensionController_create: {
    call: (h) => h.chaster.partner.extensions.create({ displayName: 'Mine' } as never),
  },
  PartnerExtensionController_findOne: { call: (h) => h.chaster.partner.extensions.get('e') },
  PartnerExtensionController_update: {
    call: (h) => h.chaster.partner.extensions.update('e', {
      defaultRegularity: 3_600, enableStartTimeout: false, isEnabled: true, isTesting: true,
    } as never),
  },
  PartnerExtensionController_delete: { call: (h) => h.chaster.partner.extensions.delete('e') },
  PartnerMainAuthorizationController_getSessionAuth: {
    call: (h) => h.chaster.partner.auth.sessionFromMainToken('main'),
  },
  PartnerConfigurationController_getConfiguration: {
    call: (h) => h.chaster.partner.configurations.get('t'),
  },
  PartnerConfigurationController_updateConfiguration: {
    call: (h) => h.chaster.partner.configurations.update('t', {} as never),
  },
  PartnerConfigurationCreationController_createLockPartnerConfiguration: {
    call: (h) => h.chaster.partner.configurations.createForLock({
      lockId: 'l', partnerExtensionId: 'p',
    }),
  },
  PartnerConfigurationCreationController_createSharedLockPartnerConfiguration: {
    call: (h) => h.chaster.partner.configurations.createForSharedLock({
      sharedLockId: 's', partnerExtensionId: 'p',
    }),
  },
  PartnerConfigurationCreationController_createPartnerConfiguration: {
    call: (h) => h.chaster.partner.configurations.create({
      partnerExtensionId: 'p', role: 'wearer' as never,
    }),
  },
  PartnerSessionController_getSessions: {
    call: (h) => h.chaster.partner.sessions.search({
      extensionSlug: 'mine', status: 'locked' as never,
    }),
  },
  PartnerActionsController_getExtensionSession: {
    call: (h) => h.chaster.partner.sessions.get('session-1'),
  },
  PartnerActionsController_patchExtensionSession: {
    call: (h) => h.session().patch({ data: { a: 1 } }),
  },
  PartnerActionsController_doAction: { call: (h) => h.session().addTime(60) },
  PartnerLogController_logCustomAction: {
    call: (h) => h.session().log({ title: 'T', description: 'D' }),
  },
  PartnerActionsController_getLogs: { call: (h) => h.session().logs() },
  SessionRegularActionController_getRegularActions: {
    call: (h) => h.session().regularActions(),
  },
  SessionRegularActionController_submitRegularAction: {
    call: (h) => h.session().submitRegularAction(),
  },
  PartnerTasksController_assignTask: {
    call: (h) => h.session().tasks.assign({ task: 'T', points: 1, actor: 'keyholder' } as never),
  },
  PartnerTasksController_startTimer: {
    call: (h) => h.session().tasks.startTimer({ actor: 'wearer' } as never),
  },
  PartnerTasksController_completeTask: {
    call: (h) => h.session().tasks.complete({ actor: 'wearer', isCompleted: true } as never),
  },
  PartnerTemporaryOpeningController_open: {
    call: (h) => h.session().openTemporaryOpening({ actor: 'wearer' } as never),
  },
  PartnerVerificationPictureController_request: {
    call: (h) => h.session().requestVerificationPicture({ actor: 'keyholder' } as never),
  },
  PartnerPenaltiesController_increment: { call: (h) => h.session().penalties.increment('habit') },
  PartnerPenaltiesController_createTimeLimit: {
    call: (h) => h.session().penalties.createTimeLimit('habit'),
  },
  PartnerPenaltiesController_cancelTimeLimit: {
    call: (h) => h.session().penalties.cancelTimeLimit('habit'),
  },
  PartnerPilloryController_getStatus: {
    call: (h) => h.session().pilloryStatus(), reply: { votes: [] },
  },
};

const DRIVERS: Record<string, Driver> = {
  ...LOCK_DRIVERS, ...RESOURCE_DRIVERS, ...PARTNER_DRIVERS,
};

function harness(stub: StubClient): Harness {
  const chaster = new Chaster({ client: stub.client, clientId: 'app-client' });
  return {
    chaster,
    lock: (role, slugs = []) => new Lock(stub.context, lockBody({ role, slugs })),
    sharedLock: () => new SharedLock(stub.context, { _id: 'shared-1' } as never),
    conversation: () => new Conversation(stub.context, { _id: 'conversation-1' } as never),
    session: () => chaster.partner.sessions.fromData({ sessionId: 'session-1' } as never),
  };
}

/** The operationId a recorded call reached, by method and path template. */
function operationOf(call: StubCall): string {
  const match = operationTable.find((operation) =>
    operation.method === call.method.toLowerCase() && operation.path === call.path);
  return match?.operationId ?? `unknown ${call.method} ${call.path}`;
}

describe('coverage declarations', () => {
  const active = operationTable.filter((operation) => !operation.deprecated);

  it('cover or skip, with a reason, every operation that is not deprecated', () => {
    const uncovered = active
      .map((operation) => operation.operationId)
      .filter((id) => !(id in facadeCoverage) && !(skippedOperations[id] ?? '').trim());

    expect(uncovered).toEqual([]);
  });

  it('name only operations the generated table knows', () => {
    const known = new Set<string>(operationTable.map((operation) => operation.operationId));
    const declared = [...Object.keys(facadeCoverage), ...Object.keys(skippedOperations)];

    expect(declared.filter((id) => !known.has(id))).toEqual([]);
  });

  it('never both cover and skip an operation', () => {
    expect(Object.keys(skippedOperations).filter((id) => id in facadeCoverage)).toEqual([]);
  });

  it('claim each operation in one module only', () => {
    const owners = new Map<string, string[]>();
    for (const [module, coverage] of Object.entries(coverageByModule)) {
      for (const id of Object.keys(coverage)) owners.set(id, [...owners.get(id) ?? [], module]);
    }

    const claimedTwice = [...owners].filter(([, modules]) => modules.length > 1);
    expect(claimedTwice).toEqual([]);
  });

  it('skip every deprecated operation that no module covers', () => {
    const deprecated = operationTable.filter((operation) => operation.deprecated)
      .map((operation) => operation.operationId)
      .filter((id) => !(id in facadeCoverage));

    expect(deprecated.filter((id) => !(id in skippedOperations))).toEqual([]);
  });

  it('have a driver in this test for every covered operation, and none stale', () => {
    expect(Object.keys(facadeCoverage).filter((id) => !(id in DRIVERS))).toEqual([]);
    expect(Object.keys(DRIVERS).filter((id) => !(id in facadeCoverage))).toEqual([]);
  });
});

describe('each declared method calls its operation', () => {
  it.each(Object.keys(facadeCoverage).filter((id) => id in DRIVERS))('%s', async (id) => {
    const driver = DRIVERS[id] as Driver;
    const stub = createStubClient({
      fallback: () => ({ status: 200, body: driver.reply ?? CATCH_ALL }),
    });

    await driver.call(harness(stub));

    expect(stub.calls.map(operationOf)).toEqual([id]);
  });
});
