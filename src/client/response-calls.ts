/** The method and path template a response answered. */
export interface CallIdentity {
  readonly method: string;
  readonly path: string;
}

const callsByResponse = new WeakMap<Response, CallIdentity>();

/**
 * Remembers which call a failed response answered, so that `unwrap` can name the path template
 * rather than the expanded URL (which may hold ids the caller would rather not log).
 */
export function rememberCall(response: Response, call: CallIdentity): void {
  callsByResponse.set(response, call);
}

/** The call a response answered, when the client remembered it. */
export function callOfResponse(response: Response): CallIdentity | undefined {
  return callsByResponse.get(response);
}
