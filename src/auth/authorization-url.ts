import { ChasterUsageError } from '../errors/usage.js';
import { CHASTER_AUTHORIZE_URL, type ChasterScope } from './endpoints.js';
import { createCodeChallenge, createPkcePair, randomUrlSafeString } from './pkce.js';

/** Options of {@link createAuthorizationUrl}. */
export interface AuthorizationUrlOptions {
  /** The OAuth client id from Chaster's developer portal. */
  clientId: string;

  /** Where Chaster sends the user back; must match one registered for the client. */
  redirectUri: string;

  /** The scopes to ask for, for example `['profile', 'locks']`. */
  scopes: readonly ChasterScope[];

  /**
   * The anti-forgery value echoed back on the redirect. Keep it (in the session) and pass it as
   * `expectedState` to `exchangeAuthorizationCode`.
   * @default 32 random bytes, base64url
   */
  state?: string;

  /**
   * A PKCE verifier you created; its S256 challenge is sent. Ignored when `codeChallenge` is given.
   * @default a new verifier
   */
  codeVerifier?: string;

  /**
   * A PKCE S256 challenge whose verifier you keep yourself; the result's `codeVerifier` is then
   * `undefined`.
   */
  codeChallenge?: string;

  /**
   * The authorization endpoint, for a test server.
   * @default CHASTER_AUTHORIZE_URL
   */
  authorizeUrl?: string;
}

/** The URL to send the user to, and the values to keep until they come back. */
export interface AuthorizationRequest {
  /** The full authorization URL. */
  url: string;

  /** The state to compare with the one on the redirect. */
  state: string;

  /** The PKCE verifier to send with the code exchange; `undefined` when you passed a challenge. */
  codeVerifier: string | undefined;
}

/**
 * Builds the URL that starts the authorization-code flow with PKCE (S256). The challenge is hashed
 * with Web Crypto, which is asynchronous, so the result comes as a promise.
 *
 * @param options - Client, redirect, scopes and optional state or PKCE values.
 * @returns The URL plus the `state` and `codeVerifier` to keep for the callback.
 * @throws {@link ChasterUsageError} (as a rejection) when `clientId` or `redirectUri` is empty.
 * @example
 * ```ts
 * const { url, state, codeVerifier } = await createAuthorizationUrl({
 *   clientId, redirectUri: 'https://bot.example/callback', scopes: ['profile', 'locks'],
 * });
 * session.save({ state, codeVerifier });
 * response.redirect(url);
 * ```
 */
export async function createAuthorizationUrl(
  options: AuthorizationUrlOptions,
): Promise<AuthorizationRequest> {
  if (options.clientId === '') throw new ChasterUsageError('clientId must not be empty');
  if (options.redirectUri === '') throw new ChasterUsageError('redirectUri must not be empty');

  const state = options.state ?? randomUrlSafeString(32);
  const pkce = await resolvePkce(options);

  const url = new URL(options.authorizeUrl ?? CHASTER_AUTHORIZE_URL);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', options.redirectUri);
  url.searchParams.set('scope', options.scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', pkce.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');

  return { url: url.toString(), state, codeVerifier: pkce.codeVerifier };
}

async function resolvePkce(options: AuthorizationUrlOptions): Promise<{
  codeChallenge: string;
  codeVerifier: string | undefined;
}> {
  if (options.codeChallenge !== undefined) {
    return { codeChallenge: options.codeChallenge, codeVerifier: undefined };
  }

  if (options.codeVerifier !== undefined) {
    const codeVerifier = options.codeVerifier;
    return { codeChallenge: await createCodeChallenge(codeVerifier), codeVerifier };
  }

  return createPkcePair();
}
