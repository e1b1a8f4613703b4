import type { ChasterClient } from '../client/client-types.js';

/**
 * What every Layer 2 resource is built from. Holding the Layer 1 client here (rather than each
 * resource taking it directly) lets shared settings join later without changing constructors.
 *
 * @example
 * ```ts
 * const context: FacadeContext = { client: createChasterClient({ token }) };
 * const locks = new LocksResource(context);
 * ```
 */
export interface FacadeContext {
  /** The Layer 1 client every call goes through. */
  readonly client: ChasterClient;
}

/**
 * Builds a {@link FacadeContext} around a Layer 1 client.
 *
 * @example
 * ```ts
 * const context = createFacadeContext(createChasterClient({ token }));
 * ```
 */
export function createFacadeContext(client: ChasterClient): FacadeContext {
  return { client };
}
