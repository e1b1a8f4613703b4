/**
 * Tasks: the wearer draws a task from the configured list (a seeded pick), or asks the
 * community to vote for `voteDuration` seconds of virtual time, after which the vote's task is
 * assigned (no vote endpoint is modelled, so the winner is a seeded pick). The keyholder may
 * assign a task or rewrite the list; the task ends completed or failed. Completed tasks earn
 * points when `enablePoints` is on, and fewer than `pointsRequired` points keep the lock shut.
 */
import type { TaskInput } from '../../contracts/extension-actions.js';
import { appendLog, EXTENSION_ACTOR } from '../domain/history.js';
import type { Actor } from '../domain/history.js';
import { badRequest, forbidden } from '../engine/http-error.js';
import { isArray, isBoolean, isNumber, isObject, isString } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { booleanSetting, numberSetting, partyState, recordsSetting } from './settings.js';
import type { ExtensionDefinition } from './types.js';

interface TasksState {
  current: TaskInput | null;
  voteEndsAt: number | null;
  points: number;
}

const SLUG = 'tasks';
const TASK_RULES = { task: isString({ notEmpty: true }), points: isNumber() };

function tasksState(party: ExtensionPartyRecord): TasksState {
  return partyState(party, () => ({ current: null, voteEndsAt: null, points: 0 }));
}

/** The configured tasks that have text. */
export function configuredTasks(config: Record<string, unknown>): TaskInput[] {
  return recordsSetting(config, 'tasks')
    .map((task) => ({
      task: typeof task.task === 'string' ? task.task : '',
      points: typeof task.points === 'number' ? task.points : 0,
    }))
    .filter((task) => task.task !== '');
}

function syncUserData(party: ExtensionPartyRecord): void {
  const state = tasksState(party);
  party.userData = {
    points: state.points,
    currentTask: state.current,
    voteEndsAt: state.voteEndsAt === null ? null : new Date(state.voteEndsAt).toISOString(),
  };
}

interface Assignment {
  task: TaskInput;
  actor: Actor;
  /** `tasks_vote_ended` when a vote picked the task. */
  type?: 'tasks_task_assigned' | 'tasks_vote_ended';
}

function assign(world: World, lock: LockRecord, party: ExtensionPartyRecord, input: Assignment) {
  const { task, actor, type = 'tasks_task_assigned' } = input;
  tasksState(party).current = task;
  syncUserData(party);

  appendLog(world, lock, {
    type,
    actor,
    title: type === 'tasks_vote_ended' ? 'The task vote ended' : 'A task was assigned',
    description: task.task,
    icon: 'tasks',
    payload: { task: task.task, points: task.points },
    extension: SLUG,
  });
}

function drawTask(world: World, party: ExtensionPartyRecord): TaskInput {
  const tasks = configuredTasks(party.config);
  if (tasks.length === 0) throw badRequest('No task is configured');
  return world.random.pick(tasks);
}

/** The tasks extension. */
export const tasks: ExtensionDefinition = {
  slug: SLUG,

  actions: {
    submit: {
      roles: ['wearer'],
      regular: true,
      run({ world, lock, party, payload, actor, now }) {
        const state = tasksState(party);
        const { requestVote } = validateBody(payload, { requestVote: isBoolean() });
        if (state.current !== null) throw badRequest('A task is already in progress');
        if (state.voteEndsAt !== null) throw badRequest('A vote is already in progress');

        if (!requestVote) {
          assign(world, lock, party, { task: drawTask(world, party), actor });
          return undefined;
        }

        if (!booleanSetting(party.config, 'voteEnabled', false)) {
          throw badRequest('Votes are not enabled for this lock');
        }
        const { voteDuration } = validateBody(payload, { voteDuration: isNumber({ min: 60 }) });
        const winner = drawTask(world, party);
        state.voteEndsAt = now + voteDuration * 1000;
        syncUserData(party);

        world.scheduler.schedule(state.voteEndsAt, 'task vote ends', () => {
          state.voteEndsAt = null;
          const ended = { task: winner, actor: EXTENSION_ACTOR, type: 'tasks_vote_ended' } as const;
          assign(world, lock, party, ended);
        });
        return undefined;
      },
    },

    assignTask: {
      roles: ['keyholder'],
      run({ world, lock, party, payload, actor }) {
        const { task } = validateBody(payload, { task: isObject() });
        const input = validateBody(task, TASK_RULES);
        assign(world, lock, party, { task: { task: input.task, points: input.points }, actor });
        return undefined;
      },
    },

    completeTask: {
      roles: ['wearer', 'keyholder'],
      run({ world, lock, party, payload, actor }) {
        const { isCompleted } = validateBody(payload, { isCompleted: isBoolean() });
        const state = tasksState(party);
        const task = state.current;
        if (task === null) throw badRequest('No task is in progress');

        if (isCompleted && booleanSetting(party.config, 'enablePoints', false)) {
          state.points += task.points;
        }
        state.current = null;
        syncUserData(party);

        appendLog(world, lock, {
          type: isCompleted ? 'tasks_task_completed' : 'tasks_task_failed',
          actor,
          title: isCompleted ? 'A task was completed' : 'A task was failed',
          description: task.task,
          icon: 'tasks',
          payload: { task: task.task, points: task.points },
          extension: SLUG,
        });
        return undefined;
      },
    },

    updateTasks: {
      roles: ['keyholder', 'wearer'],
      run({ world, lock, party, payload, actor, role }) {
        if (role === 'wearer' && !booleanSetting(party.config, 'allowWearerToEditTasks', false)) {
          throw forbidden();
        }
        const { tasks: list } = validateBody(payload, { tasks: isArray(TASK_RULES) });
        const tasks = list.map(({ task, points }) => ({ task, points }));
        party.config = { ...party.config, tasks };
        party.updatedAt = world.clock.now();

        appendLog(world, lock, {
          type: 'extension_updated',
          actor,
          title: '%USER% updated the tasks',
          description: `${list.length} tasks`,
          icon: 'tasks',
          extension: SLUG,
        });
        return undefined;
      },
    },
  },

  describeConfig: (config) => `${configuredTasks(config).length} tasks`,

  unlockBlockers({ party }) {
    const required = numberSetting(party.config, 'pointsRequired', 0);
    const points = tasksState(party).points;
    if (!booleanSetting(party.config, 'enablePoints', false) || points >= required) return [];
    return [{ reason: `${required - points} more task points are needed`, icon: 'tasks' }];
  },
};
