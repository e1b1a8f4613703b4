import { afterEach, describe, expect, it, vi } from 'vitest';

import { ChasterUsageError } from '../src/errors/usage.js';
import { createLog, type ChasterLogger } from '../src/logging.js';

function recordingLogger() {
  const lines: Array<[string, string, Record<string, unknown> | undefined]> = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push([level, message, fields]);
  };
  const logger: ChasterLogger = {
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
  };
  return { lines, logger };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('createLog', () => {
  it('is silent by default', () => {
    vi.stubEnv('CHASTER_LOG', '');
    const { lines, logger } = recordingLogger();

    const log = createLog({ logger });
    log.error('boom');

    expect(log.level).toBe('off');
    expect(log.enabled('error')).toBe(false);
    expect(lines).toEqual([]);
  });

  it('writes lines at or above the chosen level with the sdk prefix', () => {
    const { lines, logger } = recordingLogger();

    const log = createLog({ logger, level: 'info' });
    log.debug('hidden');
    log.info('GET /locks 200', { ms: 84 });
    log.warn('retrying');
    log.error('failed', { status: 500 });

    expect(lines).toEqual([
      ['info', 'chaster-sdk GET /locks 200', { ms: 84 }],
      ['warn', 'chaster-sdk retrying', undefined],
      ['error', 'chaster-sdk failed', { status: 500 }],
    ]);
    expect(log.enabled('debug')).toBe(false);
    expect(log.enabled('info')).toBe(true);
  });

  it('reads the level from CHASTER_LOG when no option is given', () => {
    vi.stubEnv('CHASTER_LOG', 'DEBUG');

    expect(createLog({}).level).toBe('debug');
    expect(createLog({ level: 'warn' }).level).toBe('warn');
  });

  it('ignores an unknown CHASTER_LOG value', () => {
    vi.stubEnv('CHASTER_LOG', 'verbose');

    expect(createLog().level).toBe('off');
  });

  it('refuses an unknown level option', () => {
    expect(() => createLog({ level: 'loud' as never })).toThrow(ChasterUsageError);
  });

  it('redacts the message and the fields before the logger sees them', () => {
    const { lines, logger } = recordingLogger();

    const log = createLog({ logger, level: 'debug' });
    log.debug('sending Authorization: Bearer tok-123', {
      headers: { authorization: 'Bearer tok-123' },
      tokens: { refreshToken: 'rt-456' },
    });

    expect(lines).toEqual([
      [
        'debug',
        'chaster-sdk sending Authorization: [redacted]',
        { headers: { authorization: '[redacted]' }, tokens: { refreshToken: '[redacted]' } },
      ],
    ]);
  });

  it('does not touch the fields when the level is off', () => {
    const { logger } = recordingLogger();
    const fields = {};
    const read = vi.fn(() => 'value');
    Object.defineProperty(fields, 'costly', { get: read, enumerable: true });

    createLog({ logger, level: 'error' }).debug('x', fields);

    expect(read).not.toHaveBeenCalled();
  });

  it('keeps going when the logger throws', () => {
    const logger: ChasterLogger = {
      error: () => {
        throw new Error('disk full');
      },
      warn: () => undefined,
      info: () => undefined,
      debug: () => undefined,
    };

    expect(() => createLog({ logger, level: 'error' }).error('x')).not.toThrow();
  });

  it('writes to console by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    createLog({ level: 'warn' }).warn('slow', { ms: 900 });

    expect(warn).toHaveBeenCalledWith('chaster-sdk slow', { ms: 900 });
  });
});
