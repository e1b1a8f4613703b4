/**
 * Tasks through the Extensions API. The task itself goes through the tasks extension's own
 * `assignTask` and `completeTask`; what only this API knows (a timed task's duration and timer,
 * whether a verification picture is required) is kept beside it, tied to the task object the
 * extension stored, so a task assigned another way carries no such terms.
 */
import { requireRunning } from '../domain/lock-access.js';
import { badRequest } from '../engine/http-error.js';
import type { ExtensionPartyRecord, LockRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';
import { requireBuiltIn, resolveActor, runBuiltInAction } from './built-ins.js';
import type { PartnerActor } from './validation.js';

/** A task as the Extensions API assigns it. */
export interface PartnerTask {
  task: string;
  points: number;
  verificationRequired?: boolean;
  /** Seconds (60 to 86400); makes the task timed. */
  duration?: number;
}

interface TaskTerms {
  /** The task object the tasks extension holds as its current task. */
  readonly task: unknown;
  readonly duration: number | null;
  readonly verificationRequired: boolean;
  timerStartedAt: number | null;
}

const SLUG = 'tasks';

function termsByParty(world: World): Map<string, TaskTerms> {
  return domainStore(world, 'partner-task-terms', () => new Map<string, TaskTerms>());
}

function currentTask(party: ExtensionPartyRecord): unknown {
  return party.userData?.currentTask ?? null;
}

function currentTerms(world: World, party: ExtensionPartyRecord): TaskTerms | undefined {
  const terms = termsByParty(world).get(party.id);
  const current = currentTask(party);
  return current !== null && terms?.task === current ? terms : undefined;
}

/** Assigns a task to the wearer, replacing the current one. */
export function assignTask(
  world: World,
  lock: LockRecord,
  task: PartnerTask,
  actor: PartnerActor,
): void {
  const payload = { task: { task: task.task, points: task.points } };
  runBuiltInAction(world, lock, { slug: SLUG, action: 'assignTask', actor, payload });

  const party = requireBuiltIn(lock, SLUG);
  termsByParty(world).set(party.id, {
    task: currentTask(party),
    duration: task.duration ?? null,
    verificationRequired: task.verificationRequired ?? false,
    timerStartedAt: null,
  });
}

/** Starts the current task's timer; 400 unless the current task is timed and not started. */
export function startTaskTimer(world: World, lock: LockRecord, actor: PartnerActor): void {
  const party = requireBuiltIn(lock, SLUG);
  const terms = currentTerms(world, party);
  if (terms?.duration == null) throw badRequest('The current task is not timed');
  if (terms.timerStartedAt !== null) throw badRequest('The task timer has already started');

  requireRunning(lock);
  resolveActor(world, lock, actor);
  terms.timerStartedAt = world.clock.now();
}

/**
 * Completes or fails the current task. A task that needs a verification picture cannot be
 * completed here, and a timed task only once its timer has run.
 */
export function completeTask(
  world: World,
  lock: LockRecord,
  input: { actor: PartnerActor; isCompleted: boolean },
): void {
  const party = requireBuiltIn(lock, SLUG);
  const terms = currentTerms(world, party);

  if (terms?.verificationRequired) {
    throw badRequest('This task needs a verification picture; only the wearer can complete it');
  }
  if (input.isCompleted && terms?.duration != null) {
    const started = terms.timerStartedAt;
    if (started === null) throw badRequest('The task timer has not started');
    if (world.clock.now() < started + terms.duration * 1000) {
      throw badRequest('The task timer is still running');
    }
  }

  const { actor, isCompleted } = input;
  const payload = { isCompleted };
  runBuiltInAction(world, lock, { slug: SLUG, action: 'completeTask', actor, payload });
  termsByParty(world).delete(party.id);
}
