import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { Coverage } from '../coverage-types.js';
import type { SignalOptions } from '../options.js';
import type { ReportReason, ReportTarget } from './schemas.js';

/** Options of {@link ReportsResource.create}. */
export interface CreateReportOptions extends SignalOptions {
  /** Why the content is reported. */
  reason: ReportReason;

  /**
   * What is reported, by type and id: `{ type: 'user', userId }`, `{ type: 'message', messageId }`,
   * `{ type: 'shared_lock', sharedLockId }` or `{ type: 'post', postId }`.
   */
  target: ReportTarget;

  /** Details for the moderators. */
  message?: string;
}

/**
 * Reports to Chaster's moderators (`chaster.reports`).
 *
 * @example
 * ```ts
 * await chaster.reports.create({ reason: 'harassment', target: { type: 'user', userId } });
 * ```
 */
export class ReportsResource {
  private readonly context: FacadeContext;

  /**
   * Builds what `chaster.reports` holds, over the Layer 1 client of `context`; `Chaster` does this
   * for you.
   *
   * @example
   * ```ts
   * const reports = new ReportsResource({ client });
   * ```
   */
  constructor(context: FacadeContext) {
    this.context = context;
  }

  /**
   * Reports a user, a message, a post or a shared lock.
   *
   * @throws {ChasterUsageError} when the target names no id, before any request.
   * @example
   * ```ts
   * await chaster.reports.create({
   *   reason: 'unsolicited_content',
   *   target: { type: 'message', messageId },
   *   message: 'Sent after I declined',
   * });
   * ```
   */
  async create(options: CreateReportOptions): Promise<void> {
    const { reason, target, message } = options;
    if (!namesAnId(target)) {
      throw new ChasterUsageError(
        'reports.create needs a target with its type and a non-empty id for that type',
      );
    }

    const body = message === undefined ? { reason, target } : { reason, target, message };
    unwrap(await this.context.client.POST('/reports', { body, signal: options.signal }));
  }
}

const ID_FIELD_BY_TYPE: Readonly<Record<string, string>> = {
  user: 'userId',
  message: 'messageId',
  post: 'postId',
  shared_lock: 'sharedLockId',
};

function namesAnId(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;

  const fields = target as Record<string, unknown>;
  const idField = typeof fields['type'] === 'string' ? ID_FIELD_BY_TYPE[fields['type']] : undefined;
  const id = idField === undefined ? undefined : fields[idField];
  return typeof id === 'string' && id.trim() !== '';
}

/** How each Reports operation is reached. */
export const coverage = {
  ReportCreationController_createReport: 'chaster.reports.create({ reason, target })',
} satisfies Coverage;
