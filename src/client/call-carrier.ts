import type { CallState } from './call-state.js';

/**
 * The init key under which a call's state rides to the transport. openapi-fetch copies init keys
 * that a Request lacks onto the Request it builds, which is how the transport learns the path
 * template and per-call settings without a second lookup.
 */
export const CALL_KEY = 'chasterCall';

/** A Request carrying a call's state. */
export interface CarriesCall {
  [CALL_KEY]?: CallState;
}

/** The call state the wrapper attached to a request, if any. */
export function callOf(request: Request): CallState | undefined {
  return (request as Request & CarriesCall)[CALL_KEY];
}
