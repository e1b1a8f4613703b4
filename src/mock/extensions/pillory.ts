/**
 * Pillory: the keyholder (or a wheel segment, or a penalty) puts the wearer on public display
 * for a while. Each vote runs on the virtual clock and writes `pillory_out` when it ends.
 */
import { formatDuration } from '../domain/durations.js';
import { appendLog, EXTENSION_ACTOR } from '../domain/history.js';
import type { Actor } from '../domain/history.js';
import { isNumber, isString, optional, validateBody } from '../engine/validation.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { partyState } from './settings.js';
import type { ExtensionDefinition } from './types.js';

/** One stay in the pillory. */
export interface PilloryVoteRecord {
  readonly id: string;
  readonly reason: string;
  readonly createdAt: number;
  readonly endsAt: number;
  nbVotes: number;
  /** Seconds visitors' votes added. */
  totalDurationAdded: number;
  /** Ids of users who voted. */
  readonly voters: string[];
}

interface PilloryState {
  votes: PilloryVoteRecord[];
}

const SLUG = 'pillory';

function pilloryState(party: ExtensionPartyRecord): PilloryState {
  return partyState(party, () => ({ votes: [] }));
}

/** What puts the wearer in the pillory. */
export interface PilloryInput {
  /** Seconds on display. */
  duration: number;
  reason: string;
  actor: Actor;
}

/**
 * Puts the wearer in the pillory, if the lock has the pillory extension; returns the vote, or
 * `undefined` when the extension is not enabled (Chaster then ignores the request).
 */
export function startPillory(
  world: World,
  lock: LockRecord,
  input: PilloryInput,
): PilloryVoteRecord | undefined {
  const party = lock.extensions.find((candidate) => candidate.slug === SLUG);
  if (party === undefined) return undefined;

  const now = world.clock.now();
  const vote: PilloryVoteRecord = {
    id: world.ids.next(),
    reason: input.reason,
    createdAt: now,
    endsAt: now + input.duration * 1000,
    nbVotes: 0,
    totalDurationAdded: 0,
    voters: [],
  };
  pilloryState(party).votes.push(vote);

  appendLog(world, lock, {
    type: 'pillory_in',
    actor: input.actor,
    title: '%USER% was sent to the pillory',
    description: `${input.reason} (${formatDuration(input.duration)})`,
    icon: 'user-friends',
    payload: { duration: input.duration, reason: input.reason },
    extension: SLUG,
  });

  world.scheduler.schedule(vote.endsAt, `pillory vote ${vote.id} ends`, () => {
    appendLog(world, lock, {
      type: 'pillory_out',
      actor: EXTENSION_ACTOR,
      title: 'The pillory ended',
      description: `${vote.nbVotes} votes added ${formatDuration(vote.totalDurationAdded)}`,
      icon: 'user-friends',
      payload: { nbVotes: vote.nbVotes, totalDurationAdded: vote.totalDurationAdded },
      extension: SLUG,
    });
  });
  return vote;
}

function runningVotes(party: ExtensionPartyRecord, now: number): PilloryVoteRecord[] {
  return pilloryState(party).votes.filter((vote) => vote.endsAt > now);
}

/** The pillory extension. */
export const pillory: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    submit: {
      roles: ['keyholder'],
      run({ world, lock, payload, actor }) {
        const input = validateBody(payload, {
          duration: isNumber({ min: 60 }),
          reason: optional(isString()),
        });
        const reason = input.reason ?? '';
        startPillory(world, lock, { duration: input.duration, reason, actor });
        return undefined;
      },
    },

    getStatus: {
      roles: ['wearer', 'keyholder', 'visitor'],
      run({ party, now, role, caller }) {
        const votes = runningVotes(party, now).map((vote) => ({
          _id: vote.id,
          nbVotes: vote.nbVotes,
          totalDurationAdded: vote.totalDurationAdded,
          voteEndsAt: new Date(vote.endsAt).toISOString(),
          canVote: role !== 'wearer' && !vote.voters.includes(caller.id),
          reason: vote.reason,
          createdAt: new Date(vote.createdAt).toISOString(),
        }));
        return { votes };
      },
    },
  },

  describeConfig: (config) =>
    `Each vote adds ${formatDuration(typeof config.timeToAdd === 'number' ? config.timeToAdd : 0)}`,

  unlockBlockers({ party, now }) {
    return runningVotes(party, now).length > 0
      ? [{ reason: 'The wearer is in the pillory', icon: 'user-friends' }]
      : [];
  },
};
