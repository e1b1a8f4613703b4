/**
 * A fake Chaster for tests and local development (`chaster-sdk/mock`): the API's routes,
 * auth, errors, rate limits, locks, time and built-in extensions, on a virtual clock and a
 * seeded generator, served in-process through `fetch` or over HTTP on 127.0.0.1.
 *
 * @example
 * ```ts
 * import { createMockChaster } from 'chaster-sdk/mock';
 *
 * const mock = createMockChaster({ seed: 7 });
 * const wes = mock.users.wes;
 * const response = await mock.fetch('/locks', {
 *   headers: { authorization: `Bearer ${wes.token}` },
 * });
 * ```
 *
 * @module
 */
export { createMockChaster } from './create-mock.js';
export type { MockChaster } from './create-mock.js';
export type { MockChasterOptions } from './options.js';
export type { ListeningMock } from './adapters/node-adapter.js';
export type { DateInput, VirtualClock } from './engine/clock.js';
export type {
  DropConnectionOptions,
  FaultFilter,
  ForceRateLimitOptions,
  MalformedJsonOptions,
  MockFaults,
} from './engine/faults.js';
export type { MockResponse, Engine } from './engine/dispatch.js';
export { MockHttpError, nestErrorBody } from './engine/http-error.js';
export type { NestErrorBody } from './engine/http-error.js';
export { created, MultipartBody, noContent, ok, UnparsableBody } from './engine/types.js';
export type {
  Handler,
  HandlerContext,
  HandlerTable,
  MockRequest,
  ReceivedFile,
  Reply,
} from './engine/types.js';
export { createLock, createUser } from './world/factories.js';
export type {
  CreateLockOptions,
  CreateUserOptions,
  ExtensionSetup,
  WorldSource,
} from './world/factories.js';
export {
  createExtensionSession,
  createMainToken,
  createPartnerExtension,
} from './partner/factories.js';
export type {
  CreateExtensionSessionOptions,
  CreateMainTokenOptions,
  CreatePartnerExtensionOptions,
} from './partner/factories.js';
export type * from './partner/records.js';
export type { SeededPartner } from './partner/seed.js';
export type {
  MockWebhookOptions,
  WebhookAttempt,
  WebhookDelivery,
} from './partner/webhook-delivery.js';
export type { MockWebhooks } from './partner/webhooks.js';
export { SEEDED_USER_ROLES } from './world/seed.js';
export type { SeededLocks, SeededUsers } from './world/seed.js';
export { domainStore } from './world/world.js';
export type { ActionLogListener, PlanLimits, World } from './world/world.js';
export type * from './world/records.js';
