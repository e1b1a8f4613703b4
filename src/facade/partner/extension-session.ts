import type { ActionLog } from '../../contracts/action-logs.js';
import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, keysetPage, type Paginator } from '../pagination/index.js';
import type { LockForPublic } from '../types.js';
import type {
  ExtensionSessionBody, PartnerMetadata, RegularActions, SessionPilloryStatus,
} from './partner-types.js';
import { toRegularActionLimitError } from './regular-action-limit-error.js';
import { assertActor, assertRecord, assertText } from './session-inputs.js';
import { SessionLockActions } from './session-lock-actions.js';
import type {
  CustomLogOptions, PatchSessionOptions, SessionLogsOptions,
} from './session-options.js';
import { SessionPenalties } from './session-penalties.js';
import { SessionTasks, type ActorOptions } from './session-tasks.js';

/**
 * One session of your extension on one lock, as the Extensions API shows it. `.data` is the body
 * Chaster returned; the methods act on the session and its lock. The object does not change:
 * {@link ExtensionSession.refresh} returns a new one.
 *
 * @example
 * ```ts
 * const session = await chaster.partner.sessions.get(sessionId);
 * if (session.nbActionsRemaining !== 0) await session.addTime({ minutes: 30 });
 * ```
 */
export class ExtensionSession extends SessionLockActions {
  /** The session as Chaster returned it. */
  readonly data: ExtensionSessionBody;

  /** The tasks extension of the lock, driven by this extension. */
  readonly tasks: SessionTasks;

  /** The penalty extension of the lock, driven by this extension. */
  readonly penalties: SessionPenalties;

  /**
   * Wraps a session body without a request. {@link ExtensionSessions.fromData} does the same
   * after checking the body, and is the one to use on bodies from outside (webhooks, caches).
   *
   * @example
   * ```ts
   * const session = new ExtensionSession({ client }, event.data.session);
   * ```
   */
  constructor(context: FacadeContext, data: ExtensionSessionBody) {
    super(context);

    this.data = data;
    this.tasks = new SessionTasks(context, data.sessionId);
    this.penalties = new SessionPenalties(context, data.sessionId);
  }

  /** The session id, which every Extensions API route takes. */
  get id(): string {
    return this.data.sessionId;
  }

  /** The id of the session's lock. */
  get lockId(): string {
    return this.data.lock._id;
  }

  /** The session's lock. */
  get lock(): LockForPublic {
    return this.data.lock;
  }

  /** The extension's slug. */
  get slug(): string {
    return this.data.slug;
  }

  /** The configuration the keyholder or wearer chose. */
  get config(): Record<string, unknown> {
    return this.data.config;
  }

  /** The data stored on the extension session (`.data.data`). */
  get sessionData(): Record<string, unknown> {
    return this.data.data;
  }

  /** What the lock page shows for the session. */
  get metadata(): PartnerMetadata {
    return this.data.metadata;
  }

  /** The regular-action mode: `cumulative`, `non_cumulative`, `turn` or `unlimited`. */
  get mode(): ExtensionSessionBody['mode'] {
    return this.data.mode;
  }

  /** Regular actions left: `-1` unlimited, `0` none until {@link nextActionDate}. */
  get nbActionsRemaining(): number {
    return this.data.nbActionsRemaining;
  }

  /** When the next regular action is allowed; `null` when one is allowed now or unlimited. */
  get nextActionDate(): Date | null {
    const value = this.data.nextActionDate;
    const date = typeof value === 'string' ? new Date(value) : null;

    return date === null || Number.isNaN(date.getTime()) ? null : date;
  }

  /**
   * Reads the session again.
   *
   * @returns A new object with the current state; this one is left as it was.
   * @example
   * ```ts
   * const current = await session.refresh();
   * ```
   */
  async refresh(options: SignalOptions = {}): Promise<ExtensionSession> {
    const body = unwrap(await this.context.client.GET('/api/extensions/sessions/{sessionId}', {
      params: { path: { sessionId: this.id } },
      signal: options.signal,
    }));

    return new ExtensionSession(this.context, body.session);
  }

  /**
   * Replaces the session's configuration, metadata or stored data; what is not given is kept.
   *
   * @throws {ChasterUsageError} when none of `config`, `metadata`, `data` is given, or one is
   * not an object.
   * @example
   * ```ts
   * await session.patch({ data: { spins: 3 } });
   * ```
   */
  async patch(options: PatchSessionOptions): Promise<void> {
    const { signal, ...changes } = options;
    const given = Object.entries(changes).filter(([, value]) => value !== undefined);
    if (given.length === 0) {
      throw new ChasterUsageError('patch needs at least one of config, metadata or data');
    }
    for (const [name, value] of given) assertRecord(`patch ${name}`, value);

    unwrap(await this.context.client.PATCH('/api/extensions/sessions/{sessionId}', {
      params: { path: { sessionId: this.id } },
      body: Object.fromEntries(given),
      signal,
    }));
  }

  /**
   * Sets the reasons that keep the lock from being unlocked; an empty list lifts the block. The
   * home actions this object holds are sent along unchanged, since metadata is replaced whole:
   * refresh first if something else may have changed them.
   *
   * @example
   * ```ts
   * await session.setReasonsPreventingUnlocking(['3 tasks left']);
   * ```
   */
  async setReasonsPreventingUnlocking(
    reasons: readonly string[],
    options: SignalOptions = {},
  ): Promise<void> {
    if (!Array.isArray(reasons)) throw new ChasterUsageError('reasons must be an array');
    reasons.forEach((reason, index) => assertText(`reasons[${index}]`, reason));

    const metadata: PartnerMetadata = {
      homeActions: this.data.metadata?.homeActions ?? [],
      reasonsPreventingUnlocking: [...reasons],
    };
    await this.patch({ metadata, signal: options.signal });
  }

  /**
   * Writes a custom entry in the lock's history, attributed to the extension.
   *
   * @example
   * ```ts
   * await session.log({ title: '%USER% spun the wheel', description: 'Landed on +1h' });
   * ```
   */
  async log(options: CustomLogOptions): Promise<void> {
    const { signal, ...entry } = options;
    assertText('log title', entry.title);
    assertText('log description', entry.description);

    unwrap(await this.context.client.POST('/api/extensions/sessions/{sessionId}/logs/custom', {
      params: { path: { sessionId: this.id } },
      body: entry,
      signal,
    }));
  }

  /**
   * Reads the lock's history, newest first, page by page as the loop asks.
   *
   * @example
   * ```ts
   * for await (const entry of session.logs({ onlyExtensionActions: true })) {
   *   console.log(entry.title);
   * }
   * ```
   */
  logs(options: SessionLogsOptions = {}): Paginator<ActionLog> {
    const role = options.role ?? 'keyholder';
    const limit = options.limit ?? 15;
    const showOnlyExtensionActions = options.onlyExtensionActions ?? false;
    assertPageSize(limit);

    return createPaginator<ActionLog, string>(async ({ cursor, signal }) => {
      const page = { role, limit, showOnlyExtensionActions };
      const body = unwrap(await this.context.client.POST(
        '/api/extensions/sessions/{sessionId}/logs/search',
        {
          params: { path: { sessionId: this.id } },
          body: cursor === undefined ? page : { ...page, lastId: cursor },
          signal,
        },
      ));

      return keysetPage(body);
    }, { signal: options.signal });
  }

  /**
   * Reads the session's regular actions: the mode, how many remain and the past ones.
   *
   * @example
   * ```ts
   * const { nbActionsRemaining, nextActionDate } = await session.regularActions();
   * ```
   */
  async regularActions(options: SignalOptions = {}): Promise<RegularActions> {
    const body = unwrap(await this.context.client.GET(
      '/api/extensions/sessions/{sessionId}/regular-actions',
      { params: { path: { sessionId: this.id } }, signal: options.signal },
    ));

    return body;
  }

  /**
   * Spends one regular action, storing `payload` with it.
   *
   * @param payload - Anything to keep with the action; read back by {@link regularActions}.
   * @returns The regular actions after this one.
   * @throws {ChasterRegularActionLimitError} when none is left, with `nextActionDate`.
   * @example
   * ```ts
   * const after = await session.submitRegularAction({ segment: 'add-time' });
   * ```
   */
  async submitRegularAction(
    payload: Record<string, unknown> = {},
    options: SignalOptions = {},
  ): Promise<RegularActions> {
    assertRecord('regular action payload', payload);

    try {
      const body = unwrap(await this.context.client.POST(
        '/api/extensions/sessions/{sessionId}/regular-actions',
        { params: { path: { sessionId: this.id } }, body: { payload }, signal: options.signal },
      ));

      return body;
    } catch (error) {
      throw toRegularActionLimitError(error);
    }
  }

  /**
   * Opens the lock for a temporary opening (hygiene), through the temporary-opening extension.
   *
   * @example
   * ```ts
   * await session.openTemporaryOpening({ actor: 'keyholder' });
   * ```
   */
  async openTemporaryOpening(options: ActorOptions): Promise<void> {
    assertActor(options.actor);

    unwrap(await this.context.client.POST(
      '/api/extensions/sessions/{sessionId}/temporary-opening/open',
      { params: { path: { sessionId: this.id } }, body: { actor: options.actor },
        signal: options.signal },
    ));
  }

  /**
   * Asks the wearer for a verification picture, through the verification-picture extension.
   *
   * @example
   * ```ts
   * await session.requestVerificationPicture({ actor: 'extension' });
   * ```
   */
  async requestVerificationPicture(options: ActorOptions): Promise<void> {
    assertActor(options.actor);

    unwrap(await this.context.client.POST(
      '/api/extensions/sessions/{sessionId}/verification-picture/request',
      { params: { path: { sessionId: this.id } }, body: { actor: options.actor },
        signal: options.signal },
    ));
  }

  /**
   * Reads the wearer's pillory votes; the list is empty when they are not in the pillory.
   *
   * @example
   * ```ts
   * const { votes } = await session.pilloryStatus();
   * ```
   */
  async pilloryStatus(options: SignalOptions = {}): Promise<SessionPilloryStatus> {
    return unwrap(await this.context.client.GET(
      '/api/extensions/sessions/{sessionId}/pillory/status',
      { params: { path: { sessionId: this.id } }, signal: options.signal },
    ));
  }
}

function assertPageSize(limit: unknown): void {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new ChasterUsageError(`limit must be a positive integer, got ${String(limit)}`);
  }
}
