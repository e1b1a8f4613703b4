import { ChasterUsageError } from '../errors/usage.js';
import { requestTokens, type OAuthTokens, type TokenEndpointOptions } from './token-endpoint.js';

/** Options of {@link exchangeAuthorizationCode}. */
export interface ExchangeAuthorizationCodeOptions extends TokenEndpointOptions {
  /** The OAuth client id. */
  clientId: string;

  /** The OAuth client secret; never logged or attached to errors. */
  clientSecret: string;

  /** The `code` query parameter of the redirect. Single-use, valid for 10 minutes. */
  code: string;

  /** The same redirect URI the authorization URL used. */
  redirectUri: string;

  /** The PKCE verifier kept from `createAuthorizationUrl`; omit only when PKCE was not used. */
  codeVerifier?: string | undefined;

  /** The `state` query parameter of the redirect. */
  state: string;

  /** The state kept from `createAuthorizationUrl`. */
  expectedState: string;

  /**
   * The clock, in epoch milliseconds, for the expiry times.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * Compares two strings without revealing through timing how much of them matched: every byte is
 * visited whatever the first difference, and only the length (not secret here) ends it early.
 */
function sameText(left: string, right: string): boolean {
  const encoder = new TextEncoder();
  const leftBytes = encoder.encode(left);
  const rightBytes = encoder.encode(right);
  if (leftBytes.length !== rightBytes.length) return false;

  let difference = 0;
  for (let index = 0; index < leftBytes.length; index += 1) {
    difference |= (leftBytes[index] ?? 0) ^ (rightBytes[index] ?? 0);
  }
  return difference === 0;
}

/**
 * Exchanges the code from the authorization redirect for tokens.
 *
 * The redirect's `state` is compared with the expected one before anything is sent: a mismatch
 * means the redirect did not come from the request this app started (RFC 6749 §10.12), and the
 * code is never used.
 *
 * @param options - Client credentials, the redirect's `code` and `state`, the kept state and
 *   PKCE verifier.
 * @returns The token set; hand its `refreshToken` to `createTokenManager`.
 * @throws {@link ChasterUsageError} when the state does not match or is empty (nothing is sent).
 * @throws {@link ChasterAuthenticationError} when the token endpoint refuses the code.
 * @example
 * ```ts
 * const tokens = await exchangeAuthorizationCode({
 *   clientId, clientSecret, redirectUri, code: query.code, state: query.state,
 *   expectedState: session.state, codeVerifier: session.codeVerifier,
 * });
 * ```
 */
export async function exchangeAuthorizationCode(
  options: ExchangeAuthorizationCodeOptions,
): Promise<OAuthTokens> {
  if (options.expectedState === '' || !sameText(options.state, options.expectedState)) {
    throw new ChasterUsageError('OAuth state does not match the one this app sent');
  }

  const form = {
    grant_type: 'authorization_code',
    client_id: options.clientId,
    client_secret: options.clientSecret,
    code: options.code,
    redirect_uri: options.redirectUri,
    code_verifier: options.codeVerifier,
  };

  return requestTokens(form, options, options.now ?? Date.now);
}
