import { requestTokens, type OAuthTokens, type TokenEndpointOptions } from './token-endpoint.js';

/** Options of {@link createTokenManager}. */
export interface TokenManagerOptions extends Omit<TokenEndpointOptions, 'signal'> {
  /** The OAuth client id. */
  clientId: string;

  /** The OAuth client secret. */
  clientSecret: string;

  /** The latest refresh token (from the code exchange or from the last `onTokens`). */
  refreshToken: string;

  /** An access token still valid, to avoid a refresh at start. */
  accessToken?: string | undefined;

  /** When `accessToken` expires, in epoch milliseconds; required for it to be used. */
  expiresAt?: number | undefined;

  /**
   * Called with every new token set, including the rotated refresh token: save it, or the next
   * start will use a refresh token Keycloak has already replaced. It is awaited before callers get
   * the new access token. When it throws or rejects, the callers waiting on that refresh get its
   * error unchanged; the new tokens stay in memory, so the next call does not refresh again.
   */
  onTokens?: ((tokens: OAuthTokens) => void | Promise<void>) | undefined;

  /**
   * How long before expiry a token is refreshed, in milliseconds. Larger margins tolerate clock
   * skew and slow requests; Chaster's access tokens live about 5 minutes.
   * @default 30_000
   */
  refreshMarginMs?: number | undefined;

  /**
   * The clock, in epoch milliseconds.
   * @default Date.now
   */
  now?: (() => number) | undefined;
}

/** Hands out a valid access token, refreshing it when needed. */
export interface TokenManager {
  /** Returns the current access token, refreshing first when it is missing or about to expire. */
  getAccessToken(): Promise<string>;

  /**
   * Called after a 401: refreshes unless a newer token than `rejectedToken` already exists (another
   * caller refreshed meanwhile), and returns the token to retry with.
   */
  refreshAfterUnauthorized(rejectedToken: string): Promise<string>;
}

/**
 * Creates a token manager for a long-running app: it refreshes ahead of expiry, shares one
 * refresh among concurrent callers, and keeps the rotated refresh token.
 *
 * A failed refresh rejects every caller waiting on it; the next call tries again. The refresh
 * token's own expiry is not checked locally: Keycloak decides, and a refusal is a
 * {@link ChasterAuthenticationError}.
 *
 * @param options - Client credentials, the refresh token and the persistence callback.
 * @returns The manager.
 * @example
 * ```ts
 * const tokens = createTokenManager({
 *   clientId, clientSecret, refreshToken: await store.load(),
 *   onTokens: (next) => store.save(next.refreshToken),
 * });
 * const accessToken = await tokens.getAccessToken();
 * ```
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const now = options.now ?? Date.now;
  const marginMs = options.refreshMarginMs ?? 30_000;

  let accessToken = options.expiresAt === undefined ? undefined : options.accessToken;
  let expiresAt = options.expiresAt;
  let refreshToken = options.refreshToken;
  let inFlight: Promise<string> | undefined;

  const isFresh = (): boolean =>
    accessToken !== undefined && (expiresAt === undefined || now() < expiresAt - marginMs);

  const runRefresh = async (): Promise<string> => {
    const tokens = await requestTokens(
      {
        grant_type: 'refresh_token',
        client_id: options.clientId,
        client_secret: options.clientSecret,
        refresh_token: refreshToken,
      },
      options,
      now,
    );

    // Keycloak may or may not rotate; without a new one the old refresh token stays valid.
    const next: OAuthTokens = { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
    accessToken = next.accessToken;
    expiresAt = next.expiresAt;
    refreshToken = next.refreshToken ?? refreshToken;

    await options.onTokens?.(next);
    return next.accessToken;
  };

  const refresh = (): Promise<string> => {
    inFlight ??= runRefresh().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const getAccessToken = async (): Promise<string> => {
    if (inFlight !== undefined) return inFlight;
    if (isFresh() && accessToken !== undefined) return accessToken;
    return refresh();
  };

  const refreshAfterUnauthorized = async (rejectedToken: string): Promise<string> => {
    if (inFlight !== undefined) return inFlight;

    // Another caller already replaced the rejected token: use that one instead of refreshing.
    if (accessToken !== undefined && accessToken !== rejectedToken) return getAccessToken();

    return refresh();
  };

  return { getAccessToken, refreshAfterUnauthorized };
}
