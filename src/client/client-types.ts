import type {
  BodySerializer,
  HeadersOptions,
  ParamsOption,
  ParseAs,
  ParseAsResponse,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';
import type {
  ErrorResponse,
  IsOperationRequestBodyOptional,
  MediaType,
  OperationRequestBodyContent,
  ResponseObjectMap,
  SuccessResponse,
} from 'openapi-typescript-helpers';

import type { paths } from '../../generated/chaster.js';
import type { ChasterCallOptions } from './options.js';
import type { RateLimitInfo } from './rate-limit-headers.js';

/** The HTTP methods the client exposes. */
export type ChasterHttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

/** The paths of `Paths` that define `Method`. */
export type PathsWithMethod<Paths, Method extends ChasterHttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: unknown } ? Path : never;
}[keyof Paths];

/** The keys of `T` that are not optional. */
export type RequiredKeysOf<T> = {
  [K in keyof T]-?: {} extends Pick<T, K> ? never : K;
}[keyof T];

/** The request body of an operation: required, optional or absent, as the document says. */
export type BodyOption<Operation> =
  OperationRequestBodyContent<Operation> extends never
    ? { body?: never }
    : IsOperationRequestBodyOptional<Operation> extends true
      ? { body?: OperationRequestBodyContent<Operation> }
      : { body: OperationRequestBodyContent<Operation> };

/**
 * What one call accepts: the operation's parameters and body, openapi-fetch's request options,
 * and the SDK's per-call options.
 *
 * Bodies and results are typed straight from the generated schemas. openapi-fetch's own
 * signatures pass them through its read-only and write-only mapping, which the generated types
 * do not use and which turns the open enums (`'a' | (string & {})`) into objects.
 */
export type ChasterInit<Operation> = ParamsOption<Operation> &
  BodyOption<Operation> &
  ChasterCallOptions &
  Omit<RequestInit, 'body' | 'headers' | 'signal'> & {
    baseUrl?: string;
    headers?: HeadersOptions;
    parseAs?: ParseAs;
    querySerializer?: QuerySerializer<Operation> | QuerySerializerOptions;
    bodySerializer?: BodySerializer<Operation>;
  };

/** The responses of an operation, keyed by status. */
export type ResponsesOf<Operation> =
  ResponseObjectMap<Operation> extends infer Responses extends Record<string | number, unknown>
    ? Responses
    : Record<string, never>;

/** What one call resolves to: the typed data, or the typed error body, with the response. */
export type ChasterResult<Operation, Init> =
  | {
      data: ParseAsResponse<SuccessResponse<ResponsesOf<Operation>, MediaType>, Init>;
      error?: never;
      response: Response;
    }
  | {
      data?: never;
      error: ErrorResponse<ResponsesOf<Operation>, MediaType>;
      response: Response;
    };

/** The init argument of a call: optional when the operation needs no parameter and no body. */
export type InitArgument<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init];

/**
 * One HTTP method of the client: a path template of the document, then the call's parameters,
 * body and options, typed by that operation.
 */
export type ChasterMethod<Paths, Method extends ChasterHttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends ChasterInit<OperationOf<Paths, Path, Method>>,
>(
  url: Path,
  ...init: InitArgument<Init>
) => Promise<ChasterResult<OperationOf<Paths, Path, Method>, Init>>;

/** The operation object of one path and method. */
export type OperationOf<Paths, Path extends keyof Paths, Method extends ChasterHttpMethod> =
  Paths[Path] extends { [M in Method]: infer Operation } ? Operation : never;

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
