/**
 * chaster-sdk: a typed client for the Chaster public API.
 *
 * Layer 2 is `Chaster`, the object facade: `new Chaster({ token })`, then `chaster.locks.get(id)`,
 * `lock.spinWheelOfFortune()`, `for await (const entry of lock.history())`. It throws the typed
 * error family.
 *
 * Layer 1 is `createChasterClient`, an openapi-fetch client typed by the generated `paths` that
 * keeps openapi-fetch's `{ data, error, response }` results; `unwrap` turns one into data or a
 * typed error.
 *
 * @module
 */
export {
  createChasterClient,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
} from './client/create-client.js';
export type {
  BodyOption,
  ChasterClient,
  ChasterHttpMethod,
  ChasterInit,
  ChasterMethod,
  ChasterResult,
  InitArgument,
  OperationOf,
  PathsWithMethod,
  RequiredKeysOf,
  ResponsesOf,
} from './client/client-types.js';
export type {
  ChasterCallOptions,
  ChasterClientOptions,
  OAuthOptions,
  RateLimitEvent,
  RetryOptions,
  TokenOption,
} from './client/options.js';
export { DEFAULT_RETRY_POLICY } from './client/retry-policy.js';
export type { RetryPolicy } from './client/retry-policy.js';
export { READ_ONLY_POSTS, isRetrySafe } from './client/read-only-posts.js';
export {
  EPOCH_MILLISECONDS_THRESHOLD,
  EPOCH_SECONDS_THRESHOLD,
  parseRateLimitReset,
  parseRetryAfter,
  readRateLimit,
} from './client/rate-limit-headers.js';
export type { RateLimitInfo } from './client/rate-limit-headers.js';
export { DEFAULT_USER_AGENT, SDK_VERSION } from './client/version.js';
export { unwrap } from './unwrap.js';
export type { DataOf } from './unwrap.js';

export * from './errors/index.js';
export * from './auth/index.js';
export { createLog } from './logging.js';
export type { ChasterLogger, CreateLogOptions, Log, LogLevel, LogLineLevel } from './logging.js';
export { createTraceparent, isValidTraceparent } from './trace.js';

export type { components, operations, paths } from '../generated/chaster.js';
export { operationTable } from '../generated/operations.js';
export type { OperationInfo } from '../generated/operations.js';

export * from './facade/index.js';
export * from './contracts/extension-actions.js';
export * from './contracts/action-logs.js';
export * from './contracts/webhooks.js';
