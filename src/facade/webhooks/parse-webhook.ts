import { WEBHOOK_EVENT_NAMES, type WebhookEvent } from '../../contracts/webhooks.js';
import { verifyBasicAuth, type WebhookBasicAuth, type WebhookHeaders } from './basic-auth.js';
import { ChasterWebhookError, type ChasterWebhookAuthError } from './webhook-errors.js';

/** Options of {@link parseWebhook}. */
export interface ParseWebhookOptions {
  /**
   * The credentials set on the webhook in the developer portal. When given, the request's
   * `authorization` header must carry them, or {@link ChasterWebhookAuthError} is thrown before
   * the body is read. Chaster does not sign deliveries: these credentials are the only proof a
   * request comes from Chaster, so set them.
   * @default undefined (no check)
   */
  basicAuth?: WebhookBasicAuth;

  /** The request's headers, needed with `basicAuth`. */
  headers?: WebhookHeaders;
}

const EVENT_NAMES: ReadonlySet<string> = new Set(WEBHOOK_EVENT_NAMES);

/**
 * Reads a webhook delivery from Chaster: checks its credentials when `basicAuth` is given, parses
 * the body, accepts it bare (as Chaster sends it) or wrapped as `{ payload: event }` (as the
 * document describes it), and returns the event, discriminated by `event`.
 *
 * Only the fields that identify an event are checked (`event`, `requestId`, `data` and the
 * session or action log in it); anything else Chaster adds is kept. An action log of a type the
 * SDK does not know stays readable: narrow it with `isActionLogOfType`.
 *
 * Chaster waits 10 seconds for an answer, then retries up to 4 times over several minutes, so
 * acknowledge at once, work afterwards, and drop repeats with `createWebhookDeduplicator`.
 *
 * @param body - The raw body (a string or bytes, preferred) or the body already parsed as JSON.
 * @throws {ChasterWebhookAuthError} for missing or wrong credentials (answer 401).
 * @throws {ChasterWebhookError} for a body that is not a Chaster event (answer 400).
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 *
 * const seen = createWebhookDeduplicator();
 * const basicAuth = { username: 'chaster', password: process.env.WEBHOOK_PASSWORD ?? '' };
 *
 * createServer(async (request, response) => {
 *   const chunks: Buffer[] = [];
 *   for await (const chunk of request) chunks.push(chunk as Buffer);
 *
 *   let event: WebhookEvent;
 *   try {
 *     event = parseWebhook(Buffer.concat(chunks), { basicAuth, headers: request.headers });
 *   } catch (error) {
 *     response.writeHead(error instanceof ChasterWebhookAuthError ? 401 : 400).end();
 *     return;
 *   }
 *
 *   response.writeHead(204).end(); // acknowledge before working
 *   if (seen.seen(event)) return;
 *
 *   if (event.event === 'action_log.created'
 *     && isActionLogOfType(event.data.actionLog, 'time_changed')) {
 *     queue.push(event.data.actionLog.payload.duration);
 *   }
 * }).listen(3000);
 * ```
 */
export function parseWebhook(body: unknown, options: ParseWebhookOptions = {}): WebhookEvent {
  if (options.basicAuth !== undefined) verifyBasicAuth(options.headers, options.basicAuth);

  const parsed = unwrapPayload(readBody(body));
  return checkEvent(parsed);
}

function readBody(body: unknown): unknown {
  if (typeof body === 'string') return parseJson(body);
  if (body instanceof Uint8Array) return parseJson(decodeUtf8(body));
  // What `request.arrayBuffer()` gives, in frameworks built on the fetch API.
  if (body instanceof ArrayBuffer) return parseJson(decodeUtf8(new Uint8Array(body)));

  if (typeof body !== 'object' || body === null) {
    throw new ChasterWebhookError('invalid-body',
      `A webhook body must be a string, bytes, an ArrayBuffer or an object, got ${describe(body)}`);
  }
  return body;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ChasterWebhookError('invalid-body', 'The webhook body is not UTF-8 text',
      { cause: error });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ChasterWebhookError('invalid-json', 'The webhook body is not valid JSON',
      { cause: error });
  }
}

/** The document wraps events as `{ payload: event }`; live deliveries are bare. */
function unwrapPayload(value: unknown): unknown {
  if (!isRecord(value) || 'event' in value) return value;

  const payload = value['payload'];
  return isRecord(payload) ? payload : value;
}

function checkEvent(value: unknown): WebhookEvent {
  if (!isRecord(value)) {
    throw new ChasterWebhookError('invalid-body',
      `A webhook body must be a JSON object, got ${describe(value)}`);
  }

  const name = value['event'];
  if (typeof name !== 'string') shapeError('it has no "event" name');
  if (!EVENT_NAMES.has(name)) {
    throw new ChasterWebhookError('unknown-event',
      `Unknown webhook event ${JSON.stringify(name.slice(0, 60))}`);
  }

  if (!isNonEmptyString(value['requestId'])) shapeError(`${name} has no requestId`);
  const data = value['data'];
  if (!isRecord(data)) shapeError(`${name} has no data object`);

  checkData(name, data);
  return value as WebhookEvent;
}

function checkData(name: string, data: Record<string, unknown>): void {
  if (name === 'action_log.created') {
    const actionLog = data['actionLog'];
    if (!isRecord(actionLog) || !isNonEmptyString(actionLog['_id'])) {
      shapeError(`${name} has no data.actionLog with an _id`);
    }
    return;
  }

  const session = data['session'];
  if (!isRecord(session) || !isNonEmptyString(session['sessionId'])) {
    shapeError(`${name} has no data.session with a sessionId`);
  }
}

function shapeError(what: string): never {
  throw new ChasterWebhookError('invalid-shape', `Malformed webhook event: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
