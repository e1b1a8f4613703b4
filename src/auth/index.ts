/**
 * OAuth2 for Chaster's Keycloak: the authorization URL with PKCE, the code exchange, and a token
 * manager that refreshes ahead of expiry.
 *
 * @module
 */
export {
  CHASTER_AUTHORIZE_URL,
  CHASTER_TOKEN_URL,
  CHASTER_DEFAULT_SCOPES,
} from './endpoints.js';
export type { ChasterScope } from './endpoints.js';
export { createPkcePair, createCodeChallenge } from './pkce.js';
export type { PkcePair } from './pkce.js';
export { createAuthorizationUrl } from './authorization-url.js';
export type { AuthorizationUrlOptions, AuthorizationRequest } from './authorization-url.js';
export { exchangeAuthorizationCode } from './exchange-code.js';
export type { ExchangeAuthorizationCodeOptions } from './exchange-code.js';
export { createTokenManager } from './token-manager.js';
export type { TokenManager, TokenManagerOptions } from './token-manager.js';
export type { OAuthTokens, TokenEndpointOptions } from './token-endpoint.js';
