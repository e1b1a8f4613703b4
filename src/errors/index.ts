/**
 * The SDK's error family: one base class with a cross-realm brand, transport errors, usage and
 * response errors, and one API error class per common HTTP status.
 *
 * @module
 */
export { CHASTER_ERROR_BRAND, ChasterError, isChasterError } from './base.js';
export type { ChasterErrorOptions } from './base.js';
export { ChasterUsageError, ChasterResponseError } from './usage.js';
export type { ChasterResponseErrorOptions } from './usage.js';
export { ChasterConnectionError, ChasterTimeoutError, ChasterAbortError } from './transport.js';
export type { ChasterTransportErrorOptions } from './transport.js';
export {
  ChasterApiError,
  ChasterBadRequestError,
  ChasterAuthenticationError,
  ChasterPermissionError,
  ChasterNotFoundError,
  ChasterConflictError,
  ChasterUnprocessableError,
  ChasterRateLimitError,
  ChasterServerError,
} from './api.js';
export type { ChasterApiErrorOptions, ChasterRateLimitErrorOptions } from './api.js';
export { createApiError } from './create-api-error.js';
export type { CreateApiErrorInput } from './create-api-error.js';
export { REDACTED, redact, redactHeaders, redactValue } from './redact.js';
export type { HeaderSource } from './redact.js';
