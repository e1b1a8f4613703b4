/**
 * POST operations that only read. Chaster uses POST for searches and paginated history because
 * they take a body; repeating them changes nothing on the server, so they are retried like a GET.
 * Keyed by path template, exactly as the operation table spells it.
 */
export const READ_ONLY_POSTS: ReadonlySet<string> = new Set([
  '/locks/{lockId}/history',
  '/locks/search',
  '/public-locks/search',
  '/keyholder/locks/search',
  '/users/search',
  '/users/search/by-username',
  '/favorites/shared-locks',
  '/shared-lock-tags/suggested',
  '/community-event/details',
  '/api/extensions/sessions/search',
  '/api/extensions/sessions/{sessionId}/logs/search',
  '/locks/{lockId}/extensions/{extensionId}/penalty-session/penalty-periods/search',
]);

/** Methods that RFC 9110 §9.2.2 defines as idempotent (TRACE is never sent by this client). */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  'GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS',
]);

/**
 * Tells whether a request may be sent again after a failure that leaves its effect unknown
 * (a timeout, a reset connection, a 5xx).
 *
 * @param method - The request method, upper case.
 * @param pathTemplate - The path template, for example `/locks/{lockId}/history`.
 */
export function isRetrySafe(method: string, pathTemplate: string): boolean {
  if (IDEMPOTENT_METHODS.has(method)) return true;

  return method === 'POST' && READ_ONLY_POSTS.has(pathTemplate);
}
