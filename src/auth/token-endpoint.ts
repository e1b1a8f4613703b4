import { ChasterAuthenticationError, ChasterServerError } from '../errors/api.js';
import { toTransportError } from '../errors/fetch-failure.js';
import type { ChasterAbortError, ChasterConnectionError } from '../errors/transport.js';
import { CHASTER_TOKEN_URL } from './endpoints.js';

/** A token set from Chaster's token endpoint; times are epoch milliseconds. */
export interface OAuthTokens {
  /** The bearer token for API calls. */
  accessToken: string;

  /** When the access token expires; `undefined` when the server did not say. */
  expiresAt: number | undefined;

  /** The refresh token; Keycloak rotates it, so always keep the latest one. */
  refreshToken: string | undefined;

  /** When the refresh token expires; `undefined` when the server did not say. */
  refreshExpiresAt: number | undefined;

  /** The scopes granted, space-separated, when the server listed them. */
  scope: string | undefined;
}

/** Options shared by every call to the token endpoint. */
export interface TokenEndpointOptions {
  /**
   * The `fetch` to use.
   * @default globalThis.fetch, looked up at call time
   */
  fetch?: typeof globalThis.fetch | undefined;

  /**
   * The token endpoint, for a test server.
   * @default CHASTER_TOKEN_URL
   */
  tokenUrl?: string | undefined;

  /** Cancels the request. */
  signal?: AbortSignal | undefined;
}

function readNumber(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function readString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return undefined;
    return body as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * A refused exchange or refresh is an authentication error: the credentials must be renewed. A
 * 5xx is the SSO being unwell, not a verdict on them, so it keeps its server error class and a
 * bot can try again later instead of asking its user to log in anew.
 */
function failure(response: Response, path: string, body: unknown, reason: string): Error {
  const status = response.status;
  const details = {
    status,
    serverMessage: reason,
    requestId: response.headers.get('x-chaster-transaction-id') ?? undefined,
    method: 'POST',
    path,
    body,
  };

  const message = `${status} ${reason}: POST ${path}`;
  if (status >= 500) return new ChasterServerError(message, details);
  return new ChasterAuthenticationError(message, details);
}

async function send(
  url: URL,
  form: URLSearchParams,
  options: TokenEndpointOptions,
): Promise<Response> {
  const fetchImpl = options.fetch ?? globalThis.fetch;

  try {
    return await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form,
      signal: options.signal ?? null,
    });
  } catch (error) {
    const request = { method: 'POST', path: url.pathname, userSignal: options.signal };
    throw toTransportError(error, request);
  }
}

/**
 * POSTs a form to the token endpoint and reads the token set.
 *
 * Any other answer than a 2xx carrying an `access_token` is a
 * {@link ChasterAuthenticationError} (a {@link ChasterServerError} for a 5xx) with Keycloak's
 * `error_description` (or `error`) as the server message and a redacted body; a request that got
 * no answer is a
 * {@link ChasterConnectionError} or, when `signal` fired, a {@link ChasterAbortError}.
 *
 * @param form - The grant's parameters (`grant_type`, `client_id`, …).
 * @param options - `fetch`, token URL and signal.
 * @param now - The current time in epoch milliseconds, for the expiry times.
 * @returns The new token set.
 */
export async function requestTokens(
  form: Record<string, string | undefined>,
  options: TokenEndpointOptions,
  now: () => number,
): Promise<OAuthTokens> {
  const url = new URL(options.tokenUrl ?? CHASTER_TOKEN_URL);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    if (value !== undefined) params.set(name, value);
  }

  // Expiry counts from before the request: the server's clock started no later than that.
  const sentAt = now();
  const response = await send(url, params, options);
  const body = await readJson(response);

  if (!response.ok) {
    const keycloakReason = body === undefined
      ? undefined
      : (readString(body, 'error_description') ?? readString(body, 'error'));
    const reason = keycloakReason ?? (response.statusText || 'Token request refused');
    throw failure(response, url.pathname, body, reason);
  }

  const accessToken = body === undefined ? undefined : readString(body, 'access_token');
  if (body === undefined || accessToken === undefined) {
    throw failure(response, url.pathname, body, 'Token response carries no access token');
  }

  const expiresIn = readNumber(body, 'expires_in');
  const refreshExpiresIn = readNumber(body, 'refresh_expires_in');

  return {
    accessToken,
    expiresAt: expiresIn === undefined ? undefined : sentAt + expiresIn * 1000,
    refreshToken: readString(body, 'refresh_token'),
    // Keycloak sends 0 for a refresh token that never expires (offline access).
    refreshExpiresAt: refreshExpiresIn === undefined || refreshExpiresIn === 0
      ? undefined
      : sentAt + refreshExpiresIn * 1000,
    scope: readString(body, 'scope'),
  };
}
