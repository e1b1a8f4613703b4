import { createTokenManager } from '../auth/token-manager.js';
import { ChasterUsageError } from '../errors/usage.js';
import type { ChasterClientOptions } from './options.js';

/** Where the client gets the bearer token of each attempt. */
export interface TokenSource {
  /**
   * Looks the token up before each attempt. Undefined when there is no token or a fixed one,
   * which is then a static header set once.
   */
  readonly get: (() => string | Promise<string>) | undefined;

  /**
   * Refreshes after a 401, unless a newer token than `rejected` exists already. Only OAuth2
   * credentials can do this.
   */
  readonly refreshAfterUnauthorized: ((rejected: string) => Promise<string>) | undefined;
}

/**
 * Builds the token source from the client options, refusing `token` and `auth` together: with
 * both, which one a request used would depend on a detail the caller cannot see.
 */
export function createTokenSource(options: ChasterClientOptions): TokenSource {
  const { token, auth } = options;

  if (token !== undefined && auth !== undefined) {
    throw new ChasterUsageError('Give either `token` or `auth`, not both');
  }

  if (auth === undefined) {
    const get = typeof token === 'function' ? token : undefined;
    return { get, refreshAfterUnauthorized: undefined };
  }

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
    get: () => manager.getAccessToken(),
    refreshAfterUnauthorized: (rejected) => manager.refreshAfterUnauthorized(rejected),
  };
}
