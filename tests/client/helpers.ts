import { vi } from 'vitest';
import nock from 'nock';
import type { ChasterLogger } from '../../src/logging.js';

/** The API root every nock scope in these tests intercepts. */
export const API = 'https://api.chaster.app';

/** A token distinctive enough to search for in errors and log lines. */
export const SECRET_TOKEN = 'tok_SECRET_5f1d2c3b4a_DO_NOT_LEAK';

/** A logger that keeps its lines for assertions. */
export interface RecordingLogger extends ChasterLogger {
  lines: { level: string; message: string; fields: Record<string, unknown> | undefined }[];
}

/** Creates a {@link RecordingLogger}. */
export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };

  return {
    lines,
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: record('debug'),
  };
}

/** The waits announced by the client's retry warnings, in order. */
export function retryWaits(logger: RecordingLogger): number[] {
  return logger.lines
    .filter((line) => line.level === 'warn' && line.message.includes('Retrying'))
    .map((line) => Number(line.fields?.['waitMs']));
}

/** Blocks real connections except to loopback, where the fault server lives. */
export function isolateNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
}

/** Removes interceptors and lets the next test start clean. */
export function resetNetwork(): void {
  nock.cleanAll();
  nock.enableNetConnect();
}

/**
 * Drives vitest's fake clock until `promise` settles: lets real I/O (nock, sockets) progress,
 * then jumps to the next timer. Use with `timeout: false`, or the timeout timer is the next one.
 */
export async function settleWithFakeTime<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  const tracked = promise.finally(() => {
    settled = true;
  });
  tracked.catch(() => undefined);

  for (let step = 0; step < 500 && !settled; step += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!settled) await vi.advanceTimersToNextTimerAsync();
  }
  return tracked;
}
