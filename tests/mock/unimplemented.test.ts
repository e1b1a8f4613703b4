/**
 * The operations the fake answers with 501. The list is spelt out so that implementing one
 * (or the document gaining one) means updating this test on purpose.
 */
import { describe, expect, it } from 'vitest';

import { operationTable } from '../../generated/operations.js';
import { HANDLER_TABLES, mergeHandlerTables } from '../../src/mock/handlers/index.js';
import { createMockChaster } from '../../src/mock/index.js';

const NOT_IMPLEMENTED = [
  'PartnerExtensionController_findAll',
  'PartnerExtensionController_create',
  'PartnerExtensionController_delete',
  'PartnerExtensionController_findOne',
  'PartnerExtensionController_update',
  'PartnerMainAuthorizationController_getSessionAuth',
  'PartnerConfigurationController_getConfiguration',
  'PartnerConfigurationController_updateConfiguration',
  'PartnerSessionController_getSessions',
  'PartnerActionsController_getExtensionSession',
  'PartnerActionsController_patchExtensionSession',
  'PartnerActionsController_doAction',
  'SessionDataController_setData',
  'PartnerLogController_logCustomAction',
  'PartnerActionsController_getLogs',
  'PartnerActionsController_setMetadata',
  'PartnerPenaltiesController_increment',
  'PartnerPenaltiesController_cancelTimeLimit',
  'PartnerPenaltiesController_createTimeLimit',
  'PartnerPilloryController_getStatus',
  'SessionRegularActionController_getRegularActions',
  'SessionRegularActionController_submitRegularAction',
  'PartnerTasksController_assignTask',
  'PartnerTasksController_completeTask',
  'PartnerTasksController_startTimer',
  'PartnerTemporaryOpeningController_open',
  'PartnerVerificationPictureController_request',
  'BlockController_findBlocks',
  'BlockController_blockUser',
  'BlockController_getBlockInteraction',
  'BlockController_unblockUser',
  'CombinationController_uploadImage',
  'CommunityEventController_getCategories',
  'CommunityEventController_getPeriodDetails',
  'ConversationController_getConversations',
  'MessagingController_createConversation',
  'MessagingController_getConversationByUserId',
  'MessagingController_getConversation',
  'MessagingController_sendMessage',
  'MessagingController_getMessages',
  'MessagingController_setConversationStatus',
  'MessagingController_setConversationUnread',
  'PublicLockExploreController_findAll',
  'PenaltyController_getPenalties',
  'SharedLockFavoritesController_getFavoriteSharedLocks',
  'StorageController_uploadFiles',
  'StorageController_getFileFromKey',
  'LegacySharedLockController_DEPRECATEDFindAll',
  'SharedLockController_DEPRECATEDCreate',
  'LegacySharedLockController_DEPRECATEDFindOne',
  'SharedLockController_DEPRECATEDUpdate',
  'LockController_convertToSelfLock',
  'PartnerConfigurationCreationController_createLockPartnerConfiguration',
  'IgnoredUserController_findIgnoredUsers',
  'PartnerConfigurationCreationController_createPartnerConfiguration',
  'PublicLockController_getSharedLockImage',
  'PublicLockController_search',
  'PublicLockController_findOne',
  'LockCreationController_createLockFromSharedLock',
  'ReportCreationController_createReport',
  'SessionOfferController_createKeyholdingOffer',
  'SessionOfferController_getOfferRequestStatus',
  'SessionOfferController_getKeyholderRequests',
  'SessionOfferController_getLockKeyholdingRequest',
  'SessionOfferController_acceptKeyholdingRequest',
  'SessionOfferController_validateOfferRequest',
  'SessionOfferController_archiveKeyholdingOffer',
  'SharedLockTagController_findAllTags',
  'SharedLockTagController_findSuggestedTags',
  'SharedLockController_findAll',
  'SharedLockController_create',
  'SharedLockController_findOne',
  'SharedLockController_update',
  'SharedLockController_archive',
  'SharedLockFavoriteController_removeFavorite',
  'SharedLockFavoriteController_isFavorite',
  'SharedLockFavoriteController_setFavorite',
  'PartnerConfigurationCreationController_createSharedLockPartnerConfiguration',
  'UserSearchController_searchUsers',
  'UserSearchController_getUserByDiscordId',
  'UserSearchController_searchByUsername',
];

describe('operations the fake does not implement', () => {
  const handlers = mergeHandlerTables(HANDLER_TABLES);
  const missing = operationTable.filter((row) => !(row.operationId in handlers));

  it('are exactly the listed ones', () => {
    expect(missing.map((row) => row.operationId)).toEqual(NOT_IMPLEMENTED);
  });

  it('each answer 501 naming the operation', async () => {
    const mock = createMockChaster();
    const authorization = `Bearer ${mock.users.kim.token}`;
    const answers: string[] = [];

    for (const row of missing) {
      const path = row.path.replace(/\{\w+\}/g, 'x0');
      const response = await mock.fetch(path, {
        method: row.method.toUpperCase(),
        headers: { authorization },
      });
      const body = (await response.json()) as { message: string };
      answers.push(`${response.status} ${body.message}`);
    }

    expect(answers).toEqual(
      NOT_IMPLEMENTED.map((id) => `501 Not implemented by the fake Chaster: ${id}`),
    );
  });
});
