import { createHash, timingSafeEqual } from 'node:crypto';
import { ChasterUsageError } from '../../errors/index.js';
import { ChasterWebhookAuthError } from './webhook-errors.js';

/** The HTTP Basic credentials set on the extension's webhook in the developer portal. */
export interface WebhookBasicAuth {
  /** The webhook username. */
  username: string;

  /** The webhook password. */
  password: string;
}

/**
 * Request headers as servers hand them over: a `Headers` object (fetch-style frameworks) or a
 * plain record (`node:http`, Express), whose names are matched without regard to case.
 */
export type WebhookHeaders =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>;

const BASIC_CREDENTIALS = /^Basic[ \t]+([A-Za-z0-9+/=_-]+)[ \t]*$/i;

/**
 * Checks the `authorization` header against the expected credentials. Both sides are hashed
 * first, so the comparison is constant-time over equal-length digests and neither the length
 * nor any prefix of the expected password can be learnt from timing.
 *
 * @throws {ChasterWebhookAuthError} for a missing, malformed or wrong header.
 * @throws {ChasterUsageError} when the expected credentials themselves are empty.
 * @example
 * ```ts
 * verifyBasicAuth(request.headers, { username: 'chaster', password: webhookPassword });
 * ```
 */
export function verifyBasicAuth(
  headers: WebhookHeaders | undefined,
  expected: WebhookBasicAuth,
): void {
  assertConfigured(expected);

  const header = headers === undefined ? undefined : readHeader(headers, 'authorization');
  if (header === undefined || header.trim() === '') {
    throw new ChasterWebhookAuthError('missing-credentials', 'Webhook credentials are missing');
  }

  const encoded = BASIC_CREDENTIALS.exec(header)?.[1];
  if (encoded === undefined) {
    throw new ChasterWebhookAuthError('malformed-credentials',
      'Webhook credentials do not use the HTTP Basic scheme');
  }

  const presented = Buffer.from(encoded, 'base64');
  const wanted = Buffer.from(`${expected.username}:${expected.password}`, 'utf8');
  if (!timingSafeEqual(digest(presented), digest(wanted))) {
    throw new ChasterWebhookAuthError('wrong-credentials', 'Webhook credentials do not match');
  }
}

/**
 * Reads one header by name, whatever the case. A repeated header is joined with `, `, as HTTP
 * combines field lines, so repeated credentials never pass as one.
 *
 * @example
 * ```ts
 * readHeader({ Authorization: 'Basic Yzpw' }, 'authorization'); // 'Basic Yzpw'
 * ```
 */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;

  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === 'string') return value;
    return value?.join(', ');
  }
  return undefined;
}

function digest(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

function assertConfigured(expected: WebhookBasicAuth): void {
  const { username, password } = expected;

  if (typeof username !== 'string' || username === '' || typeof password !== 'string'
    || password === '') {
    throw new ChasterUsageError('basicAuth needs a non-empty username and password');
  }
}
