import type { FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from '../../generated/chaster.js';
import type { ChasterCallOptions } from './options.js';
import type { RateLimitInfo } from './rate-limit-headers.js';

/** The HTTP methods the client exposes. */
export type ChasterHttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

/** The paths of `Paths` that define `Method`. */
export type PathsWithMethod<Paths, Method extends ChasterHttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];

type RequiredKeysOf<T> = {
  [K in keyof T]-?: {} extends Pick<T, K> ? never : K;
}[keyof T];

/** The init argument: optional when the operation needs no parameter and no body. */
type CallInitArgument<Init> = RequiredKeysOf<Init> extends never
  ? [(Init & ChasterCallOptions)?]
  : [Init & ChasterCallOptions];

/**
 * One HTTP method of the client: openapi-fetch's signature, with the SDK's per-call options
 * (`timeout`, `retry`, `token`, `signal`) typed rather than accepted as unknown keys.
 */
export type ChasterMethod<
  Paths extends { [Path in keyof Paths]: Partial<Record<ChasterHttpMethod, unknown>> },
  Method extends ChasterHttpMethod,
> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: CallInitArgument<Init>
) => Promise<FetchResponse<Paths[Path][Method] & Record<string | number, unknown>, Init,
  `${string}/${string}`>>;

/**
 * The Layer 1 client: one method per HTTP verb, typed by the generated `paths`, each resolving to
 * openapi-fetch's `{ data, error, response }`. HTTP errors are returned, not thrown; network
 * failures, timeouts and aborts reject with the SDK's errors. `unwrap` turns a result into its
 * data or a typed error.
 */
export interface ChasterClient {
  /** Calls a GET operation. */
  GET: ChasterMethod<paths, 'get'>;

  /** Calls a PUT operation. */
  PUT: ChasterMethod<paths, 'put'>;

  /** Calls a POST operation. */
  POST: ChasterMethod<paths, 'post'>;

  /** Calls a DELETE operation. */
  DELETE: ChasterMethod<paths, 'delete'>;

  /** Calls a PATCH operation. */
  PATCH: ChasterMethod<paths, 'patch'>;

  /** Calls a HEAD operation. */
  HEAD: ChasterMethod<paths, 'head'>;

  /** Calls an OPTIONS operation. */
  OPTIONS: ChasterMethod<paths, 'options'>;

  /**
   * The rate limit reported by the latest response that carried `X-RateLimit-*` headers, as a
   * fresh object; empty before any.
   */
  readonly rateLimit: RateLimitInfo;
}
