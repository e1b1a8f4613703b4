/**
 * Webhook events Chaster sends to an extension backend.
 *
 * The document wraps an event as `{ payload: event }`, but real deliveries arrive bare; both the
 * facade's parser and the fake Chaster work with the bare event defined here.
 */
import type { components } from '../../generated/chaster.js';

type Schemas = components['schemas'];

/** Names of the webhook events. */
export type WebhookEventName = WebhookEvent['event'];

/** A session of your extension was created on a lock. */
export type ExtensionSessionCreatedEvent = Schemas['ExtensionSessionCreated'];

/** A session of your extension changed (config, metadata, data, lock state). */
export type ExtensionSessionUpdatedEvent = Schemas['ExtensionSessionUpdated'];

/** A session of your extension ended or was removed from its lock. */
export type ExtensionSessionDeletedEvent = Schemas['ExtensionSessionDeleted'];

/** A history entry was written on a lock your extension is part of. */
export type ActionLogCreatedEvent = Schemas['ActionLogCreated'];

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
