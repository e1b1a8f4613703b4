import { createTokenManager } from '../auth/index.js';
import { ChasterUsageError } from '../errors/index.js';
import type { ChasterClientOptions } from './options.js';

/** Where the client gets the bearer token of each attempt. */
export interface TokenSource {
  /**
   * True when the token is looked up before each attempt. False when there is no token or a
   * fixed one, which is then sent as a static header set once.
   */
  readonly dynamic: boolean;

  /** The token for the next attempt. */
  get(): string | Promise<string>;

  /**
   * Refreshes after a 401, unless a newer token than `rejected` exists already. Only OAuth2
   * credentials can do this.
   */
  refreshAfterUnauthorized: ((rejected: string) => Promise<string>) | undefined;
}

const NO_TOKEN: TokenSource = Object.freeze({
  dynamic: false,
  get: () => '',
  refreshAfterUnauthorized: undefined,
});

/**
 * Builds the token source from the client options, refusing `token` and `auth` together: with
 * both, which one a request used would depend on a detail the caller cannot see.
 */
export function createTokenSource(options: ChasterClientOptions): TokenSource {
  const { token, auth } = options;

  if (token !== undefined && auth !== undefined) {
    throw new ChasterUsageError('Give either `token` or `auth`, not both');
  }

  if (typeof token === 'function') {
    return { dynamic: true, get: token, refreshAfterUnauthorized: undefined };
  }

  if (auth === undefined) return NO_TOKEN;

  const clientId = auth.clientId ?? options.clientId;
  if (clientId === undefined || clientId === '') {
    throw new ChasterUsageError('`auth` needs a client id (`auth.clientId` or `clientId`)');
  }

  const manager = createTokenManager({
    clientId,
    clientSecret: auth.clientSecret,
    refreshToken: auth.refreshToken,
    onTokens: auth.onTokens,
    fetch: options.fetch,
    tokenUrl: auth.tokenUrl,
    refreshMarginMs: auth.refreshMarginMs,
  });

  return {
    dynamic: true,
    get: () => manager.getAccessToken(),
    refreshAfterUnauthorized: (rejected) => manager.refreshAfterUnauthorized(rejected),
  };
}
