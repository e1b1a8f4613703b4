/**
 * Delivering webhooks the way Chaster does: a JSON `POST` of the bare event, optional HTTP
 * Basic credentials, a 10 s timeout, and up to 4 retries, the n-th one n minutes after the
 * attempt before it started. Retries wait on the VIRTUAL clock (the world's scheduler); each
 * attempt itself is a real request through the injected `fetch`.
 */
import type { WebhookEvent, WebhookEventName } from '../../contracts/webhooks.js';
import { isoDate } from '../domain/iso-date.js';
import type { World } from '../world/world.js';

/** Where and how the fake delivers webhooks. */
export interface MockWebhookOptions {
  /** The receiver's URL, e.g. a test server on `http://127.0.0.1:<port>/webhooks`. */
  url: string;
  /** Sent as `Authorization: Basic ...`; Chaster's only webhook authentication. */
  basicAuth?: { username: string; password: string };
  /**
   * The `fetch` that delivers; tests may pass a stub.
   *
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * Real milliseconds an attempt may take before it counts as failed.
   *
   * @default 10000
   */
  timeoutMs?: number;
}

/** One try at delivering an event. */
export interface WebhookAttempt {
  /** Virtual time the attempt started, ISO-8601. */
  readonly at: string;
  /** The receiver's HTTP status; `null` when no response came. */
  status: number | null;
  /** Why no response came (connection refused, timeout); `null` otherwise. */
  error: string | null;
}

/** An event and what became of it. */
export interface WebhookDelivery {
  readonly requestId: string;
  readonly event: WebhookEventName;
  /** The slug of the partner extension the event is for. */
  readonly extensionSlug: string;
  /** The JSON body sent, the same on every attempt. */
  readonly body: WebhookEvent;
  /** `pending` while attempts remain, then `delivered` (a 2xx) or `failed` (retries spent). */
  status: 'pending' | 'delivered' | 'failed';
  readonly attempts: WebhookAttempt[];
}

/** Retries after the first attempt. */
export const MAX_WEBHOOK_RETRIES = 4;

const RETRY_STEP_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 10_000;

/** Sends deliveries and schedules their retries; `track` follows each attempt in flight. */
export interface DeliverySender {
  send(world: World, delivery: WebhookDelivery): void;
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function requestHeaders(options: MockWebhookOptions): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const { basicAuth } = options;

  if (basicAuth !== undefined) {
    const credentials = Buffer.from(`${basicAuth.username}:${basicAuth.password}`);
    headers.authorization = `Basic ${credentials.toString('base64')}`;
  }
  return headers;
}

/** A sender for one receiver; `track` is told about every attempt's promise. */
export function createDeliverySender(
  options: MockWebhookOptions,
  track: (attempt: Promise<void>) => void,
): DeliverySender {
  const headers = requestHeaders(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function attempt(world: World, delivery: WebhookDelivery): Promise<void> {
    const startedAt = world.clock.now();
    const record: WebhookAttempt = { at: isoDate(startedAt), status: null, error: null };
    delivery.attempts.push(record);

    try {
      const send = options.fetch ?? globalThis.fetch;
      const response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(delivery.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      record.status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) {
        delivery.status = 'delivered';
        return;
      }
    } catch (error) {
      record.error = describeFailure(error);
    }

    const retriesSoFar = delivery.attempts.length - 1;
    if (retriesSoFar >= MAX_WEBHOOK_RETRIES) {
      delivery.status = 'failed';
      return;
    }

    const dueAt = startedAt + (retriesSoFar + 1) * RETRY_STEP_MS;
    const label = `webhook ${delivery.requestId} retry ${retriesSoFar + 1}`;
    world.scheduler.schedule(dueAt, label, () => track(attempt(world, delivery)));
  }

  return { send: (world, delivery) => track(attempt(world, delivery)) };
}
