import type {
  ActionableExtensionSlug,
  DiceResult,
  ExtensionActionName,
  ExtensionActionPayload,
  ExtensionActionResult,
  GuessTimerResult,
  PilloryStatus,
  ShareLink,
  ShareLinkInfo,
  ShareLinkVoteAction,
  ShareLinkVoteResult,
  TaskInput,
  WheelOfFortuneResult,
} from '../../contracts/extension-actions.js';
import { ChasterUsageError } from '../../errors/index.js';
import { toSeconds, type DurationInput } from '../durations.js';
import { checkTask, checkVote } from './action-inputs.js';
import { LockControls } from './lock-controls.js';
import type { ActingRole, LockActionOptions } from './lock-roles.js';
import { ANY_ROLE, runExtensionAction, type ActionSpec } from './run-extension-action.js';

/**
 * Options of {@link LockExtensionActions.putInPillory}.
 *
 * @example
 * ```ts
 * await lock.putInPillory({ duration: { hours: 1 }, reason: 'Late check-in' });
 * ```
 */
export interface LockPilloryOptions extends LockActionOptions {
  /** How long the wearer stays in the pillory. */
  duration: DurationInput;

  /** Why, shown to voters. */
  reason: string;
}

/**
 * Options of {@link LockExtensionActions.voteShareLink}.
 *
 * @example
 * ```ts
 * await lock.voteShareLink({ action: 'add', sessionId: 'https://chaster.app/sessions/AbC123' });
 * ```
 */
export interface ShareLinkVoteOptions extends LockActionOptions {
  /** Add time, remove time, or let Chaster pick. */
  action: ShareLinkVoteAction;

  /** The share link's session id, or the whole share link (its last segment is the id). */
  sessionId: string;
}

const WEARER: readonly ActingRole[] = ['wearer'];
const KEYHOLDER: readonly ActingRole[] = ['keyholder'];
const LOCK_PARTIES: readonly ActingRole[] = ['wearer', 'keyholder'];

/**
 * The built-in extension actions of a lock: games, tasks, pillory and share link. Each finds its
 * extension by slug and checks the caller's role (the lock's `role`, or `as`) before any request.
 *
 * @example
 * ```ts
 * const { playerDice, adminDice } = await lock.rollDice();
 * ```
 */
export class LockExtensionActions extends LockControls {
  /**
   * Runs any action of the built-in catalog, typed by slug and action name. The named methods
   * are easier; this one reaches actions they do not cover, with no role check.
   *
   * @example
   * ```ts
   * const info = await lock.triggerAction('link', 'getInfo', {});
   * ```
   */
  async triggerAction<
    Slug extends ActionableExtensionSlug,
    Action extends ExtensionActionName<Slug>,
  >(
    slug: Slug,
    action: Action,
    payload: ExtensionActionPayload<Slug, Action>,
    options: LockActionOptions = {},
  ): Promise<ExtensionActionResult<Slug, Action>> {
    const spec = { method: 'triggerAction', slug, action, roles: ANY_ROLE };

    // Every catalog payload is an object, but the compiler cannot see that through the generic
    // lookup; the result is asserted for the reason given on `act`.
    const result = await this.act(spec, payload as Record<string, unknown>, options);
    return result as ExtensionActionResult<Slug, Action>;
  }

  /**
   * Spins the wheel of fortune (wearer).
   *
   * @example
   * ```ts
   * const { action, text } = await lock.spinWheelOfFortune();
   * console.log(text, action.segment.type);
   * ```
   */
  async spinWheelOfFortune(options: LockActionOptions = {}): Promise<WheelOfFortuneResult> {
    const spec = { method: 'spinWheelOfFortune', slug: 'wheel-of-fortune', action: 'submit',
      roles: WEARER };
    return await this.act(spec, {}, options) as WheelOfFortuneResult;
  }

  /**
   * Rolls the dice against the keyholder's dice (wearer); `duration` is the time it changed.
   *
   * @example
   * ```ts
   * const { playerDice, adminDice, duration } = await lock.rollDice();
   * ```
   */
  async rollDice(options: LockActionOptions = {}): Promise<DiceResult> {
    const spec = { method: 'rollDice', slug: 'dice', action: 'submit', roles: WEARER };
    return await this.act(spec, {}, options) as DiceResult;
  }

  /**
   * Guesses whether the hidden timer has run out (wearer).
   *
   * @example
   * ```ts
   * if ((await lock.guessTimer()).canBeUnlocked) await lock.unlock();
   * ```
   */
  async guessTimer(options: LockActionOptions = {}): Promise<GuessTimerResult> {
    const spec = { method: 'guessTimer', slug: 'guess-timer', action: 'submit', roles: WEARER };
    return await this.act(spec, {}, options) as GuessTimerResult;
  }

  /**
   * Asks for a random task from the keyholder's list (wearer).
   *
   * @example
   * ```ts
   * await lock.requestTask();
   * ```
   */
  async requestTask(options: LockActionOptions = {}): Promise<void> {
    const spec = { method: 'requestTask', slug: 'tasks', action: 'submit', roles: WEARER };
    await this.act(spec, { requestVote: false }, options);
  }

  /**
   * Asks the community to vote on the next task for `duration` (wearer).
   *
   * @param duration - How long the vote stays open: seconds or `{ hours, ... }`.
   * @example
   * ```ts
   * await lock.requestTaskVote({ hours: 12 });
   * ```
   */
  async requestTaskVote(duration: DurationInput, options: LockActionOptions = {}): Promise<void> {
    const voteDuration = toSeconds(duration, 'requestTaskVote duration');
    if (voteDuration === 0) {
      throw new ChasterUsageError('requestTaskVote needs a vote duration of at least 1 second');
    }

    const spec = { method: 'requestTaskVote', slug: 'tasks', action: 'submit', roles: WEARER };
    await this.act(spec, { requestVote: true, voteDuration }, options);
  }

  /**
   * Gives the wearer a task (keyholder).
   *
   * @example
   * ```ts
   * await lock.assignTask({ task: 'Write 100 lines', points: 5 });
   * ```
   */
  async assignTask(task: TaskInput, options: LockActionOptions = {}): Promise<void> {
    const checked = checkTask(task, 'assignTask');

    const spec = { method: 'assignTask', slug: 'tasks', action: 'assignTask', roles: KEYHOLDER };
    await this.act(spec, { task: checked }, options);
  }

  /**
   * Marks the current task done.
   *
   * @example
   * ```ts
   * await lock.completeTask();
   * ```
   */
  async completeTask(options: LockActionOptions = {}): Promise<void> {
    await this.finishTask('completeTask', true, options);
  }

  /**
   * Marks the current task failed.
   *
   * @example
   * ```ts
   * await lock.failTask();
   * ```
   */
  async failTask(options: LockActionOptions = {}): Promise<void> {
    await this.finishTask('failTask', false, options);
  }

  /**
   * Replaces the list of tasks the wearer draws from (keyholder).
   *
   * @example
   * ```ts
   * await lock.updateTasks([{ task: 'Plank for 2 minutes', points: 2 }]);
   * ```
   */
  async updateTasks(tasks: TaskInput[], options: LockActionOptions = {}): Promise<void> {
    if (!Array.isArray(tasks)) throw new ChasterUsageError('updateTasks needs an array of tasks');
    const checked = tasks.map((task) => checkTask(task, 'updateTasks'));

    const spec = { method: 'updateTasks', slug: 'tasks', action: 'updateTasks', roles: KEYHOLDER };
    await this.act(spec, { tasks: checked }, options);
  }

  /**
   * Puts the wearer in the pillory, where others vote to add time (keyholder).
   *
   * @example
   * ```ts
   * await lock.putInPillory({ duration: { hours: 1 }, reason: 'Missed a task' });
   * ```
   */
  async putInPillory(options: LockPilloryOptions): Promise<void> {
    const duration = toSeconds(options.duration, 'putInPillory duration');
    if (duration === 0) {
      throw new ChasterUsageError('putInPillory needs a duration of at least 1 second');
    }
    if (typeof options.reason !== 'string') {
      throw new ChasterUsageError('putInPillory needs a reason');
    }

    const spec = { method: 'putInPillory', slug: 'pillory', action: 'submit', roles: KEYHOLDER };
    await this.act(spec, { duration, reason: options.reason }, options);
  }

  /**
   * The running pillory votes; an empty list when the wearer is not in the pillory.
   *
   * @example
   * ```ts
   * const { votes } = await lock.pilloryStatus();
   * ```
   */
  async pilloryStatus(options: LockActionOptions = {}): Promise<PilloryStatus> {
    const spec = { method: 'pilloryStatus', slug: 'pillory', action: 'getStatus',
      roles: ANY_ROLE };
    return await this.act(spec, {}, options) as PilloryStatus;
  }

  /**
   * The lock's share link, for visitors to vote on.
   *
   * @example
   * ```ts
   * const { link } = await lock.shareLink();
   * ```
   */
  async shareLink(options: LockActionOptions = {}): Promise<ShareLink> {
    const spec = { method: 'shareLink', slug: 'link', action: 'getLink', roles: LOCK_PARTIES };
    return await this.act(spec, {}, options) as ShareLink;
  }

  /**
   * How the share-link voting stands, and whether the caller can vote.
   *
   * @example
   * ```ts
   * const { votes, minVotes, canVote } = await lock.shareLinkInfo();
   * ```
   */
  async shareLinkInfo(options: LockActionOptions = {}): Promise<ShareLinkInfo> {
    const spec = { method: 'shareLinkInfo', slug: 'link', action: 'getInfo', roles: ANY_ROLE };
    return await this.act(spec, {}, options) as ShareLinkInfo;
  }

  /**
   * Votes on the share link; `duration` in the result is the seconds it changed (negative when
   * removed, possibly 0).
   *
   * @example
   * ```ts
   * const { duration } = await lock.voteShareLink({ action: 'random', sessionId: link });
   * ```
   */
  async voteShareLink(options: ShareLinkVoteOptions): Promise<ShareLinkVoteResult> {
    const vote = checkVote(options.action, options.sessionId);

    const spec = { method: 'voteShareLink', slug: 'link', action: 'vote', roles: ANY_ROLE };
    return await this.act(spec, vote, options) as ShareLinkVoteResult;
  }

  /**
   * Runs a built-in action on this lock, after the extension and role checks.
   *
   * Chaster's document leaves the action route's response untyped, so this resolves to
   * `unknown`; each named method asserts the result type its extension-action contract gives.
   *
   * @example
   * ```ts
   * const roles = ['wearer'] as const;
   * const spec = { method: 'rollDice', slug: 'dice', action: 'submit', roles };
   * const roll = await this.act(spec, {}, options) as DiceResult;
   * ```
   */
  protected act(
    spec: ActionSpec,
    payload: Record<string, unknown>,
    options: LockActionOptions,
  ): Promise<unknown> {
    const target = { context: this.context, lockId: this.id, role: this.role,
      extensions: this.extensions };
    return runExtensionAction(target, spec, payload, options);
  }

  private async finishTask(
    method: string,
    isCompleted: boolean,
    options: LockActionOptions,
  ): Promise<void> {
    const spec = { method, slug: 'tasks', action: 'completeTask', roles: LOCK_PARTIES };
    await this.act(spec, { isCompleted }, options);
  }
}
