/**
 * Share link: visitors vote to add or remove time, each session once a day (24 hours of virtual
 * time). `random` adds or removes a seeded amount between 0 and the configured time, so 0 is
 * possible. A second vote within the day answers 400. `nbVisits` votes are needed before the
 * lock may be unlocked.
 */
import type {
  ShareLink,
  ShareLinkInfo,
  ShareLinkVoteResult,
} from '../../contracts/extension-actions.js';
import { describeTimeChange, formatDuration } from '../domain/durations.js';
import { appendLog, EXTENSION_ACTOR } from '../domain/history.js';
import { shiftEndDate } from '../domain/lock-time.js';
import { badRequest } from '../engine/http-error.js';
import { isIn, isString, validateBody } from '../engine/validation.js';
import type { ExtensionPartyRecord } from '../world/records.js';
import { booleanSetting, numberSetting, partyState } from './settings.js';
import type { ExtensionDefinition } from './types.js';

interface LinkVote {
  sessionId: string;
  at: number;
  duration: number;
}

interface LinkState {
  votes: LinkVote[];
}

const SLUG = 'link';
const DAY_MS = 86_400_000;
const SHARE_BASE = 'https://chaster.app/sessions/';

function linkState(party: ExtensionPartyRecord): LinkState {
  return partyState(party, () => ({ votes: [] }));
}

/** The share-link extension. */
export const shareLink: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    getLink: {
      roles: ['wearer', 'keyholder'],
      run: ({ party }): ShareLink => ({ link: SHARE_BASE + party.id }),
    },

    getInfo: {
      roles: ['wearer', 'keyholder', 'visitor'],
      run: ({ lock, party, role }): ShareLinkInfo => ({
        lockId: lock.id,
        extensionId: party.id,
        votes: linkState(party).votes.length,
        minVotes: numberSetting(party.config, 'nbVisits', 0),
        canVote: role !== 'wearer',
      }),
    },

    vote: {
      roles: ['keyholder', 'visitor'],
      run({ world, lock, party, payload, now }): ShareLinkVoteResult {
        const { action, sessionId } = validateBody(payload, {
          action: isIn(['add', 'remove', 'random'] as const),
          sessionId: isString({ notEmpty: true }),
        });
        const state = linkState(party);
        const recent = state.votes.some(
          (vote) => vote.sessionId === sessionId && now - vote.at < DAY_MS,
        );
        if (recent) throw badRequest('You can only vote once a day');

        const toAdd = numberSetting(party.config, 'timeToAdd', 0);
        const toRemove = numberSetting(party.config, 'timeToRemove', 0);
        let duration = action === 'add' ? toAdd : -toRemove;

        if (action === 'random') {
          if (!booleanSetting(party.config, 'enableRandom', false)) {
            throw badRequest('Random votes are not enabled');
          }
          duration = world.random.chance(0.5)
            ? world.random.int(0, toAdd)
            : -world.random.int(0, toRemove);
        }

        state.votes.push({ sessionId, at: now, duration });
        shiftEndDate(lock, duration);
        appendLog(world, lock, {
          type: 'link_time_changed',
          actor: EXTENSION_ACTOR,
          title: 'A visitor voted on the share link',
          description: describeTimeChange(duration),
          icon: 'link',
          payload: { duration },
          extension: SLUG,
        });
        return { duration };
      },
    },
  },

  describeConfig: (config) =>
    `Add ${formatDuration(numberSetting(config, 'timeToAdd', 0))}, ` +
    `remove ${formatDuration(numberSetting(config, 'timeToRemove', 0))}`,

  unlockBlockers({ party }) {
    const missing = numberSetting(party.config, 'nbVisits', 0) - linkState(party).votes.length;
    if (missing <= 0) return [];
    return [{ reason: `${missing} more share-link votes are needed`, icon: 'link' }];
  },
};
