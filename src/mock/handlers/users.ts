/**
 * Other users: public profiles by id or username, profile details with lock statistics, and a
 * user's running locks as a visitor sees them.
 */
import { renderLock } from '../domain/lock-view.js';
import { totalDurationMs } from '../domain/lock-time.js';
import { renderUser } from '../domain/user-view.js';
import { notFound } from '../engine/http-error.js';
import { ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

function userById(world: World, id: string): UserRecord {
  const user = world.users.get(id);
  if (user === undefined) throw notFound('User not found');
  return user;
}

function userByName(world: World, username: string): UserRecord {
  const wanted = username.toLowerCase();
  const user = [...world.users.values()].find((item) => item.username.toLowerCase() === wanted);
  if (user === undefined) throw notFound('User not found');
  return user;
}

function statsOf(world: World, user: UserRecord, now: number) {
  const worn = [...world.locks.values()].filter((lock) => lock.wearerId === user.id);
  const durations = worn.map((lock) => Math.round(totalDurationMs(lock, now) / 1000));

  return {
    nbStartedLocks: worn.length,
    nbEndedLocks: worn.filter((lock) => lock.status !== 'locked').length,
    totalTimeLocked: durations.reduce((sum, seconds) => sum + seconds, 0),
    maxTimeLocked: Math.max(0, ...durations),
    keyholderNbLocks: [...world.locks.values()].filter((lock) => lock.keyholderId === user.id)
      .length,
  };
}

/** Handlers for user profiles. */
export const userHandlers: HandlerTable = {
  ProfileController_getUserById: ({ world, param, now, caller: _signedIn }) =>
    ok(renderUser(userById(world, param('userId')), now)),

  ProfileController_getUser: ({ world, param, now, caller: _signedIn }) =>
    ok(renderUser(userByName(world, param('username')), now)),

  ProfileController_getUserProfile({ world, param, now, caller: _signedIn }) {
    const user = userByName(world, param('username'));

    return ok({
      user: renderUser(user, now),
      stats: statsOf(world, user, now),
      achievements: [],
      sharedLocks: [],
      chastikeyStats: null,
      blockInteraction: {
        blockedByActionUser: false,
        blockedByOtherUser: false,
        canInteract: true,
      },
    });
  },

  LockVisitorController_getUserLocks({ world, param, caller }) {
    const user = userById(world, param('userId'));
    const running = [...world.locks.values()].filter(
      (lock) => lock.wearerId === user.id && lock.status === 'locked' && lock.archivedAt === null,
    );
    return ok(running.map((lock) => renderLock(world, lock, caller)));
  },
};
