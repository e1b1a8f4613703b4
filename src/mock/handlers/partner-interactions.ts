/**
 * The newer actor-based endpoints, driving the lock's built-in extensions: tasks, hygiene
 * opening, verification picture, penalties and the pillory's status. All answer an empty 201
 * except the pillory status.
 */
import { created, ok } from '../engine/types.js';
import type { HandlerTable } from '../engine/types.js';
import { isBoolean, isNumber, isObject, isString, optional } from '../engine/validation.js';
import { validateBody } from '../engine/validation.js';
import { requireOwnSession } from '../partner/access.js';
import { runBuiltInAction } from '../partner/built-ins.js';
import { assignTask, completeTask, startTaskTimer } from '../partner/tasks.js';
import { cancelTimeLimit, createTimeLimit } from '../partner/penalty-time-limits.js';
import { incrementPenalty } from '../partner/penalty-time-limits.js';
import { isActor, isHabitName, isTaskDuration } from '../partner/validation.js';

const TASK_RULES = {
  task: isString({ notEmpty: true }),
  points: isNumber(),
  verificationRequired: optional(isBoolean()),
  requireVerificationPicture: optional(isBoolean()),
  duration: optional(isTaskDuration()),
};

interface PilloryVote {
  _id: string;
  nbVotes: number;
  totalDurationAdded: number;
  voteEndsAt: string;
  reason: string;
  createdAt: string;
}

/** Handlers for the actor-based endpoints. */
export const partnerInteractionHandlers: HandlerTable = {
  PartnerTasksController_assignTask({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const { task, actor } = validateBody(request.body, { task: isObject(), actor: isActor() });
    const checked = validateBody(task, TASK_RULES);
    // The document names the flag `verificationRequired`, Chaster's guide
    // `requireVerificationPicture`; either one asks for a picture.
    const verificationRequired =
      checked.verificationRequired === true || checked.requireVerificationPicture === true;

    assignTask(world, lock, {
      task: checked.task,
      points: checked.points,
      verificationRequired,
      ...(checked.duration ? { duration: checked.duration } : {}),
    }, actor);
    return created();
  },

  PartnerTasksController_startTimer({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const { actor } = validateBody(request.body, { actor: isActor() });

    startTaskTimer(world, lock, actor);
    return created();
  },

  PartnerTasksController_completeTask({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const input = validateBody(request.body, { actor: isActor(), isCompleted: isBoolean() });

    completeTask(world, lock, input);
    return created();
  },

  PartnerTemporaryOpeningController_open({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const { actor } = validateBody(request.body, { actor: isActor() });

    runBuiltInAction(world, lock, { slug: 'temporary-opening', action: 'keyholderOpen', actor });
    return created();
  },

  PartnerVerificationPictureController_request({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const { actor } = validateBody(request.body, { actor: isActor() });

    const slug = 'verification-picture';
    runBuiltInAction(world, lock, { slug, action: 'createVerificationRequest', actor });
    return created();
  },

  PartnerPenaltiesController_increment({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const input = validateBody(request.body, {
      habitName: isHabitName(),
      count: optional(isNumber({ min: 1, integer: true })),
    });

    incrementPenalty(world, lock, input.habitName, input.count ?? 1);
    return created();
  },

  PartnerPenaltiesController_createTimeLimit({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const { habitName } = validateBody(request.body, { habitName: isHabitName() });

    createTimeLimit(world, lock, habitName);
    return created();
  },

  PartnerPenaltiesController_cancelTimeLimit({ world, caller, param, request }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const { habitName } = validateBody(request.body, { habitName: isHabitName() });

    cancelTimeLimit(world, lock, habitName);
    return created();
  },

  PartnerPilloryController_getStatus({ world, caller, param }) {
    const { lock } = requireOwnSession(world, caller, param('sessionId'));
    const status = runBuiltInAction(world, lock, {
      slug: 'pillory',
      action: 'getStatus',
      actor: 'extension',
      readOnly: true,
    }) as { votes: (PilloryVote & { canVote?: boolean })[] };

    // `canVote` is about the user reading the lock; the extension reads no such thing.
    const votes = status.votes.map(({ canVote: _forUsers, ...vote }) => vote);
    return ok({ votes });
  },
};
