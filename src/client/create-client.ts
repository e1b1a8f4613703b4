import createClient from 'openapi-fetch';
import { createLog } from '../logging.js';
import type { ChasterClient } from './client-types.js';
import { operationsNeedingClientId } from './operation-index.js';
import type { ChasterClientOptions } from './options.js';
import { RateLimitTracker } from './rate-limit-tracker.js';
import { checkTimeout, resolveRetryPolicy } from './retry-policy.js';
import { runCall, type ClientRuntime, type CoreClient } from './run-call.js';
import { createTokenSource } from './token-source.js';
import { createTransport } from './transport.js';
import type { TransportContext } from './transport-context.js';
import { checkToken } from './token-check.js';
import { DEFAULT_USER_AGENT } from './version.js';

/** Chaster's public API root. */
export const DEFAULT_BASE_URL = 'https://api.chaster.app';

/** The per-attempt timeout used when the caller gives none. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Headers that are the same on every request, set once on the openapi-fetch client. */
function staticHeaders(options: ChasterClientOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    ...options.headers,
  };

  if (typeof options.token === 'string') {
    headers['authorization'] = `Bearer ${checkToken(options.token, "The client's token")}`;
  }
  return headers;
}

/**
 * Creates a client for the Chaster API: openapi-fetch typed by the generated `paths`, over a
 * transport that adds authentication, per-attempt timeouts, retries that respect the server's
 * rate limits, trace context and optional logging.
 *
 * @param options - See {@link ChasterClientOptions}; all optional.
 * @returns The client; calls resolve to `{ data, error, response }`.
 * @throws {ChasterUsageError} when both `token` and `auth` are given, or `auth` lacks a client id.
 * @example
 * ```ts
 * const chaster = createChasterClient({ token: process.env.CHASTER_TOKEN });
 * const { data, error } = await chaster.GET('/locks/{lockId}', {
 *   params: { path: { lockId } },
 * });
 * const lock = unwrap(await chaster.GET('/locks/{lockId}', { params: { path: { lockId } } }));
 * ```
 */
export function createChasterClient(options: ChasterClientOptions = {}): ChasterClient {
  const tokens = createTokenSource(options);
  const rateLimit = new RateLimitTracker();

  const context: TransportContext = {
    fetch: options.fetch,
    tokens,
    rateLimit,
    log: createLog({ logger: options.logger, level: options.logLevel }),
    onRateLimit: options.onRateLimit,
    clientId: options.clientId,
    clientIdOperations: options.clientId === undefined ? undefined : operationsNeedingClientId(),
  };

  const core = createClient({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    fetch: createTransport(context),
    headers: staticHeaders(options),
  }) as unknown as CoreClient;

  const runtime: ClientRuntime = {
    core,
    context,
    policy: resolveRetryPolicy(options.retry),
    timeoutMs: checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS),
  };

  const method = (name: string) => (path: string, init?: Record<string, unknown>) =>
    runCall(runtime, name, path, init);

  const client = {
    GET: method('GET'),
    PUT: method('PUT'),
    POST: method('POST'),
    DELETE: method('DELETE'),
    PATCH: method('PATCH'),
    HEAD: method('HEAD'),
    OPTIONS: method('OPTIONS'),
    get rateLimit() {
      return rateLimit.snapshot();
    },
  };

  return client as unknown as ChasterClient;
}
