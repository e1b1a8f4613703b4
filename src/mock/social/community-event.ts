/**
 * The community event (Locktober and the like): its categories of point-earning actions, and
 * a user's points for one day. The fake's categories are its own; a day's points count the
 * history entries the user wrote that day on locks they wear or hold, each action capped.
 */
import type { components } from '../../../generated/chaster.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

type CommunityEventCategory = components['schemas']['CommunityEventCategory'];
type GetPeriodDetailsRepDto = components['schemas']['GetPeriodDetailsRepDto'];

const DAY_MS = 86_400_000;

function action(name: string, title: string, points: number, maxPerPeriod: number) {
  return { name, title, description: null, points, maxPerPeriod, group: 'daily' };
}

/** The categories; an action's `name` is the history entry type that earns it. */
export const COMMUNITY_EVENT_CATEGORIES: readonly CommunityEventCategory[] = [
  {
    name: 'wearer',
    title: 'Wearer challenges',
    maxPoints: 100,
    actions: [
      action('wheel_of_fortune_turned', 'Spin the wheel of fortune', 5, 4),
      action('dice_rolled', 'Roll the dice', 5, 4),
      action('tasks_task_completed', 'Complete a task', 20, 3),
      action('verification_picture_submitted', 'Send a verification picture', 10, 1),
    ],
  },
  {
    name: 'keyholder',
    title: 'Keyholder challenges',
    maxPoints: 60,
    actions: [
      action('tasks_task_assigned', 'Assign a task', 10, 3),
      action('time_changed', 'Change a timer', 5, 4),
      action('pillory_in', 'Put a wearer in the pillory', 15, 1),
    ],
  },
];

/** The UTC day holding `date`, as [start, end) epoch ms. */
function dayOf(date: number): [number, number] {
  const start = Math.floor(date / DAY_MS) * DAY_MS;
  return [start, start + DAY_MS];
}

function entriesCount(world: World, user: UserRecord, type: string, day: [number, number]) {
  let count = 0;

  for (const lock of world.locks.values()) {
    if (lock.wearerId !== user.id && lock.keyholderId !== user.id) continue;
    count += lock.history.filter(
      (entry) => entry.type === type && entry.userId === user.id
        && entry.createdAt >= day[0] && entry.createdAt < day[1],
    ).length;
  }
  return count;
}

/** `user`'s actions and points for the UTC day holding `date` (epoch ms). */
export function periodDetails(world: World, user: UserRecord, date: number) {
  const day = dayOf(date);
  const details: GetPeriodDetailsRepDto = {
    categories: {},
    actions: {},
    start: new Date(day[0]).toISOString(),
    end: new Date(day[1]).toISOString(),
  };

  for (const category of COMMUNITY_EVENT_CATEGORIES) {
    let points = 0;

    for (const { name, points: each, maxPerPeriod } of category.actions) {
      const done = Math.min(entriesCount(world, user, name, day), maxPerPeriod ?? Infinity);
      details.actions[name] = done;
      points += done * each;
    }
    details.categories[category.name] = Math.min(points, category.maxPoints ?? Infinity);
  }
  return details;
}
