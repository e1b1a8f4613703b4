/**
 * Chaster's quotas beyond the general rate limit: 20 new conversations a day, 500 messages a
 * day and 10 shared-lock creations per 30 minutes, per user. Each quota counts in a sliding
 * window of virtual time, so moving the clock past the window frees it again.
 */
import { MockHttpError, nestErrorBody } from '../engine/http-error.js';
import type { UserRecord } from '../world/records.js';
import { domainStore } from '../world/world.js';
import type { World } from '../world/world.js';

/** A per-user quota: at most `limit` uses within any `windowMs` of virtual time. */
export interface Quota {
  /** Key of the quota's counters. */
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

const DAY_MS = 86_400_000;

/** New conversations a user may start in 24 hours. */
export const NEW_CONVERSATIONS_PER_DAY: Quota = {
  name: 'new-conversations',
  limit: 20,
  windowMs: DAY_MS,
};

/** Messages a user may send in 24 hours. */
export const MESSAGES_PER_DAY: Quota = { name: 'messages', limit: 500, windowMs: DAY_MS };

/** Shared locks a user may create in 30 minutes. */
export const SHARED_LOCK_CREATIONS: Quota = {
  name: 'shared-lock-creations',
  limit: 10,
  windowMs: 30 * 60_000,
};

// The same wording as the general limit: Chaster's quotas are all NestJS throttlers.
const THROTTLED_MESSAGE = 'ThrottlerException: Too Many Requests';

function usesInWindow(world: World, quota: Quota, user: UserRecord, now: number): number[] {
  const counters = domainStore(world, 'social.quotas', () => new Map<string, number[]>());
  const key = `${quota.name}:${user.id}`;
  const recent = (counters.get(key) ?? []).filter((usedAt) => usedAt > now - quota.windowMs);

  counters.set(key, recent);
  return recent;
}

/**
 * Throws the 429 when `user` has spent `quota`. The headers describe this quota, the one that
 * was hit: `X-RateLimit-Reset` in epoch seconds, like the general limit, and `Retry-After`.
 */
export function requireQuota(world: World, quota: Quota, user: UserRecord, now: number): void {
  const uses = usesInWindow(world, quota, user, now);
  const oldest = uses[0];
  if (uses.length < quota.limit || oldest === undefined) return;

  const resetAt = oldest + quota.windowMs;
  throw new MockHttpError(429, nestErrorBody(429, THROTTLED_MESSAGE), {
    'retry-after': String(Math.max(1, Math.ceil((resetAt - now) / 1000))),
    'x-ratelimit-limit': String(quota.limit),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.ceil(resetAt / 1000)),
  });
}

/** Counts one use of `quota` by `user`; call it once the request is sure to succeed. */
export function spendQuota(world: World, quota: Quota, user: UserRecord, now: number): void {
  usesInWindow(world, quota, user, now).push(now);
}
