/**
 * The webhook events the fake sends to extension backends, bare as real deliveries arrive:
 * `{ event, sentAt, requestId, data }`. Each is rendered when it happens, so retries send the
 * state of that moment, with the same `requestId`.
 */
import type { WebhookEvent } from '../../contracts/webhooks.js';
import { renderLog } from '../domain/history.js';
import { isoDate } from '../domain/iso-date.js';
import type { ActionLogRecord } from '../world/records.js';
import type { World } from '../world/world.js';
import { sessionScope } from './access.js';
import type { ExtensionSessionRecord } from './records.js';
import { renderBackendLock, renderSession } from './session-view.js';
import { partnerStore } from './store.js';
import type { SessionChange } from './store.js';

/** The envelope's fields other than `event` and `data`. */
export interface EventStamp {
  requestId: string;
  /** Virtual time, epoch ms. */
  sentAt: number;
}

function slugOf(world: World, session: ExtensionSessionRecord): string {
  return partnerStore(world).extensions.get(session.extensionId)?.slug ?? '';
}

/** `action_log.created` for one session of the entry's lock. */
export function actionLogEvent(
  world: World,
  session: ExtensionSessionRecord,
  entry: ActionLogRecord,
  stamp: EventStamp,
): WebhookEvent {
  return {
    event: 'action_log.created',
    sentAt: isoDate(stamp.sentAt),
    requestId: stamp.requestId,
    data: { sessionId: session.sessionId, actionLog: renderLog(world, entry) },
  };
}

/**
 * `extension_session.created|updated|deleted`; `undefined` when a created or updated session
 * can no longer be rendered (its lock or extension is gone).
 */
export function sessionEvent(
  world: World,
  change: SessionChange,
  session: ExtensionSessionRecord,
  stamp: EventStamp,
): WebhookEvent | undefined {
  const envelope = { sentAt: isoDate(stamp.sentAt), requestId: stamp.requestId };
  const extension = { slug: slugOf(world, session) };

  if (change === 'deleted') {
    const lock = world.locks.get(session.lockId);
    if (lock === undefined) return undefined;

    const gone = { sessionId: session.sessionId, lock: renderBackendLock(world, lock) };
    return { event: 'extension_session.deleted', ...envelope, data: { session: gone, extension } };
  }

  const scope = sessionScope(world, session.sessionId);
  if (scope === undefined) return undefined;

  const data = { session: renderSession(scope), extension };
  return change === 'created'
    ? { event: 'extension_session.created', ...envelope, data }
    : { event: 'extension_session.updated', ...envelope, data };
}
