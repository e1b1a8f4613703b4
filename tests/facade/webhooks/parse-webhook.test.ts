import { beforeAll, describe, expect, it } from 'vitest';
import { isActionLogOfType } from '../../../src/contracts/action-logs.js';
import { ChasterUsageError, isChasterError } from '../../../src/errors/index.js';
import type { LockForPublic } from '../../../src/facade/types.js';
import { parseWebhook } from '../../../src/facade/webhooks/parse-webhook.js';
import {
  ChasterWebhookAuthError, ChasterWebhookError, type WebhookErrorReason,
} from '../../../src/facade/webhooks/webhook-errors.js';
import { fixtureLock, SESSION_ID } from '../partner/support.js';
import {
  actionLog, actionLogCreated, basicHeader, sessionCreated, sessionDeleted,
} from './events.js';

let lock: LockForPublic;
beforeAll(async () => {
  lock = await fixtureLock();
});

function reasonOf(run: () => unknown): WebhookErrorReason | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ChasterWebhookError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('parseWebhook bodies', () => {
  it('parses a bare event from the raw JSON text', () => {
    const event = parseWebhook(JSON.stringify(sessionCreated(lock)));

    expect(event.event).toBe('extension_session.created');
    expect(event.requestId).toBe('req-created-1');
    if (event.event !== 'extension_session.created') throw new Error('narrowing failed');
    expect(event.data.session.sessionId).toBe(SESSION_ID);
    expect(event.data.session.lock._id).toBe(lock._id);
  });

  it('parses a bare event from raw bytes', () => {
    const bytes = Buffer.from(JSON.stringify(sessionDeleted(lock)), 'utf8');

    const event = parseWebhook(bytes);

    if (event.event !== 'extension_session.deleted') throw new Error('narrowing failed');
    expect(event.data.session.sessionId).toBe(SESSION_ID);
  });

  it('parses a bare event from an ArrayBuffer, as request.arrayBuffer() gives it', () => {
    const buffer = new TextEncoder().encode(JSON.stringify(sessionDeleted(lock))).buffer;

    const event = parseWebhook(buffer);

    expect(event.event).toBe('extension_session.deleted');
  });

  it('accepts the wrapped form the document describes, as text or as an object', () => {
    const wrapped = { payload: sessionCreated(lock, 'req-wrapped') };

    expect(parseWebhook(JSON.stringify(wrapped)).requestId).toBe('req-wrapped');
    expect(parseWebhook(wrapped).requestId).toBe('req-wrapped');
  });

  it('returns an already parsed body with the fields Chaster added kept', () => {
    const body = { ...sessionCreated(lock), newField: 'kept' };

    const event = parseWebhook(body);

    expect(event).toEqual(body);
  });

  it('types built-in action-log payloads through isActionLogOfType', () => {
    const body = actionLogCreated(actionLog('log-1', 'time_changed', { duration: 3600 }));

    const event = parseWebhook(JSON.stringify(body));

    if (event.event !== 'action_log.created') throw new Error('narrowing failed');
    const entry = event.data.actionLog;
    expect(isActionLogOfType(entry, 'time_changed')).toBe(true);
    if (isActionLogOfType(entry, 'time_changed')) expect(entry.payload.duration).toBe(3600);
    expect(event.data.sessionId).toBe(SESSION_ID);
  });

  it('keeps an action log of an unknown type readable', () => {
    const body = actionLogCreated(actionLog('log-2', 'brand_new_type', { level: 3 }));

    const event = parseWebhook(body);

    if (event.event !== 'action_log.created') throw new Error('narrowing failed');
    expect(event.data.actionLog.type).toBe('brand_new_type');
    expect(event.data.actionLog.payload).toEqual({ level: 3 });
    expect(isActionLogOfType(event.data.actionLog, 'time_changed')).toBe(false);
  });
});

describe('parseWebhook malformed bodies', () => {
  it.each([
    ['text that is not JSON', '{"event": ', 'invalid-json'],
    ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe, 0x7b]), 'invalid-body'],
    ['a number', 42, 'invalid-body'],
    ['null', null, 'invalid-body'],
    ['JSON that is an array', '[1, 2]', 'invalid-body'],
    ['an event Chaster does not send', { event: 'lock.created', requestId: 'r', data: {} },
      'unknown-event'],
    ['a body with no event', { requestId: 'r', data: {} }, 'invalid-shape'],
    ['a wrapper around nothing', { payload: 'x' }, 'invalid-shape'],
  ] as const)('refuses %s', (_label, body, reason) => {
    expect(reasonOf(() => parseWebhook(body))).toBe(reason);
  });

  it('refuses an event without a requestId or a data object', () => {
    const { requestId: _r, ...noRequestId } = sessionCreated(lock);
    const noData = { ...sessionCreated(lock), data: 'x' };

    expect(reasonOf(() => parseWebhook(noRequestId))).toBe('invalid-shape');
    expect(reasonOf(() => parseWebhook(noData))).toBe('invalid-shape');
  });

  it('refuses a session event without a session id and an action log without an _id', () => {
    const created = sessionCreated(lock);
    const noSession = { ...created, data: { ...created.data, session: { lock } } };
    const entry = actionLog('', 'time_changed', { duration: 1 });

    expect(reasonOf(() => parseWebhook(noSession))).toBe('invalid-shape');
    expect(reasonOf(() => parseWebhook(actionLogCreated(entry)))).toBe('invalid-shape');
  });

  it('says which event and field are wrong, and is a ChasterError', () => {
    const error: unknown = (() => {
      try {
        return parseWebhook({ event: 'action_log.created', requestId: 'r', data: {} });
      } catch (caught) {
        return caught;
      }
    })();

    expect(isChasterError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'Malformed webhook event: action_log.created has no data.actionLog with an _id',
    );
    expect((error as ChasterWebhookError).toJSON()).toMatchObject({ reason: 'invalid-shape' });
  });
});

describe('parseWebhook credentials', () => {
  const basicAuth = { username: 'chaster', password: 's3cr3t-pässword' };
  const body = JSON.stringify(sessionCreated(lock));

  function authReason(headers: Parameters<typeof parseWebhook>[1]): string | undefined {
    try {
      parseWebhook(body, headers);
    } catch (error) {
      if (error instanceof ChasterWebhookAuthError) return error.reason;
      throw error;
    }
    return undefined;
  }

  it('accepts the right credentials in a Headers object or a plain record of any case', () => {
    const header = basicHeader('chaster', 's3cr3t-pässword');

    expect(parseWebhook(body, { basicAuth, headers: new Headers({ Authorization: header }) })
      .requestId).toBe('req-created-1');
    expect(authReason({ basicAuth, headers: { AUTHORIZATION: header } })).toBeUndefined();
    expect(authReason({ basicAuth, headers: { authorization: [header] } })).toBeUndefined();
  });

  it.each([
    ['no headers', undefined, 'missing-credentials'],
    ['no authorization header', { 'content-type': 'application/json' }, 'missing-credentials'],
    ['a bearer token', { authorization: 'Bearer abc' }, 'malformed-credentials'],
    ['a repeated header', { authorization: [basicHeader('a', 'b'), basicHeader('a', 'b')] },
      'malformed-credentials'],
    ['a wrong password', { authorization: basicHeader('chaster', 's3cr3t-password') },
      'wrong-credentials'],
    ['a wrong username', { authorization: basicHeader('chaste', 's3cr3t-pässword') },
      'wrong-credentials'],
    ['a longer password', { authorization: basicHeader('chaster', 's3cr3t-pässword!') },
      'wrong-credentials'],
  ] as const)('refuses %s', (_label, headers, reason) => {
    expect(authReason({ basicAuth, headers })).toBe(reason);
  });

  it('checks credentials before reading the body', () => {
    const run = () => parseWebhook('not json', {
      basicAuth, headers: { authorization: basicHeader('x', 'y') },
    });

    expect(run).toThrow(ChasterWebhookAuthError);
  });

  it('never shows the expected or the presented credentials', () => {
    const presented = basicHeader('chaster', 'guessed-password');
    let error: unknown;
    try {
      parseWebhook(body, { basicAuth, headers: { authorization: presented } });
    } catch (caught) {
      error = caught;
    }

    const shown = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ''}`;
    for (const secret of ['s3cr3t', 'guessed-password', presented.slice(6)]) {
      expect(shown).not.toContain(secret);
    }
    expect(shown).toContain('Webhook credentials do not match');
  });

  it('refuses empty expected credentials as a usage error', () => {
    expect(() => parseWebhook(body, { basicAuth: { username: 'u', password: '' }, headers: {} }))
      .toThrow(ChasterUsageError);
  });
});
