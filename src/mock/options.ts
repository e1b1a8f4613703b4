/**
 * Options of `createMockChaster`.
 */
import type { DateInput } from './engine/clock.js';
import type { HandlerTable } from './engine/types.js';
import type { MockWebhookOptions } from './partner/webhook-delivery.js';
import type { PlanLimits } from './world/world.js';

/** How to build a fake Chaster. */
export interface MockChasterOptions {
  /**
   * Seed of every random outcome (wheel spins, dice, ids, random 500s). Two mocks with the same
   * seed answer the same requests the same way.
   *
   * @default 1
   */
  seed?: number;
  /**
   * Where the virtual clock starts. The clock only moves when told to (`mock.clock`).
   *
   * @default '2024-06-01T12:00:00.000Z'
   */
  startTime?: DateInput;
  /**
   * Enforce Chaster's 100 requests a minute per user, counted on the virtual clock, and send
   * the `X-RateLimit-*` headers. Off by default so tests need not pace themselves.
   *
   * @default false
   */
  rateLimits?: boolean;
  /**
   * Real milliseconds to wait before each answer; also settable later as
   * `mock.faults.latencyMs`.
   *
   * @default 0
   */
  latencyMs?: number;
  /**
   * Free-plan limits, overriding Chaster's.
   *
   * @default { nonPremiumMaxExtensions: 3, nonPremiumMaxLocks: 1 }
   */
  plan?: Partial<PlanLimits>;
  /**
   * Extra handlers, keyed by operationId; they replace the built-in ones for the same
   * operation. Handy to stub an operation the fake does not implement.
   *
   * @example
   * ```ts
   * createMockChaster({
   *   handlers: { SharedLockController_findAll: () => ({ status: 200, body: [] }) },
   * });
   * ```
   */
  handlers?: HandlerTable;
  /**
   * Told about an exception a handler threw that was not a deliberate HTTP error; the request
   * is answered 500 either way.
   *
   * @default writes the error to `console.error`
   */
  onUnexpectedError?: (error: unknown, operationId: string) => void;
  /**
   * Where to POST the Extensions API's webhooks (`extension_session.*`, `action_log.created`)
   * for every partner extension; a shorthand for `webhook: { url }`. Without it (or `webhook`)
   * nothing is sent. Point it only at a receiver you run, e.g. on 127.0.0.1.
   *
   * @example
   * ```ts
   * const mock = createMockChaster({ webhookUrl: `http://127.0.0.1:${port}/webhooks` });
   * ```
   */
  webhookUrl?: string;
  /**
   * Webhook delivery in full: receiver URL, Basic credentials, the `fetch` that delivers and
   * the attempt timeout. Takes precedence over `webhookUrl`. Retries (up to 4, the n-th n
   * minutes after the attempt before it) wait on the virtual clock.
   *
   * @example
   * ```ts
   * createMockChaster({
   *   webhook: { url, basicAuth: { username: 'hooks', password: 'secret' }, timeoutMs: 500 },
   * });
   * ```
   */
  webhook?: MockWebhookOptions;
}

/** The defaults above, for the options that have one. */
export const DEFAULT_START_TIME = '2024-06-01T12:00:00.000Z';

/** Chaster's free plan. */
export const DEFAULT_PLAN: PlanLimits = { nonPremiumMaxExtensions: 3, nonPremiumMaxLocks: 1 };
