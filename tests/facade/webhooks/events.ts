import type { ActionLog } from '../../../src/contracts/action-logs.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { SESSION_ID, sessionBody } from '../partner/support.js';

/** A session-created delivery as Chaster sends it: bare, not wrapped. */
export function sessionCreated(lock: LockForPublic, requestId = 'req-created-1') {
  return {
    event: 'extension_session.created' as const,
    sentAt: '2024-01-12T00:42:24.000Z',
    requestId,
    data: { extension: { slug: 'daily-dice' }, session: sessionBody(lock) },
  };
}

/** A session-deleted delivery, whose session carries only the lock and the id. */
export function sessionDeleted(lock: LockForPublic, requestId = 'req-deleted-1') {
  return {
    event: 'extension_session.deleted' as const,
    sentAt: '2024-01-12T00:42:24.000Z',
    requestId,
    data: { extension: { slug: 'daily-dice' }, session: { lock, sessionId: SESSION_ID } },
  };
}

/** An action log entry of the given type. */
export function actionLog(id: string, type: string, payload: Record<string, unknown>): ActionLog {
  return {
    _id: id, type, prefix: 'default', role: 'keyholder', lock: '65a08aef8a34e4829ab74d0d',
    title: '%USER% changed the time', description: 'Time changed', color: null, icon: null,
    payload, createdAt: '2024-01-12T00:42:23.550Z',
  };
}

/** An action-log delivery. */
export function actionLogCreated(entry: ActionLog, requestId = 'req-log-1') {
  return {
    event: 'action_log.created' as const,
    sentAt: '2024-01-12T00:42:24.000Z',
    requestId,
    data: { actionLog: entry, sessionId: SESSION_ID },
  };
}

/** The `authorization` value for HTTP Basic credentials. */
export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
