/**
 * Receiving Chaster's webhooks in an extension backend: parsing and authenticating deliveries,
 * and dropping the repeats Chaster's retries produce.
 *
 * @module
 */
export { parseWebhook } from './parse-webhook.js';
export type { ParseWebhookOptions } from './parse-webhook.js';
export type { WebhookBasicAuth, WebhookHeaders } from './basic-auth.js';
export { createWebhookDeduplicator } from './deduplicator.js';
export type { WebhookDeduplicator, WebhookDeduplicatorOptions } from './deduplicator.js';
export { ChasterWebhookAuthError, ChasterWebhookError } from './webhook-errors.js';
export type { WebhookAuthErrorReason, WebhookErrorReason } from './webhook-errors.js';
