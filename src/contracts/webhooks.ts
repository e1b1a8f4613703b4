/**
 * Webhook events Chaster sends to an extension backend.
 *
 * The document wraps an event as `{ payload: event }`, but real deliveries arrive bare; both the
 * facade's parser and the fake Chaster work with the bare event defined here.
 */
import type { components } from '../../generated/chaster.js';

/** Names of the webhook events. */
export type WebhookEventName = WebhookEvent['event'];

/** A session of your extension was created on a lock. */
export type ExtensionSessionCreatedEvent = components['schemas']['ExtensionSessionCreated'];

/** A session of your extension changed (config, metadata, data, lock state). */
export type ExtensionSessionUpdatedEvent = components['schemas']['ExtensionSessionUpdated'];

/** A session of your extension ended or was removed from its lock. */
export type ExtensionSessionDeletedEvent = components['schemas']['ExtensionSessionDeleted'];

/** A history entry was written on a lock your extension is part of. */
export type ActionLogCreatedEvent = components['schemas']['ActionLogCreated'];

/** Any webhook event, discriminated by `event`. */
export type WebhookEvent =
  | ExtensionSessionCreatedEvent
  | ExtensionSessionUpdatedEvent
  | ExtensionSessionDeletedEvent
  | ActionLogCreatedEvent;

/** Every webhook event name, for runtime checks. */
export const WEBHOOK_EVENT_NAMES = [
  'extension_session.created',
  'extension_session.updated',
  'extension_session.deleted',
  'action_log.created',
] as const satisfies readonly WebhookEventName[];
