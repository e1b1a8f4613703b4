/**
 * The social part of the seeded world, added after the users and locks so their ids stay as
 * they were. It draws nothing from the world's random generator, so seeded dice and wheels
 * give the same outcomes with or without it.
 *
 * - kim's shared locks: "Weekend game" (public, dice and wheel of fortune, tagged Weekend and
 *   Game) and "Training week" (private, password `letmein`, at most 3 wearers).
 * - sam's shared lock: "Dice night" (private, dice only).
 * - A conversation between kim and wes: three messages over the last two hours, the newest
 *   from kim and unread by wes.
 * - kim's Discord account id: `100000000000000001`.
 */
import type { ExtensionConfigInput } from '../domain/extension-parties.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { linkDiscord } from './discord.js';
import { conversations } from './messaging/records.js';
import type { ConversationRecord } from './messaging/records.js';
import { sharedLockState } from './shared-locks/records.js';
import type { SharedLockRecord } from './shared-locks/records.js';

const HOUR_SECONDS = 3600;
const MINUTE_MS = 60_000;

/** The seeded users the social seed uses. */
export interface SocialSeedUsers {
  kim: UserRecord;
  wes: UserRecord;
  sam: UserRecord;
}

const DICE: ExtensionConfigInput = {
  slug: 'dice',
  config: { multiplier: HOUR_SECONDS },
  mode: 'non_cumulative',
  regularity: HOUR_SECONDS,
};

const WHEEL: ExtensionConfigInput = {
  slug: 'wheel-of-fortune',
  config: {
    segments: [
      { type: 'add-time', text: '', duration: HOUR_SECONDS },
      { type: 'remove-time', text: '', duration: HOUR_SECONDS },
      { type: 'text', text: 'Twenty squats', duration: 0 },
    ],
  },
  mode: 'non_cumulative',
  regularity: 6 * HOUR_SECONDS,
};

type SharedLockSeed = Pick<SharedLockRecord, 'name' | 'description' | 'isPublic' | 'tags'>
  & Partial<SharedLockRecord>;

function addSharedLock(world: World, creator: UserRecord, seed: SharedLockSeed) {
  const now = world.clock.now();
  const sharedLock: SharedLockRecord = {
    id: world.ids.next(),
    creatorId: creator.id,
    minDuration: HOUR_SECONDS,
    maxDuration: 2 * HOUR_SECONDS,
    maxLimitDuration: null,
    minDate: null,
    maxDate: null,
    maxLimitDate: null,
    displayRemainingTime: true,
    limitLockTime: false,
    maxLockedUsers: null,
    password: null,
    requireContact: false,
    photoId: '',
    hideTimeLogs: false,
    isFindom: false,
    extensions: [],
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    ...seed,
  };

  sharedLockState(world).sharedLocks.set(sharedLock.id, sharedLock);
}

function seedConversation(world: World, kim: UserRecord, wes: UserRecord): void {
  const now = world.clock.now();
  const lines: [UserRecord, string, number][] = [
    [kim, 'Ready for the weekend?', 120],
    [wes, 'Locked and waiting.', 90],
    [kim, 'Good. Spin the wheel tonight.', 30],
  ];
  const conversation: ConversationRecord = {
    id: world.ids.next(),
    type: 'private',
    members: [
      { userId: kim.id, status: 'approved', unread: false },
      { userId: wes.id, status: 'approved', unread: true },
    ],
    createdAt: now - 120 * MINUTE_MS,
    lastMessageAt: now - 30 * MINUTE_MS,
    messages: [],
  };

  for (const [sender, message, minutesAgo] of lines) {
    conversation.messages.push({
      id: world.ids.next(),
      conversationId: conversation.id,
      userId: sender.id,
      message,
      attachments: [],
      createdAt: now - minutesAgo * MINUTE_MS,
    });
  }
  conversations(world).set(conversation.id, conversation);
}

/** Adds the seeded shared locks, conversation and Discord link. */
export function seedSocial(world: World, { kim, wes, sam }: SocialSeedUsers): void {
  addSharedLock(world, kim, {
    name: 'Weekend game',
    description: 'Two days of dice and wheel spins, kept by kim.',
    isPublic: true,
    tags: ['Weekend', 'Game'],
    minDuration: 24 * HOUR_SECONDS,
    maxDuration: 48 * HOUR_SECONDS,
    photoId: 'weekend-photo',
    extensions: [DICE, WHEEL],
  });
  addSharedLock(world, kim, {
    name: 'Training week',
    description: 'A week of daily tasks.',
    isPublic: false,
    tags: ['Training'],
    minDuration: 5 * 24 * HOUR_SECONDS,
    maxDuration: 7 * 24 * HOUR_SECONDS,
    password: 'letmein',
    maxLockedUsers: 3,
  });
  addSharedLock(world, sam, {
    name: 'Dice night',
    description: 'The dice decide.',
    isPublic: false,
    tags: ['Luck'],
    extensions: [DICE],
  });

  seedConversation(world, kim, wes);
  linkDiscord(world, kim, '100000000000000001');
}
