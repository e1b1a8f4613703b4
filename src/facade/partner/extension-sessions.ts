import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import { createPaginator, type PageResult, type Paginator } from '../pagination/index.js';
import { ExtensionSession } from './extension-session.js';
import type { PartnerAuth } from './partner-auth.js';
import type {
  ExtensionSessionBody, ExtensionSessionSearchItem, ExtensionSessionStatus,
} from './partner-types.js';
import { requireId } from './session-inputs.js';

/** Options of {@link ExtensionSessions.search}. */
export interface SearchSessionsOptions extends SignalOptions {
  /** Your extension's slug. */
  extensionSlug: string;

  /** Which sessions, by the state of their lock: `locked`, `unlocked`, `deserted` or `all`. */
  status: ExtensionSessionStatus;

  /**
   * Sessions per page.
   * @default 15
   */
  limit?: number;
}

/** The body of one search page. */
interface SearchPage {
  results: ExtensionSessionSearchItem[];
  hasMore: boolean;
  count?: number;
}

/**
 * The sessions of your extension (`chaster.partner.sessions`). Session ids come from webhooks,
 * from {@link PartnerAuth.sessionFromMainToken} or from a search; never trust one a browser sends.
 *
 * @example
 * ```ts
 * for await (const session of chaster.partner.sessions.search({
 *   extensionSlug: 'my-extension', status: 'locked',
 * })) {
 *   await session.addTime(60);
 * }
 * ```
 */
export class ExtensionSessions {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.partner.sessions` holds, over the Layer 1 client of `context`; `Chaster`
   * does this for you.
   *
   * @example
   * ```ts
   * const sessions = new ExtensionSessions({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Reads one session.
   *
   * @param sessionId - The session id; its shape is not checked (not all are ObjectIds).
   * @throws {ChasterUsageError} for an empty id.
   * @example
   * ```ts
   * const session = await chaster.partner.sessions.get(event.data.session.sessionId);
   * ```
   */
  async get(sessionId: string, options: SignalOptions = {}): Promise<ExtensionSession> {
    requireId('sessionId', sessionId);

    const body = unwrap(await this.context.client.GET('/api/extensions/sessions/{sessionId}', {
      params: { path: { sessionId } },
      signal: options.signal,
    }));

    return new ExtensionSession(this.context, body.session);
  }

  /**
   * Wraps a session body you already hold (from a webhook, or a cache) without a request.
   *
   * @example
   * ```ts
   * const session = chaster.partner.sessions.fromData(event.data.session);
   * ```
   */
  fromData(data: ExtensionSessionBody): ExtensionSession {
    if (typeof data !== 'object' || data === null) {
      throw new ChasterUsageError('fromData needs a session body');
    }
    requireId('session.sessionId', data.sessionId);

    return new ExtensionSession(this.context, data);
  }

  /**
   * Lists your extension's sessions, page by page as the loop asks. Pages follow each result's
   * `paginationId`.
   *
   * @throws {ChasterUsageError} for an empty slug or a limit that is not a positive integer.
   * @example
   * ```ts
   * const firstPage = await chaster.partner.sessions.search({
   *   extensionSlug: 'my-extension', status: 'all', limit: 50,
   * });
   * ```
   */
  search(options: SearchSessionsOptions): Paginator<ExtensionSession> {
    const { extensionSlug, status, signal } = options;
    const limit = options.limit ?? 15;
    requireId('extensionSlug', extensionSlug);
    requireId('status', status);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new ChasterUsageError(`limit must be a positive integer, got ${String(limit)}`);
    }

    return createPaginator<ExtensionSession, string>(async ({ cursor, signal: pageSignal }) => {
      const query = { extensionSlug, status, limit };
      const body = unwrap(await this.context.client.POST('/api/extensions/sessions/search', {
        body: cursor === undefined ? query : { ...query, paginationLastId: cursor },
        signal: pageSignal,
      }));

      return this.toPage(body);
    }, { signal });
  }

  private toPage(body: SearchPage): PageResult<ExtensionSession, string> {
    const items = body.results.map((item) => new ExtensionSession(this.context, item));
    const next = body.results.at(-1)?.paginationId;
    const page: PageResult<ExtensionSession, string> = { items, hasMore: body.hasMore, next };

    if (typeof body.count === 'number') page.total = body.count;
    return page;
  }
}
