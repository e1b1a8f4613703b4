/**
 * The world every mock starts from. Tokens are fake strings that only the mock accepts.
 *
 * - `kim`: keyholder of wes's lock.
 * - `wes`: wearer with Premium, so more than three extensions are allowed; his lock, held by
 *   kim, has wheel of fortune, dice, pillory, tasks, hygiene opening, share link and
 *   verification picture.
 * - `sam`: wearer on the free plan, in a self-lock with a hidden timer and guess the timer,
 *   dice and a daily-dice penalty (three counted extensions, the free limit).
 * - `vic`: a user with no lock, for checking what strangers may not do.
 * - Shared locks of kim and sam, a conversation between kim and wes, and kim's Discord id
 *   (see `social/seed.ts`).
 * - `dev`: a developer (the Extensions API needs a developer token) who owns the partner
 *   extension `lucky-cards`, which has a session on wes's lock (see `partner/seed.ts`).
 */
import { seedPartner } from '../partner/seed.js';
import type { SeededPartner } from '../partner/seed.js';
import { seedSocial } from '../social/seed.js';
import { createLock, createUser } from './factories.js';
import type { LockRecord, UserRecord } from './records.js';
import type { World } from './world.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The seeded users, by name. */
export interface SeededUsers {
  kim: UserRecord;
  wes: UserRecord;
  sam: UserRecord;
  vic: UserRecord;
  dev: UserRecord;
}

/** The seeded locks, by wearer. */
export interface SeededLocks {
  wes: LockRecord;
  sam: LockRecord;
}

/** What seeding created. */
export interface SeededWorld {
  users: SeededUsers;
  locks: SeededLocks;
  /** The partner extension of `dev` and its session on wes's lock. */
  partner: SeededPartner;
}

/** One line per seeded user, for the CLI and docs. */
export const SEEDED_USER_ROLES: Readonly<Record<keyof SeededUsers, string>> = {
  kim: 'keyholder of wes\'s lock',
  wes: 'wearer (Premium), keyholder lock with seven extensions',
  sam: 'wearer (free plan), hidden-timer self-lock',
  vic: 'no lock: a stranger to every lock',
  dev: 'developer token: owns the partner extension lucky-cards',
};

function seedUsers(world: World): SeededUsers {
  return {
    kim: createUser(world, { username: 'kim', role: 'keyholder', isPremium: true }),
    wes: createUser(world, { username: 'wes', role: 'wearer', isPremium: true }),
    sam: createUser(world, { username: 'sam', role: 'switch', isDeveloper: true }),
    vic: createUser(world, { username: 'vic', role: 'unspecified' }),
    dev: createUser(world, { username: 'dev', role: 'unspecified', isDeveloper: true }),
  };
}

function seedWesLock(world: World, users: SeededUsers): LockRecord {
  return createLock(world, {
    wearer: users.wes,
    keyholder: users.kim,
    title: 'Held by kim',
    startedAt: world.clock.now() - 2 * DAY * 1000,
    duration: 5 * DAY,
    extensions: [
      {
        slug: 'wheel-of-fortune',
        mode: 'non_cumulative',
        regularity: HOUR,
        config: {
          segments: [
            { type: 'add-time', text: '', duration: HOUR },
            { type: 'remove-time', text: '', duration: HOUR },
            { type: 'add-remove-time', text: '', duration: HOUR / 2 },
            { type: 'text', text: 'Ten push-ups', duration: 0 },
            { type: 'freeze', text: '', duration: HOUR / 2 },
            { type: 'pillory', text: 'Spun into the pillory', duration: HOUR / 4 },
          ],
        },
      },
      { slug: 'dice', mode: 'cumulative', regularity: HOUR, config: { multiplier: HOUR / 2 } },
      { slug: 'pillory', mode: 'unlimited', config: { timeToAdd: 600, limitToLoggedUsers: true } },
      {
        slug: 'tasks',
        mode: 'unlimited',
        config: {
          tasks: [
            { task: 'Write a page of lines', points: 2 },
            { task: 'Tidy the desk', points: 1 },
            { task: 'Run five kilometres', points: 3 },
          ],
          voteEnabled: true,
          voteDuration: HOUR,
          enablePoints: true,
          pointsRequired: 0,
          allowWearerToEditTasks: false,
        },
      },
      {
        slug: 'temporary-opening',
        mode: 'non_cumulative',
        regularity: 2 * DAY,
        config: { openingTime: 900, penaltyTime: HOUR, allowOnlyKeyholderToOpen: false },
      },
      {
        slug: 'link',
        mode: 'unlimited',
        config: {
          timeToAdd: HOUR,
          timeToRemove: HOUR / 2,
          enableRandom: true,
          nbVisits: 0,
          limitToLoggedUsers: false,
        },
      },
      { slug: 'verification-picture', mode: 'unlimited' },
    ],
  });
}

function seedSamLock(world: World, users: SeededUsers): LockRecord {
  return createLock(world, {
    wearer: users.sam,
    startedAt: world.clock.now() - DAY * 1000,
    duration: 3 * DAY,
    displayRemainingTime: false,
    extensions: [
      { slug: 'guess-timer', config: { minRandomTime: HOUR / 2, maxRandomTime: HOUR } },
      { slug: 'dice', mode: 'unlimited', config: { multiplier: HOUR } },
      {
        slug: 'penalty',
        config: {
          penalties: [
            {
              habitName: 'daily-dice',
              label: 'Roll the dice every day',
              extension: 'dice',
              nbActions: 1,
              frequency: DAY,
              punishments: [{ name: 'add_time', params: HOUR }],
            },
          ],
        },
      },
    ],
  });
}

/** Fills an empty world with the seeded users and locks. */
export function seedWorld(world: World): SeededWorld {
  const users = seedUsers(world);
  const locks = { wes: seedWesLock(world, users), sam: seedSamLock(world, users) };
  seedSocial(world, users);
  return { users, locks, partner: seedPartner(world, users.dev, locks.wes) };
}
