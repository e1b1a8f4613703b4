/**
 * Main-page tokens: Chaster hands one to the extension's page when a wearer or keyholder opens
 * it, and the extension's backend exchanges it (with its client id) for the session and the
 * user's role. The fake has no pages, so tests make tokens with {@link issueMainToken}.
 */
import type { components } from '../../../generated/chaster.js';
import { roleOn } from '../domain/lock-access.js';
import { renderLock } from '../domain/lock-view.js';
import { badRequest, notFound, unauthorized } from '../engine/http-error.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { requireDeveloper, sessionScope } from './access.js';
import type { MainTokenRecord } from './records.js';
import { renderSession } from './session-view.js';
import { partnerStore, randomKey } from './store.js';

type PartnerGetSessionAuthRepDto = components['schemas']['PartnerGetSessionAuthRepDto'];

/** How long a main-page token works. */
export const MAIN_TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

const TOKEN_LENGTH = 32;

/**
 * Makes the token Chaster would pass to the extension's main page when `user` opens it on the
 * session's lock. Throws when the session is not live or the user is neither wearer nor
 * keyholder of its lock.
 */
export function issueMainToken(world: World, sessionId: string, user: UserRecord): string {
  const scope = sessionScope(world, sessionId);
  if (scope === undefined) throw new Error(`No live extension session ${sessionId}`);
  if (roleOn(scope.lock, user) === 'visitor') {
    throw new Error(`${user.username} is neither wearer nor keyholder of the session's lock`);
  }

  const record: MainTokenRecord = {
    token: randomKey(world, TOKEN_LENGTH),
    sessionId,
    userId: user.id,
    expiresAt: world.clock.now() + MAIN_TOKEN_LIFETIME_MS,
  };
  partnerStore(world).mainTokens.set(record.token, record);
  return record.token;
}

/**
 * Exchanges a main-page token: 400 without a client id, 401 when the client id is not one of
 * the caller's extensions, 404 for an unknown, expired or other extension's token.
 */
export function exchangeMainToken(
  world: World,
  caller: UserRecord,
  token: string,
  clientId: string | undefined,
): PartnerGetSessionAuthRepDto {
  requireDeveloper(caller);
  if (clientId === undefined || clientId === '') {
    throw badRequest('The X-Chaster-Client-Id header is required');
  }

  const store = partnerStore(world);
  const extension = [...store.extensions.values()].find((candidate) =>
    candidate.clientId === clientId && candidate.deletedAt === null);
  if (extension?.ownerId !== caller.id) throw unauthorized();

  const record = store.mainTokens.get(token);
  const scope = record === undefined ? undefined : sessionScope(world, record.sessionId);
  const user = record === undefined ? undefined : world.users.get(record.userId);
  const expired = record === undefined || world.clock.now() >= record.expiresAt;
  if (expired || scope?.extension !== extension || user === undefined) {
    throw notFound('Session not found');
  }

  const role = roleOn(scope.lock, user);
  if (role === 'visitor') throw notFound('Session not found');
  return {
    role,
    session: renderSession(scope),
    lockForUser: renderLock(world, scope.lock, user),
    userId: user.id,
  };
}
