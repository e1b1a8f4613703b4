/**
 * The built-in extension actions, which Chaster's document does not describe.
 *
 * Every action is `POST /locks/{lockId}/extensions/{extensionId}/action` with a body of
 * `{ action, payload }`, where `extensionId` is the `_id` of the extension inside
 * `lock.extensions` (not its slug) and `payload` is always an object. The shapes below come from
 * Chaster's public documentation and bodies captured from the live API; the SDK's facade and the
 * fake Chaster both build on them, so the two cannot drift apart silently.
 */

/** Slugs of Chaster's built-in extensions; partner extensions bring others. */
export type BuiltInExtensionSlug =
  | 'link'
  | 'pillory'
  | 'temporary-opening'
  | 'dice'
  | 'wheel-of-fortune'
  | 'tasks'
  | 'penalty'
  | 'verification-picture'
  | 'random-events'
  | 'guess-timer';

/** Kinds of wheel-of-fortune segment; the API is beta and may add kinds. */
export type WheelSegmentType =
  | 'add-time'
  | 'remove-time'
  | 'add-remove-time'
  | 'text'
  | 'set-freeze'
  | 'set-unfreeze'
  | 'freeze'
  | 'pillory'
  | (string & {});

/** One segment of a wheel of fortune. `duration` is in seconds. */
export interface WheelSegment {
  type: WheelSegmentType;
  text: string;
  duration: number;
}

/** What a spin of the wheel of fortune landed on. */
export interface WheelOfFortuneResult {
  /** Position of the segment in the wheel's configured list. */
  index: number;
  action: { segment: WheelSegment };
  /** Chaster's sentence describing the outcome, e.g. "Added 1 hour". */
  text: string;
}

/** A dice roll; `duration` (seconds) is what was added to or removed from the timer. */
export interface DiceResult {
  adminDice: number;
  playerDice: number;
  duration: number;
}

/** A guess of the hidden timer. */
export interface GuessTimerResult {
  canBeUnlocked: boolean;
}

/** A task as keyholders write it: the text and the points it is worth. */
export interface TaskInput {
  task: string;
  points: number;
}

/** One running pillory vote on a lock. Dates are ISO-8601 strings; durations are seconds. */
export interface PilloryVote {
  _id: string;
  nbVotes: number;
  totalDurationAdded: number;
  voteEndsAt: string;
  canVote: boolean;
  reason: string;
  createdAt: string;
}

/** The pillory state of a lock; an empty list when it is not in the pillory. */
export interface PilloryStatus {
  votes: PilloryVote[];
}

/** The share link of a lock, for visitors to vote on. */
export interface ShareLink {
  link: string;
}

/** What the share-link extension tells about its voting. */
export interface ShareLinkInfo {
  lockId: string;
  extensionId: string;
  votes: number;
  minVotes: number;
  canVote: boolean;
}

/** How a share-link visitor votes. */
export type ShareLinkVoteAction = 'add' | 'remove' | 'random';

/** The result of a share-link vote: seconds added (negative when removed; 0 is possible). */
export interface ShareLinkVoteResult {
  duration: number;
}

/** An action that takes no payload sends an empty object. */
export type EmptyPayload = Record<string, never>;

/**
 * One action of {@link ExtensionActionCatalog}: the payload it sends and the body it answers
 * with (`void` when none).
 *
 * @example
 * ```ts
 * type Roll = ActionShape<EmptyPayload, DiceResult>;
 * ```
 */
export interface ActionShape<Payload, Result> {
  /** What the action sends as `payload`. */
  payload: Payload;

  /** What Chaster answers with. */
  result: Result;
}

/**
 * Every known built-in action, by extension slug and action name.
 *
 * @example
 * ```ts
 * type Spin = ExtensionActionCatalog['wheel-of-fortune']['submit']['result'];
 * ```
 */
export interface ExtensionActionCatalog {
  'wheel-of-fortune': { submit: ActionShape<EmptyPayload, WheelOfFortuneResult> };
  dice: { submit: ActionShape<EmptyPayload, DiceResult> };
  'guess-timer': { submit: ActionShape<EmptyPayload, GuessTimerResult> };
  tasks: {
    submit: ActionShape<{ requestVote: false } | { requestVote: true; voteDuration: number }, void>;
    assignTask: ActionShape<{ task: TaskInput }, void>;
    completeTask: ActionShape<{ isCompleted: boolean }, void>;
    updateTasks: ActionShape<{ tasks: TaskInput[] }, void>;
  };
  pillory: {
    submit: ActionShape<{ duration: number; reason: string }, void>;
    getStatus: ActionShape<EmptyPayload, PilloryStatus>;
  };
  'temporary-opening': {
    submit: ActionShape<EmptyPayload, void>;
    keyholderOpen: ActionShape<EmptyPayload, void>;
  };
  'verification-picture': { createVerificationRequest: ActionShape<EmptyPayload, void> };
  link: {
    getLink: ActionShape<EmptyPayload, ShareLink>;
    getInfo: ActionShape<EmptyPayload, ShareLinkInfo>;
    vote: ActionShape<{ action: ShareLinkVoteAction; sessionId: string }, ShareLinkVoteResult>;
  };
}

/** Slugs that have known actions. */
export type ActionableExtensionSlug = keyof ExtensionActionCatalog;

/** Action names known for one slug. */
export type ExtensionActionName<Slug extends ActionableExtensionSlug> =
  keyof ExtensionActionCatalog[Slug] & string;

/** The payload of one action. */
export type ExtensionActionPayload<
  Slug extends ActionableExtensionSlug,
  Action extends ExtensionActionName<Slug>,
> = ExtensionActionCatalog[Slug][Action] extends ActionShape<infer P, unknown> ? P : never;

/** The response body of one action (`void` when Chaster answers without a body). */
export type ExtensionActionResult<
  Slug extends ActionableExtensionSlug,
  Action extends ExtensionActionName<Slug>,
> = ExtensionActionCatalog[Slug][Action] extends ActionShape<unknown, infer R> ? R : never;

/** The request body of one action, as sent to Chaster. */
export interface ExtensionActionBody<
  Slug extends ActionableExtensionSlug,
  Action extends ExtensionActionName<Slug>,
> {
  action: Action;
  payload: ExtensionActionPayload<Slug, Action>;
}
