/**
 * The social story: shared locks from creation to archive, the public side (search, explore,
 * favorites, joining), messaging with an attachment, keyholding offers, blocks, reports, the
 * community event and the user look-ups.
 */
import { offerTokenOf } from '../../../src/mock/social/session-offers/offer-token.js';
import { field, sharedLockSettings } from '../support.js';
import type { ContractRecorder, ContractScenario } from './harness.js';

const SHARED_LOCK_SETTINGS = sharedLockSettings({
  photoId: 'evening',
  tags: ['Weekend', 'Short term'],
});

function imageForm(name: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
  form.append(name, jpeg, 'a.jpg');
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  return form;
}

async function sharedLockStory(
  { hit }: ContractRecorder,
  users: Parameters<ContractScenario>[0]['users'],
): Promise<void> {
  const { kim, vic } = users;

  await hit(kim, 'GET', '/shared-lock-tags');
  await hit(kim, 'POST', '/shared-lock-tags/suggested', { body: { text: 'we' } });
  const listed = (await hit(kim, 'GET', '/shared-locks')) as { _id: string; name: string }[];
  const weekend = listed.find((item) => item.name === 'Weekend game')?._id ?? '';

  const made = await hit(kim, 'POST', '/shared-locks', { body: SHARED_LOCK_SETTINGS });
  const sharedLockId = String(field(made, 'id'));
  const params = { sharedLockId };
  await hit(kim, 'GET', '/shared-locks/{sharedLockId}', { params });
  await hit(kim, 'PUT', '/shared-locks/{sharedLockId}', {
    params,
    body: { ...SHARED_LOCK_SETTINGS, isPublic: true },
  });

  await hit(vic, 'GET', '/public-locks/{sharedLockId}', { params: { sharedLockId: weekend } });
  const first = await hit(vic, 'POST', '/public-locks/search', {
    body: { criteria: { tags: ['Weekend'] }, limit: 1 },
  });
  await hit(vic, 'POST', '/public-locks/search', {
    body: { criteria: { tags: ['Weekend'] }, limit: 1, cursor: field(first, 'cursor') },
  });
  await hit(vic, 'GET', '/explore/categories');
  await hit(vic, 'GET', '/public-locks/images/{sharedLockId}', { params });

  await hit(vic, 'PUT', '/shared-locks/{sharedLockId}/favorite', { params });
  await hit(vic, 'GET', '/shared-locks/{sharedLockId}/favorite', { params });
  await hit(vic, 'POST', '/favorites/shared-locks', { body: { limit: 10 } });
  await hit(vic, 'DELETE', '/shared-locks/{sharedLockId}/favorite', { params });

  const code = await hit(vic, 'POST', '/combinations/code', { body: { code: '9753' } });
  await hit(vic, 'POST', '/public-locks/{sharedLockId}/create-lock', {
    params: { sharedLockId: weekend },
    body: { combinationId: field(code, 'combinationId'), isTestLock: false },
  });
  await hit(vic, 'POST', '/combinations/image', { form: imageForm('file') });
  await hit(vic, 'POST', '/reports', {
    body: { target: { type: 'shared_lock', sharedLockId }, reason: 'other', message: 'Spam' },
  });

  await hit(kim, 'POST', '/shared-locks/{sharedLockId}/archive', { params });
  await hit(kim, 'GET', '/shared-locks', {});
}

async function messagingStory(
  { hit }: ContractRecorder,
  users: Parameters<ContractScenario>[0]['users'],
): Promise<void> {
  const { kim, wes, vic } = users;

  await hit(wes, 'GET', '/conversations');
  const withKim = await hit(wes, 'GET', '/conversations/by-user/{userId}', {
    params: { userId: kim.id },
  });
  const conversationId = String(field(withKim, '_id'));
  const params = { conversationId };
  await hit(wes, 'GET', '/conversations/{conversationId}', { params });
  await hit(wes, 'GET', '/conversations/{conversationId}/messages', { params });

  const uploadForm = imageForm('files', { type: 'messaging' });
  const upload = await hit(wes, 'POST', '/files/upload', { form: uploadForm });
  const sent = await hit(wes, 'POST', '/conversations/{conversationId}', {
    params,
    body: { message: 'Photo attached.', attachments: field(upload, 'token') },
  });
  const [attachment] = field(sent, 'attachments') as { url: string }[];
  const fileKey = decodeURIComponent(attachment?.url.split('/').pop() ?? '');
  await hit(kim, 'GET', '/files/{fileKey}', { params: { fileKey } });
  await hit(kim, 'PUT', '/conversations/{conversationId}/unread', {
    params,
    body: { unread: true },
  });

  const request = await hit(vic, 'POST', '/conversations', {
    body: { users: [wes.id], type: 'private', message: 'Hello there.' },
  });
  await hit(wes, 'GET', '/conversations', {});
  await hit(wes, 'PUT', '/conversations/{conversationId}/status', {
    params: { conversationId: String(field(request, '_id')) },
    body: { status: 'ignored' },
  });
  await hit(wes, 'GET', '/messaging/ignored-users');
}

async function offerStory(
  { hit }: ContractRecorder,
  mock: Parameters<ContractScenario>[0],
): Promise<void> {
  const { kim, sam, vic } = mock.users;

  const code = await hit(kim, 'POST', '/combinations/code', { body: { code: '8642' } });
  const made = await hit(kim, 'POST', '/locks', {
    body: {
      minDuration: 3600,
      maxDuration: 3600,
      maxLimitDuration: null,
      displayRemainingTime: true,
      limitLockTime: false,
      combinationId: field(code, 'combinationId'),
      extensions: [],
      allowSessionOffer: true,
      hideTimeLogs: false,
    },
  });
  const lockId = String(field(made, 'lockId'));

  await hit(kim, 'POST', '/session-offer/lock/{lockId}', {
    params: { lockId },
    body: { keyholder: 'sam' },
  });
  await hit(kim, 'GET', '/session-offer/lock/{lockId}/status', { params: { lockId } });
  const requests = (await hit(sam, 'GET', '/session-offer/requests')) as { _id: string }[];
  const sessionRequestId = requests[0]?._id ?? '';
  await hit(sam, 'POST', '/session-offer/{sessionRequestId}', {
    params: { sessionRequestId },
    body: { accept: false },
  });
  await hit(kim, 'GET', '/session-offer/{sessionRequestId}/archive', {
    params: { sessionRequestId },
  });

  const lock = mock.state.locks.get(lockId);
  const offerToken = lock === undefined ? '' : offerTokenOf(mock.state, lock) ?? '';
  await hit(vic, 'GET', '/session-offer/token/{offerToken}', { params: { offerToken } });
  await hit(vic, 'GET', '/session-offer/token/{offerToken}/accept', { params: { offerToken } });
}

async function peopleStory(
  { hit }: ContractRecorder,
  users: Parameters<ContractScenario>[0]['users'],
): Promise<void> {
  const { sam, vic } = users;
  const target = { targetUserId: vic.id };

  await hit(sam, 'POST', '/blocks', { body: target });
  await hit(sam, 'GET', '/blocks');
  await hit(sam, 'GET', '/blocks/block-interaction/{targetUserId}', { params: target });
  await hit(sam, 'POST', '/blocks/unblock', { body: target });

  const page = await hit(sam, 'POST', '/users/search', { body: { criteria: {}, limit: 2 } });
  await hit(sam, 'POST', '/users/search', {
    body: {
      criteria: { role: { wearer: true, keyholder: true } },
      limit: 2,
      lastId: (field(page, 'results') as { _id: string }[])[1]?._id,
      lastAccessForUserList: field(page, 'lastAccessForUserList'),
    },
  });
  await hit(sam, 'POST', '/users/search/by-username', { body: { search: 'ki' } });
  await hit(sam, 'GET', '/users/search/by-discord-id/{discordId}', {
    params: { discordId: '100000000000000001' },
  });
  await hit(sam, 'GET', '/community-event/categories');
  await hit(sam, 'POST', '/community-event/details', {
    body: { date: '2024-06-01T08:00:00.000Z' },
  });
}

/** Runs the social story. */
export const socialScenario: ContractScenario = async (mock, recorder) => {
  await sharedLockStory(recorder, mock.users);
  await messagingStory(recorder, mock.users);
  await offerStory(recorder, mock);
  await peopleStory(recorder, mock.users);
};
