import { beforeAll, describe, expect, it } from 'vitest';
import { ChasterUsageError } from '../../../src/errors/index.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { createWebhookDeduplicator } from '../../../src/facade/webhooks/deduplicator.js';
import { parseWebhook } from '../../../src/facade/webhooks/parse-webhook.js';
import { fixtureLock } from '../partner/support.js';
import { actionLog, actionLogCreated, sessionCreated } from './events.js';

const MINUTE = 60_000;

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => { time += ms; } };
}

describe('createWebhookDeduplicator', () => {
  it('reports a delivery with a requestId it has seen', () => {
    const deliveries = createWebhookDeduplicator();
    const event = parseWebhook(sessionCreated(lock, 'req-1'));

    expect(deliveries.seen(event)).toBe(false);
    expect(deliveries.seen(event)).toBe(true);
    expect(deliveries.seen(parseWebhook(sessionCreated(lock, 'req-2')))).toBe(false);
  });

  it('reports the same action log delivered again under another requestId', () => {
    const deliveries = createWebhookDeduplicator();
    const entry = actionLog('log-1', 'time_changed', { duration: 60 });

    expect(deliveries.seen(parseWebhook(actionLogCreated(entry, 'req-a')))).toBe(false);
    expect(deliveries.seen(parseWebhook(actionLogCreated(entry, 'req-b')))).toBe(true);

    const other = actionLog('log-2', 'time_changed', { duration: 60 });
    expect(deliveries.seen(parseWebhook(actionLogCreated(other, 'req-c')))).toBe(false);
  });

  it('still recognises Chaster\'s retries 1 to 10 minutes after the first delivery', () => {
    const clock = manualClock();
    const deliveries = createWebhookDeduplicator({ now: clock.now });
    const event = parseWebhook(sessionCreated(lock));

    expect(deliveries.seen(event)).toBe(false);
    const answers = [1, 2, 3, 4].map((wait) => {
      clock.advance(wait * MINUTE);
      return deliveries.seen(event);
    });

    expect(answers).toEqual([true, true, true, true]);
  });

  it('forgets a delivery once its time to live has passed', () => {
    const clock = manualClock();
    const deliveries = createWebhookDeduplicator({ ttlMs: 5 * MINUTE, now: clock.now });
    const event = parseWebhook(sessionCreated(lock));

    deliveries.seen(event);
    clock.advance(5 * MINUTE - 1);
    expect(deliveries.seen(event)).toBe(true);
    clock.advance(1);
    expect(deliveries.seen(event)).toBe(false);
  });

  it('forgets the oldest deliveries beyond maxEntries', () => {
    const deliveries = createWebhookDeduplicator({ maxEntries: 2 });
    const events = ['r1', 'r2', 'r3'].map((id) => parseWebhook(sessionCreated(lock, id)));

    events.forEach((event) => deliveries.seen(event));

    expect(deliveries.size).toBe(2);
    expect(deliveries.seen(events[2] as (typeof events)[number])).toBe(true);
    expect(deliveries.seen(events[0] as (typeof events)[number])).toBe(false);
  });

  it('empties on clear', () => {
    const deliveries = createWebhookDeduplicator();
    const event = parseWebhook(sessionCreated(lock));
    deliveries.seen(event);

    deliveries.clear();

    expect(deliveries.size).toBe(0);
    expect(deliveries.seen(event)).toBe(false);
  });

  it.each([
    [{ ttlMs: 0 }],
    [{ ttlMs: Number.POSITIVE_INFINITY }],
    [{ maxEntries: 1.5 }],
    [{ maxEntries: -1 }],
  ])('refuses the options %j', (options) => {
    expect(() => createWebhookDeduplicator(options)).toThrow(ChasterUsageError);
  });
});
