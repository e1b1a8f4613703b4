/**
 * The option every Layer 2 method accepts, whatever its resource.
 *
 * @example
 * ```ts
 * const options: SignalOptions = { signal: AbortSignal.timeout(5_000) };
 * const me = await chaster.profile.me(options);
 * ```
 */
export interface SignalOptions {
  /**
   * Aborts the request (and, for a paginator, the pages not yet read); the call then rejects
   * with `ChasterAbortError`.
   */
  signal?: AbortSignal;
}
