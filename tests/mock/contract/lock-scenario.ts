/**
 * The lock story: a self-lock and a keyholder-held lock through time changes, every built-in
 * extension action, history, unlocking and archiving.
 */
import { extensionId, field, HOUR_MS } from '../support.js';
import type { ContractScenario } from './harness.js';

/** Runs the lock story. */
export const lockScenario: ContractScenario = async (mock, { hit, trigger }) => {
  const { kim, wes, sam } = mock.users;
  const wesLock = mock.locks.wes;
  const samLock = mock.locks.sam;
  const lockId = wesLock.id;

  for (const template of ['/auth/profile', '/auth/profile/update', '/users/badge/count']) {
    await hit(wes, 'GET', template);
  }
  await hit(wes, 'GET', '/settings');
  await hit(wes, 'GET', '/extensions');
  await hit(wes, 'GET', '/extensions/penalty/punishable-actions');
  await hit(wes, 'GET', '/users/profile/by-id/{userId}', { params: { userId: kim.id } });
  await hit(wes, 'GET', '/users/profile/{username}', { params: { username: 'kim' } });
  await hit(wes, 'GET', '/users/profile/{username}/details', {
    params: { username: 'wes' },
  });
  await hit(kim, 'GET', '/locks/user/{userId}', { params: { userId: wes.id } });

  // Kim (Premium) starts a self-lock with a max limit date and a few extensions.
  const code = await hit(kim, 'POST', '/combinations/code', { body: { code: '2468' } });
  const created = await hit(kim, 'POST', '/locks', {
    body: {
      minDuration: 3600,
      maxDuration: 7200,
      maxLimitDuration: 86_400,
      displayRemainingTime: true,
      limitLockTime: true,
      combinationId: field(code, 'combinationId'),
      extensions: [{ slug: 'dice', config: { multiplier: 60 }, mode: 'unlimited', regularity: 0 }],
      allowSessionOffer: false,
      isTestLock: false,
      hideTimeLogs: false,
    },
  });
  const kimLockId = String(field(created, 'lockId'));
  await hit(kim, 'POST', '/locks/{lockId}/extensions', {
    params: { lockId: kimLockId },
    body: {
      extensions: [
        { slug: 'dice', config: { multiplier: 120 }, mode: 'unlimited', regularity: 0 },
        { slug: 'link', config: {}, mode: 'unlimited', regularity: 3600 },
      ],
    },
  });
  await hit(kim, 'POST', '/locks/{lockId}/max-limit-date', {
    params: { lockId: kimLockId },
    body: {
      maxLimitDate: new Date(mock.clock.now() + 2 * 86_400_000).toISOString(),
      disableMaxLimitDate: false,
    },
  });
  await hit(kim, 'PUT', '/locks/{lockId}/is-test-lock', { params: { lockId: kimLockId } });

  await hit(wes, 'GET', '/locks');
  await hit(wes, 'GET', '/locks/{lockId}', { params: { lockId } });
  await hit(kim, 'GET', '/locks/{lockId}', { params: { lockId } });
  await hit(wes, 'POST', '/locks/search', { body: { limit: 5 } });
  await hit(kim, 'POST', '/keyholder/locks/search', { body: { page: 0, limit: 10 } });
  await hit(kim, 'GET', '/locks/{lockId}/extensions/{extensionId}', {
    params: { lockId, extensionId: extensionId(wesLock, 'dice') },
  });

  await hit(kim, 'POST', '/locks/{lockId}/update-time', {
    params: { lockId },
    body: { duration: 600 },
  });
  for (const isFrozen of [true, false]) {
    const options = { params: { lockId }, body: { isFrozen } };
    await hit(kim, 'POST', '/locks/{lockId}/freeze', options);
  }
  await hit(kim, 'POST', '/locks/{lockId}/settings', {
    params: { lockId },
    body: { hideTimeLogs: true },
  });
  await hit(wes, 'POST', '/locks/{lockId}/trust-keyholder', { params: { lockId } });

  await trigger(wes, wesLock, 'wheel-of-fortune', 'submit');
  await trigger(wes, wesLock, 'dice', 'submit');
  await trigger(sam, samLock, 'guess-timer', 'submit');
  await trigger(wes, wesLock, 'tasks', 'submit', { requestVote: false });
  await trigger(wes, wesLock, 'tasks', 'completeTask', { isCompleted: true });
  await trigger(kim, wesLock, 'tasks', 'assignTask', { task: { task: 'Read', points: 1 } });
  await trigger(kim, wesLock, 'tasks', 'updateTasks', {
    tasks: [{ task: 'Nap', points: 1 }],
  });
  await trigger(kim, wesLock, 'pillory', 'submit', { duration: 600, reason: 'Because' });
  await trigger(wes, wesLock, 'pillory', 'getStatus');
  await trigger(wes, wesLock, 'link', 'getLink');
  await trigger(wes, wesLock, 'link', 'getInfo');
  await trigger(kim, wesLock, 'link', 'vote', { action: 'add', sessionId: 'contract' });
  await trigger(kim, wesLock, 'verification-picture', 'createVerificationRequest');

  const form = new FormData();
  form.append('file', new Blob([new Uint8Array([1])], { type: 'image/jpeg' }), 'v.jpg');
  await hit(wes, 'POST', '/extensions/verification-picture/{lockId}/submit', {
    params: { lockId },
    form,
  });
  await hit(kim, 'GET', '/locks/{lockId}/verification-pictures', { params: { lockId } });

  await trigger(wes, wesLock, 'temporary-opening', 'submit');
  await hit(wes, 'GET', '/extensions/temporary-opening/{lockId}/combination', {
    params: { lockId },
  });
  const fresh = await hit(wes, 'POST', '/combinations/code', { body: { code: '1357' } });
  await hit(wes, 'POST', '/extensions/temporary-opening/{lockId}/combination', {
    params: { lockId },
    body: { combinationId: field(fresh, 'combinationId') },
  });
  const opened = wesLock.history.find((entry) => entry.type === 'temporary_opening_opened');
  await hit(
    wes,
    'GET',
    '/extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination',
    { params: { lockId, actionLogId: opened?.id ?? '' } },
  );
  await trigger(kim, wesLock, 'temporary-opening', 'keyholderOpen');

  mock.clock.advance(25 * HOUR_MS);
  const penalty = { lockId: samLock.id, extensionId: extensionId(samLock, 'penalty') };
  await hit(sam, 'GET', '/locks/{lockId}/extensions/{extensionId}/penalty-session', {
    params: penalty,
  });
  await hit(
    sam,
    'POST',
    '/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search',
    { params: penalty, body: { habitName: 'daily-dice', limit: 10 } },
  );

  await hit(wes, 'POST', '/locks/{lockId}/history', {
    params: { lockId },
    body: { limit: 100 },
  });
  await hit(kim, 'POST', '/locks/{lockId}/unlock', { params: { lockId } });
  await hit(wes, 'GET', '/locks/{lockId}/combination', { params: { lockId } });
  await hit(wes, 'POST', '/locks/{lockId}/archive', { params: { lockId } });
  await hit(kim, 'POST', '/locks/{lockId}/archive/keyholder', { params: { lockId } });

  const held = mock.createLock({ wearer: sam, keyholder: kim });
  await hit(sam, 'POST', '/locks/{lockId}/convert-to-self-lock', { params: { lockId: held.id } });
  await hit(wes, 'GET', '/locks', {});
};
