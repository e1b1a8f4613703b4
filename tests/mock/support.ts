/**
 * Helpers for the fake Chaster's tests: signed-in calls through `mock.fetch` that return the
 * status, headers and parsed body.
 */
import type { MockChaster, UserRecord } from '../../src/mock/index.js';

/** A response, read. */
export interface CallResult {
  status: number;
  headers: Headers;
  /** The parsed JSON body; `undefined` when there is none. */
  body: unknown;
}

/** Options of {@link call}. */
export interface CallOptions {
  /** Who calls; anonymous when left out. */
  as?: Pick<UserRecord, 'token'>;
  /** A JSON body. */
  body?: unknown;
}

/** Calls the fake in-process and reads the answer. */
export async function call(
  mock: MockChaster,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  if (options.as) headers.authorization = `Bearer ${options.as.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';

  const response = await mock.fetch(path, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();

  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

/** The `_id` of the extension with that slug on a lock; throws when it is not enabled. */
export function extensionId(lock: { extensions: { slug: string; id: string }[] }, slug: string) {
  const party = lock.extensions.find((candidate) => candidate.slug === slug);
  if (party === undefined) throw new Error(`The lock has no ${slug} extension`);
  return party.id;
}

/** Reads a field of an object body, for tests that know its shape. */
export function field(body: unknown, name: string): unknown {
  if (typeof body !== 'object' || body === null) throw new Error('The body is not an object');
  return (body as Record<string, unknown>)[name];
}

/** One hour, in milliseconds. */
export const HOUR_MS = 3_600_000;

/** Runs a built-in extension action on a lock, found by slug. */
export function act(
  mock: MockChaster,
  as: Pick<UserRecord, 'token'>,
  lock: { id: string; extensions: { slug: string; id: string }[] },
  slug: string,
  action: string,
  payload: Record<string, unknown> = {},
): Promise<CallResult> {
  const path = `/locks/${lock.id}/extensions/${extensionId(lock, slug)}/action`;
  return call(mock, 'POST', path, { as, body: { action, payload } });
}

/** The newest history entries of a lock, as the keyholder or wearer given sees them. */
export async function latestEntries(
  mock: MockChaster,
  as: Pick<UserRecord, 'token'>,
  lockId: string,
  limit = 5,
): Promise<Record<string, unknown>[]> {
  const result = await call(mock, 'POST', `/locks/${lockId}/history`, { as, body: { limit } });
  return field(result.body, 'results') as Record<string, unknown>[];
}

/** The body of `POST /shared-locks`: a private one-to-two-hour shared lock, then overrides. */
export function sharedLockSettings(overrides: Record<string, unknown> = {}) {
  return {
    minDuration: 3600,
    maxDuration: 7200,
    maxLimitDuration: null,
    minDate: null,
    maxDate: null,
    maxLimitDate: null,
    displayRemainingTime: true,
    limitLockTime: false,
    isPublic: false,
    maxLockedUsers: null,
    password: null,
    requireContact: false,
    name: 'Evening lock',
    description: 'An hour or two.',
    photoId: '',
    hideTimeLogs: false,
    isFindom: false,
    ...overrides,
  };
}
