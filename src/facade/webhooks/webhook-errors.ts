import { ChasterError, type ChasterErrorOptions } from '../../errors/index.js';

/** Why a webhook body was refused. */
export type WebhookErrorReason =
  | 'invalid-json'
  | 'invalid-body'
  | 'unknown-event'
  | 'invalid-shape';

/** Why a webhook's credentials were refused. */
export type WebhookAuthErrorReason =
  | 'missing-credentials'
  | 'malformed-credentials'
  | 'wrong-credentials';

/**
 * A webhook body that is not a Chaster event: not JSON, not an object, an unknown `event`, or an
 * event missing the fields that identify it. Answer such a request with 400; Chaster will not
 * send anything better on a retry.
 *
 * @example
 * ```ts
 * if (error instanceof ChasterWebhookError) response.writeHead(400).end(error.reason);
 * ```
 */
export class ChasterWebhookError extends ChasterError {
  override name = 'ChasterWebhookError';

  /** What was wrong, as a stable code. */
  readonly reason: WebhookErrorReason;

  /**
   * @param reason - The stable code to branch on.
   * @param message - What a person reads; it names no credential.
   * @example
   * ```ts
   * throw new ChasterWebhookError('unknown-event', 'Unknown webhook event "lock.melted"');
   * ```
   */
  constructor(reason: WebhookErrorReason, message: string, options: ChasterErrorOptions = {}) {
    super(message, options);

    this.reason = reason;
  }

  /**
   * The base error's fields plus `reason`, safe to log.
   *
   * @example
   * ```ts
   * logger.warn(error.toJSON()); // { name, message, reason: 'invalid-json' }
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}

/**
 * A webhook request whose HTTP Basic credentials are missing or wrong. Neither the expected nor
 * the presented credentials appear in the error. Answer with 401.
 *
 * @example
 * ```ts
 * if (error instanceof ChasterWebhookAuthError) response.writeHead(401).end();
 * ```
 */
export class ChasterWebhookAuthError extends ChasterError {
  override name = 'ChasterWebhookAuthError';

  /** What was wrong, as a stable code. */
  readonly reason: WebhookAuthErrorReason;

  /**
   * @param reason - The stable code to branch on.
   * @param message - What a person reads; it never holds the credentials.
   * @example
   * ```ts
   * throw new ChasterWebhookAuthError('missing-credentials', 'Webhook credentials are missing');
   * ```
   */
  constructor(reason: WebhookAuthErrorReason, message: string) {
    super(message);

    this.reason = reason;
  }

  /**
   * The base error's fields plus `reason`, safe to log.
   *
   * @example
   * ```ts
   * logger.warn(error.toJSON()); // { name, message, reason: 'wrong-credentials' }
   * ```
   */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
