import type { WebhookEvent } from '../../contracts/webhooks.js';
import { ChasterUsageError } from '../../errors/index.js';

/** Options of {@link createWebhookDeduplicator}. */
export interface WebhookDeduplicatorOptions {
  /**
   * How long a delivery is remembered, in milliseconds. Chaster retries a delivery up to 4
   * times, 1 to 4 minutes apart, so the default covers the whole retry window with room to spare.
   * @default 1_800_000 (30 minutes)
   */
  ttlMs?: number;

  /**
   * The most keys kept; the oldest are forgotten first. Each event takes one key, an action log
   * two. Bounds memory when deliveries arrive faster than they expire.
   * @default 10_000
   */
  maxEntries?: number;

  /**
   * The clock, in epoch milliseconds. Only tests change it.
   * @default Date.now
   */
  now?: () => number;
}

/** Remembers webhook deliveries so that Chaster's retries are handled once. */
export interface WebhookDeduplicator {
  /**
   * Tells whether an event was seen within the time to live, and remembers it. Keyed on the
   * delivery's `requestId` and, for `action_log.created`, on the action log's `_id`, so the same
   * history entry delivered twice under different request ids is caught too.
   */
  seen(event: WebhookEvent): boolean;

  /** The number of keys remembered, expired ones included until they are swept. */
  readonly size: number;

  /** Forgets everything. */
  clear(): void;
}

const DEFAULT_TTL_MS = 30 * 60_000;
const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * Creates an in-memory de-duplicator for webhook deliveries. It lives in one process: behind
 * several instances, keep the keys in a shared store instead.
 *
 * @throws {ChasterUsageError} for a `ttlMs` or `maxEntries` that is not a positive number.
 * @example
 * ```ts
 * const deliveries = createWebhookDeduplicator({ ttlMs: 15 * 60_000 });
 *
 * const event = parseWebhook(rawBody, { basicAuth, headers });
 * if (!deliveries.seen(event)) await handle(event);
 * ```
 */
export function createWebhookDeduplicator(
  options: WebhookDeduplicatorOptions = {},
): WebhookDeduplicator {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const now = options.now ?? Date.now;
  assertPositive('ttlMs', ttlMs, false);
  assertPositive('maxEntries', maxEntries, true);

  // Insertion order is expiry order, since every key lives for the same ttlMs.
  const expiries = new Map<string, number>();

  const sweep = (at: number): void => {
    for (const [key, expiresAt] of expiries) {
      if (expiresAt > at && expiries.size <= maxEntries) return;
      expiries.delete(key);
    }
  };

  return {
    seen(event) {
      const at = now();
      sweep(at);

      const keys = deliveryKeys(event);
      const repeated = keys.some((key) => (expiries.get(key) ?? -Infinity) > at);

      for (const key of keys) {
        if (!expiries.has(key)) expiries.set(key, at + ttlMs);
      }
      sweep(at);
      return repeated;
    },

    get size() {
      return expiries.size;
    },

    clear() {
      expiries.clear();
    },
  };
}

function deliveryKeys(event: WebhookEvent): string[] {
  const keys = [`request:${event.requestId}`];

  if (event.event === 'action_log.created') keys.push(`action-log:${event.data.actionLog._id}`);
  return keys;
}

function assertPositive(name: string, value: unknown, integer: boolean): void {
  const valid = typeof value === 'number' && Number.isFinite(value) && value > 0
    && (!integer || Number.isInteger(value));

  if (!valid) {
    const kind = integer ? 'a positive integer' : 'a positive number';
    throw new ChasterUsageError(`${name} must be ${kind}, got ${String(value)}`);
  }
}
