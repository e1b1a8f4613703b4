/** Chaster's OAuth2 authorization endpoint (Keycloak realm `app`). */
export const CHASTER_AUTHORIZE_URL =
  'https://sso.chaster.app/auth/realms/app/protocol/openid-connect/auth';

/** Chaster's OAuth2 token endpoint, used for the code exchange and for refreshes. */
export const CHASTER_TOKEN_URL =
  'https://sso.chaster.app/auth/realms/app/protocol/openid-connect/token';

/**
 * An OAuth2 scope Chaster knows. `developer` marks the Extensions and Developers APIs. Any other
 * string is accepted too, so a scope Chaster adds later needs no SDK release.
 */
export type ChasterScope =
  | 'profile'
  | 'locks'
  | 'shared_locks'
  | 'keyholder'
  | 'messaging'
  | 'developer'
  | (string & {});

/** The scopes a typical bot or app asks for: everything except `developer`. */
export const CHASTER_DEFAULT_SCOPES: readonly ChasterScope[] = [
  'profile',
  'locks',
  'shared_locks',
  'keyholder',
  'messaging',
];
