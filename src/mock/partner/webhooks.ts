/**
 * Webhooks for extension backends: the fake listens to its world (history entries and session
 * changes), turns each change into one event per partner session concerned, and delivers it.
 * Every partner extension's events go to the one receiver given in the mock's options; the
 * webhook URL set in the developer portal is stored only, so a test never reaches another host.
 */
import type { World } from '../world/world.js';
import { sessionsOnLock } from './sessions.js';
import { partnerStore } from './store.js';
import { createDeliverySender } from './webhook-delivery.js';
import type { MockWebhookOptions, WebhookDelivery } from './webhook-delivery.js';
import { actionLogEvent, sessionEvent } from './webhook-events.js';
import type { EventStamp } from './webhook-events.js';

/** What a test sees of the fake's webhooks. */
export interface MockWebhooks {
  /** Every event sent since the last reset, oldest first; empty when no URL is set. */
  readonly deliveries: readonly WebhookDelivery[];
  /**
   * Resolves once no attempt is in flight. Retries wait on the virtual clock: move it
   * (`mock.clock.advance(60_000)`), then settle again.
   */
  settle(): Promise<void>;
}

/** The webhooks of one mock, re-attached to each world `reset()` builds. */
export interface WebhookCenter {
  readonly webhooks: MockWebhooks;
  /** Starts listening to a fresh world, forgetting the deliveries of the previous one. */
  attach(world: World): void;
}

/** Builds the webhooks of a mock; without options nothing is sent. */
export function createWebhookCenter(options: MockWebhookOptions | undefined): WebhookCenter {
  const deliveries: WebhookDelivery[] = [];
  const inFlight = new Set<Promise<void>>();
  let counter = 0;

  const sender = options === undefined ? undefined : createDeliverySender(options, (attempt) => {
    const done = () => {
      inFlight.delete(attempt);
    };
    inFlight.add(attempt);
    attempt.then(done, done);
  });

  function stamp(world: World): EventStamp {
    counter += 1;
    const prefix = (world.seed >>> 0).toString(16).padStart(8, '0');
    const requestId = `${prefix}-0000-4000-a000-${counter.toString(16).padStart(12, '0')}`;
    return { requestId, sentAt: world.clock.now() };
  }

  function deliver(world: World, slug: string, body: WebhookDelivery['body']): void {
    if (sender === undefined) return;

    const delivery: WebhookDelivery = {
      requestId: body.requestId,
      event: body.event,
      extensionSlug: slug,
      body,
      status: 'pending',
      attempts: [],
    };
    deliveries.push(delivery);
    sender.send(world, delivery);
  }

  function attach(world: World): void {
    deliveries.length = 0;
    counter = 0;
    if (sender === undefined) return;

    const store = partnerStore(world);
    const slugOf = (extensionId: string) => store.extensions.get(extensionId)?.slug ?? '';

    world.actionLogListeners.add((lock, entry) => {
      for (const session of sessionsOnLock(world, lock.id)) {
        const body = actionLogEvent(world, session, entry, stamp(world));
        deliver(world, slugOf(session.extensionId), body);
      }
    });

    store.sessionListeners.add((change, session) => {
      const body = sessionEvent(world, change, session, stamp(world));
      if (body !== undefined) deliver(world, slugOf(session.extensionId), body);
    });
  }

  return {
    webhooks: {
      deliveries,
      async settle() {
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      },
    },
    attach,
  };
}
