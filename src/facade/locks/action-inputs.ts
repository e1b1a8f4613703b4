import { ChasterUsageError } from '../../errors/index.js';
import type { ShareLinkVoteAction, TaskInput } from '../../contracts/extension-actions.js';

const VOTE_ACTIONS: readonly ShareLinkVoteAction[] = ['add', 'remove', 'random'];

/**
 * Checks a task before it is sent: non-empty text and a finite number of points.
 *
 * @throws {ChasterUsageError} naming the method and what is wrong.
 * @example
 * ```ts
 * const task = checkTask({ task: 'Plank', points: 2 }, 'assignTask');
 * ```
 */
export function checkTask(task: unknown, method: string): TaskInput {
  if (typeof task !== 'object' || task === null) {
    throw new ChasterUsageError(`${method} needs a task { task, points }`);
  }

  const { task: text, points } = task as { task?: unknown; points?: unknown };
  if (typeof text !== 'string' || text.trim() === '') {
    throw new ChasterUsageError(`${method} needs a task with non-empty text`);
  }
  if (typeof points !== 'number' || !Number.isFinite(points)) {
    throw new ChasterUsageError(`${method} needs a task whose points are a finite number`);
  }
  return { task: text, points };
}

/**
 * Checks a share-link vote and reduces a full share link to its session id (the link's last
 * path segment), so that callers may pass either.
 *
 * @throws {ChasterUsageError} for an unknown action or an empty session id.
 * @example
 * ```ts
 * checkVote('add', 'https://chaster.app/sessions/AbC'); // { action: 'add', sessionId: 'AbC' }
 * ```
 */
export function checkVote(
  action: unknown,
  sessionIdOrLink: unknown,
): { action: ShareLinkVoteAction; sessionId: string } {
  if (!VOTE_ACTIONS.includes(action as ShareLinkVoteAction)) {
    throw new ChasterUsageError(
      `voteShareLink needs an action of add, remove or random, got ${String(action)}`,
    );
  }

  const sessionId = typeof sessionIdOrLink === 'string' ? lastSegment(sessionIdOrLink) : '';
  if (sessionId === '') {
    throw new ChasterUsageError('voteShareLink needs a sessionId or the share link');
  }
  return { action: action as ShareLinkVoteAction, sessionId };
}

/** The last non-empty path segment of a link, or the trimmed input when it is not a link. */
function lastSegment(value: string): string {
  const path = pathOf(value.trim());
  const segments = path.split('/').filter((segment) => segment !== '');
  return segments.at(-1) ?? '';
}

/** The path of an absolute link (never its host), or the input without query and fragment. */
function pathOf(value: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) {
    try {
      return new URL(value).pathname;
    } catch {
      return '';
    }
  }
  return value.split(/[?#]/, 1)[0] ?? '';
}
