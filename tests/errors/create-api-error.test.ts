import { describe, expect, it } from 'vitest';

import {
  ChasterApiError,
  ChasterAuthenticationError,
  ChasterBadRequestError,
  ChasterConflictError,
  ChasterNotFoundError,
  ChasterPermissionError,
  ChasterRateLimitError,
  ChasterServerError,
  ChasterUnprocessableError,
  createApiError,
} from '../../src/errors/index.js';

const NOW = Date.parse('2025-03-01T12:00:00.000Z');

const EMPTY_RESPONSE = { body: undefined, headers: new Headers(), method: 'GET', path: '/' };

function nestBody(statusCode: number, message: string | string[], error = 'Error') {
  return { statusCode, message, error };
}

describe('createApiError', () => {
  it('builds the message from Chaster\'s message, method and path template', () => {
    const error = createApiError({
      status: 404,
      body: nestBody(404, 'Lock not found', 'Not Found'),
      headers: new Headers({ 'x-chaster-transaction-id': 'tx-1' }),
      method: 'get',
      path: '/locks/{lockId}',
    });

    expect(error).toBeInstanceOf(ChasterNotFoundError);
    expect(error.message).toBe('404 Lock not found: GET /locks/{lockId}');
    expect(error.serverMessage).toBe('Lock not found');
    expect(error.requestId).toBe('tx-1');
    expect(error.method).toBe('GET');
    expect(error.path).toBe('/locks/{lockId}');
  });

  it('joins a list of validation messages with semicolons', () => {
    const error = createApiError({
      status: 400,
      body: nestBody(400, ['duration must be a number', 'reason should not be empty']),
      headers: new Headers(),
      method: 'POST',
      path: '/locks/{lockId}/extensions/{extensionId}/action',
    });

    expect(error).toBeInstanceOf(ChasterBadRequestError);
    expect(error.message).toBe(
      '400 duration must be a number; reason should not be empty: ' +
        'POST /locks/{lockId}/extensions/{extensionId}/action',
    );
    expect(error.serverMessage).toEqual([
      'duration must be a number',
      'reason should not be empty',
    ]);
  });

  it('uses the status text when the body has no message', () => {
    const base = { headers: new Headers(), method: 'GET', path: '/locks' };

    expect(createApiError({ ...base, status: 403, body: undefined }).message).toBe(
      '403 Forbidden: GET /locks',
    );
    expect(createApiError({ ...base, status: 418, body: '', statusText: 'Teapot' }).message).toBe(
      '418 Teapot: GET /locks',
    );
    expect(createApiError({ ...base, status: 499, body: { message: 7 } }).message).toBe(
      '499 HTTP error: GET /locks',
    );
  });

  it('parses a JSON body given as text', () => {
    const error = createApiError({
      status: 409,
      body: JSON.stringify(nestBody(409, 'Lock already archived')),
      headers: new Headers(),
      method: 'POST',
      path: '/locks/{lockId}/archive',
    });

    expect(error).toBeInstanceOf(ChasterConflictError);
    expect(error.body).toEqual(nestBody(409, 'Lock already archived'));
  });

  it.each([
    [400, ChasterBadRequestError],
    [401, ChasterAuthenticationError],
    [403, ChasterPermissionError],
    [404, ChasterNotFoundError],
    [409, ChasterConflictError],
    [422, ChasterUnprocessableError],
    [429, ChasterRateLimitError],
    [500, ChasterServerError],
    [503, ChasterServerError],
    [599, ChasterServerError],
  ])('picks the subclass for status %i', (status, expected) => {
    const error = createApiError({ ...EMPTY_RESPONSE, status });

    expect(error).toBeInstanceOf(expected);
    expect(error.name).toBe(expected.name);
  });

  it('falls back to the plain API error for other statuses', () => {
    const error = createApiError({ ...EMPTY_RESPONSE, status: 410 });

    expect(error.constructor).toBe(ChasterApiError);
    expect(error.name).toBe('ChasterApiError');
  });

  it('redacts a token the server echoed back in the message and body', () => {
    const error = createApiError({
      status: 400,
      body: {
        message: 'bad token Bearer tok-abcdef',
        refresh_token: 'rt-123',
        nested: { token: 't' },
      },
      headers: new Headers(),
      method: 'POST',
      path: '/x',
    });

    const everything = `${error.message} ${error.stack} ${JSON.stringify(error.toJSON())}`;

    expect(everything).not.toContain('tok-abcdef');
    expect(everything).not.toContain('rt-123');
    expect(error.body).toEqual({
      message: 'bad token Bearer [redacted]',
      refresh_token: '[redacted]',
      nested: { token: '[redacted]' },
    });
  });

  it('serializes to a plain object with the request facts and no headers', () => {
    const error = createApiError({
      status: 404,
      body: nestBody(404, 'Lock not found'),
      headers: new Headers({ 'x-chaster-transaction-id': 'tx-9', authorization: 'Bearer s' }),
      method: 'GET',
      path: '/locks/{lockId}',
    });

    expect(error.toJSON()).toEqual({
      name: 'ChasterNotFoundError',
      message: '404 Lock not found: GET /locks/{lockId}',
      status: 404,
      serverMessage: 'Lock not found',
      requestId: 'tx-9',
      method: 'GET',
      path: '/locks/{lockId}',
      body: nestBody(404, 'Lock not found'),
    });
  });

  it('exposes the extra fields of a 422 body as details', () => {
    const error = createApiError({
      status: 422,
      body: {
        statusCode: 422,
        message: 'No action remaining',
        nbActionsRemaining: 0,
        nextActionDate: '2025-03-02T00:00:00.000Z',
      },
      headers: new Headers(),
      method: 'POST',
      path: '/api/extensions/sessions/{sessionId}/regular-actions',
    });

    expect(error).toBeInstanceOf(ChasterUnprocessableError);
    expect((error as ChasterUnprocessableError).details).toEqual({
      nbActionsRemaining: 0,
      nextActionDate: '2025-03-02T00:00:00.000Z',
    });
  });

  it('reads Retry-After and the rate-limit headers of a 429', () => {
    const error = createApiError({
      status: 429,
      body: nestBody(429, 'ThrottlerException: Too Many Requests'),
      headers: new Headers({
        'retry-after': '3',
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1740830460',
      }),
      method: 'GET',
      path: '/locks',
      now: NOW,
    });

    expect(error).toBeInstanceOf(ChasterRateLimitError);
    const rateLimited = error as ChasterRateLimitError;
    expect(rateLimited.retryAfterMs).toBe(3000);
    expect(rateLimited.rateLimit).toEqual({
      limit: 100,
      remaining: 0,
      reset: new Date('2025-03-01T12:01:00.000Z'),
    });
  });

  it('derives the wait of a 429 from the reset header when Retry-After is missing', () => {
    const headers = new Headers({ 'x-ratelimit-reset': '45' });

    const error = createApiError({ ...EMPTY_RESPONSE, status: 429, headers, now: NOW });

    expect((error as ChasterRateLimitError).retryAfterMs).toBe(45_000);
  });

  it('leaves the wait of a 429 undefined when the server gave no hint', () => {
    const error = createApiError({ ...EMPTY_RESPONSE, status: 429 });

    expect((error as ChasterRateLimitError).retryAfterMs).toBeUndefined();
    expect((error as ChasterRateLimitError).rateLimit).toEqual({});
  });
});
