import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import {
  CHASTER_ERROR_BRAND,
  ChasterAbortError,
  ChasterApiError,
  ChasterConnectionError,
  ChasterError,
  ChasterNotFoundError,
  ChasterResponseError,
  ChasterTimeoutError,
  ChasterUsageError,
  isChasterError,
} from '../../src/errors/index.js';

describe('the error family', () => {
  it('sets a distinct name on every class', () => {
    const errors = [
      new ChasterError('a'),
      new ChasterUsageError('b'),
      new ChasterConnectionError('c', {}),
      new ChasterTimeoutError('d', { timeout: 5 }),
      new ChasterAbortError('e', {}),
      new ChasterResponseError('f', { status: 200, method: 'GET', path: '/locks' }),
    ];

    expect(errors.map((error) => error.name)).toEqual([
      'ChasterError',
      'ChasterUsageError',
      'ChasterConnectionError',
      'ChasterTimeoutError',
      'ChasterAbortError',
      'ChasterResponseError',
    ]);
    expect(errors[1]?.stack?.startsWith('ChasterUsageError: b')).toBe(true);
  });

  it('supports instanceof through the hierarchy', () => {
    const options = { status: 404, method: 'get', path: '/x' };

    const error = new ChasterNotFoundError('404 x: GET /x', options);

    expect(error).toBeInstanceOf(ChasterNotFoundError);
    expect(error).toBeInstanceOf(ChasterApiError);
    expect(error).toBeInstanceOf(ChasterError);
    expect(error).toBeInstanceOf(Error);
    expect(error.method).toBe('GET');
  });

  it('keeps the original error as the standard cause', () => {
    const original = new TypeError('fetch failed');

    const error = new ChasterConnectionError('Connection failed: GET /locks', {
      cause: original,
      method: 'GET',
      path: '/locks',
    });

    expect(error.cause).toBe(original);
    expect(error.toJSON()).toEqual({
      name: 'ChasterConnectionError',
      message: 'Connection failed: GET /locks',
      cause: { name: 'TypeError', message: 'fetch failed' },
      method: 'GET',
      path: '/locks',
      timeout: undefined,
    });
  });

  it('has no cause property when none was given', () => {
    expect('cause' in new ChasterUsageError('x')).toBe(false);
  });

  it('redacts credentials from messages, stacks and serialized causes', () => {
    const error = new ChasterUsageError('bad header Authorization: Bearer sk-123456', {
      cause: new Error('refresh_token=rt-98765'),
    });

    const serialized = JSON.stringify(error.toJSON());

    expect(error.message).not.toContain('sk-123456');
    expect(error.stack).not.toContain('sk-123456');
    expect(serialized).not.toContain('sk-123456');
    expect(serialized).not.toContain('rt-98765');
  });
});

describe('isChasterError', () => {
  it('recognises SDK errors and rejects others', () => {
    expect(isChasterError(new ChasterTimeoutError('t', {}))).toBe(true);
    expect(isChasterError(new Error('plain'))).toBe(false);
    expect(isChasterError(null)).toBe(false);
    expect(isChasterError('ChasterError')).toBe(false);
  });

  it('recognises an error from another copy of the package by its brand', () => {
    const foreign = Object.assign(new Error('other copy'), {
      [Symbol.for('chaster-sdk.error')]: true,
    });

    expect(foreign instanceof ChasterError).toBe(false);
    expect(isChasterError(foreign)).toBe(true);
  });

  it('recognises a branded error made in another realm', () => {
    const foreign: unknown = vm.runInNewContext(
      'const e = new Error("x"); e[Symbol.for("chaster-sdk.error")] = true; e',
    );

    expect(foreign instanceof Error).toBe(false);
    expect(isChasterError(foreign)).toBe(true);
  });

  it('keeps the brand out of enumerable properties', () => {
    const error = new ChasterUsageError('x');

    expect(Object.keys(error)).not.toContain(CHASTER_ERROR_BRAND);
    expect(Object.getOwnPropertySymbols(error)).toContain(CHASTER_ERROR_BRAND);
  });
});
