/**
 * The contract between the fake Chaster's engine and its handlers. A handler is a plain
 * function from a {@link HandlerContext} to a {@link Reply}; a domain module exports a
 * {@link HandlerTable} keyed by the document's operationIds.
 */
import type { OperationId, OperationInfo } from '../../../generated/operations.js';
import type { UserRecord } from '../world/records.js';
import type { World } from '../world/world.js';

/** A file received in a multipart body; only its description is kept. */
export interface ReceivedFile {
  /** The file name the client gave. */
  filename: string;
  /** The part's media type. */
  contentType: string;
  /** Size in bytes. */
  size: number;
}

/** A parsed `multipart/form-data` body. */
export class MultipartBody {
  /** Text fields by name (the last value wins). */
  readonly fields: Readonly<Record<string, string>>;
  /** File fields by name (the last file wins). */
  readonly files: Readonly<Record<string, ReceivedFile>>;

  constructor(fields: Record<string, string>, files: Record<string, ReceivedFile>) {
    this.fields = fields;
    this.files = files;
  }
}

/** A body whose JSON could not be parsed; the engine answers 400 before routing. */
export class UnparsableBody {
  /** What the parser said. */
  readonly reason: string;

  constructor(reason: string) {
    this.reason = reason;
  }
}

/** The request as the engine sees it, whichever way it came in. */
export interface MockRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path, without query string, e.g. `/locks/65a0.../history`. */
  readonly path: string;
  /** Path and query string as received, for NestJS's `Cannot GET /x` message. */
  readonly url: string;
  /** Query parameters. */
  readonly query: URLSearchParams;
  /** Reads a header by lower-case name. */
  header(name: string): string | undefined;
  /**
   * The body: a JSON value, a {@link MultipartBody}, a string for other media types, an
   * {@link UnparsableBody}, or `undefined` when there is none.
   */
  readonly body: unknown;
  /** The client's address, used to rate-limit anonymous callers. */
  readonly remoteAddress: string;
}

/** What a handler answers. Without `body` the response has none (a 204 or an empty 201). */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

/** Everything a handler may use. */
export interface HandlerContext {
  /** The incoming request. */
  readonly request: MockRequest;
  /** The operation the route matched. */
  readonly operation: OperationInfo;
  /** Path parameters by name, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The state to read and change. */
  readonly world: World;
  /** Virtual time of the request, epoch ms. */
  readonly now: number;
  /** The signed-in user; reading it without a valid token throws a 401. */
  readonly caller: UserRecord;
  /** The signed-in user, or `undefined` for an anonymous request. */
  readonly optionalCaller: UserRecord | undefined;
  /** A path parameter; throws when the route has none of that name (a handler bug). */
  param(name: string): string;
}

/** Answers one operation. Throw a `MockHttpError` to answer with an error. */
export type Handler = (context: HandlerContext) => Reply | Promise<Reply>;

/** Handlers of one domain, keyed by operationId. */
export type HandlerTable = Partial<Record<OperationId, Handler>>;

/** A 200 with a JSON body. */
export function ok(body: unknown): Reply {
  return { status: 200, body };
}

/** A 201, with a JSON body or none. */
export function created(body?: unknown): Reply {
  return body === undefined ? { status: 201 } : { status: 201, body };
}

/** A 204 with no body. */
export function noContent(): Reply {
  return { status: 204 };
}
