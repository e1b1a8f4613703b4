import { ChasterUsageError } from './errors/usage.js';
import { redact, redactValue } from './errors/redact.js';

/** How much the SDK logs, from nothing (`off`) to every request (`debug`). */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** The levels a line can be written at. */
export type LogLineLevel = Exclude<LogLevel, 'off'>;

/**
 * Where log lines go. `console` fits, and so do pino, winston and bunyan loggers. The SDK calls it
 * only with redacted text and fields; it should not throw (if it does, the line is dropped).
 */
export interface ChasterLogger {
  /** A failure the caller will also see as an error. */
  error(message: string, fields?: Record<string, unknown>): void;

  /** Something surprising that the SDK recovered from (a retry, a deprecated field). */
  warn(message: string, fields?: Record<string, unknown>): void;

  /** One line per request outcome. */
  info(message: string, fields?: Record<string, unknown>): void;

  /** Details for debugging: each attempt, each wait. */
  debug(message: string, fields?: Record<string, unknown>): void;
}

/** Options of {@link createLog}. */
export interface CreateLogOptions {
  /**
   * Where lines go.
   * @default console
   */
  logger?: ChasterLogger | undefined;

  /**
   * The most detailed level written. When not given, the `CHASTER_LOG` environment variable is
   * read (an unknown value there is ignored), then `'off'`: the SDK is silent unless asked.
   * @default process.env.CHASTER_LOG ?? 'off'
   * @example
   * ```ts
   * createChasterClient({ token, logLevel: 'debug' });
   * ```
   */
  level?: LogLevel | undefined;
}

/** The SDK's internal log: checks the level, redacts, then hands the line to the logger. */
export interface Log {
  /** The level in effect. */
  readonly level: LogLevel;

  /**
   * Tells whether a line at `level` would be written. Check it before building costly fields;
   * it allocates nothing.
   */
  enabled(level: LogLineLevel): boolean;

  /** Writes an error line. */
  error(message: string, fields?: Record<string, unknown>): void;

  /** Writes a warning line. */
  warn(message: string, fields?: Record<string, unknown>): void;

  /** Writes an information line. */
  info(message: string, fields?: Record<string, unknown>): void;

  /** Writes a debug line. */
  debug(message: string, fields?: Record<string, unknown>): void;
}

const SEVERITY: Readonly<Record<LogLevel, number>> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(SEVERITY, value);
}

/** Reads `CHASTER_LOG` where a `process` exists; browsers and workers have none. */
function levelFromEnvironment(): LogLevel | undefined {
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } })
    .process?.env;
  const value = environment?.['CHASTER_LOG']?.trim().toLowerCase();

  return isLogLevel(value) ? value : undefined;
}

/**
 * Writes to the console method of `level`, looked up on each call so that a console replaced
 * later (by a test) is used. No fields means no second argument, as a hand-written line would.
 */
function consoleLine(level: LogLineLevel): ChasterLogger[LogLineLevel] {
  return (message, fields) => {
    if (fields === undefined) console[level](message);
    else console[level](message, fields);
  };
}

const consoleLogger: ChasterLogger = {
  error: consoleLine('error'),
  warn: consoleLine('warn'),
  info: consoleLine('info'),
  debug: consoleLine('debug'),
};

/**
 * Creates the log the SDK writes through. Lines read `chaster-sdk <message>` and carry a fields
 * object when one is given; both are redacted before the logger sees them.
 *
 * @param options - The logger and level; see {@link CreateLogOptions}.
 * @returns A {@link Log} whose methods return at once when their level is off.
 * @throws {@link ChasterUsageError} when `level` is not a known level.
 * @example
 * ```ts
 * const log = createLog({ level: 'info' });
 * log.info('GET /locks 200', { requestId, ms: 84 });
 * // console.info('chaster-sdk GET /locks 200', { requestId: '…', ms: 84 })
 * ```
 */
export function createLog(options: CreateLogOptions = {}): Log {
  if (options.level !== undefined && !isLogLevel(options.level)) {
    throw new ChasterUsageError(`Unknown log level: ${String(options.level)}`);
  }

  const level = options.level ?? levelFromEnvironment() ?? 'off';
  const threshold = SEVERITY[level];
  const logger = options.logger ?? consoleLogger;

  const write = (lineLevel: LogLineLevel, message: string, fields?: Record<string, unknown>) => {
    if (SEVERITY[lineLevel] > threshold) return;

    const line = `chaster-sdk ${redact(message)}`;
    try {
      if (fields === undefined) logger[lineLevel](line);
      else logger[lineLevel](line, redactValue(fields) as Record<string, unknown>);
    } catch {
      // A broken logger must not turn a successful API call into a failure.
    }
  };

  return {
    level,
    enabled: (lineLevel) => SEVERITY[lineLevel] <= threshold,
    error: (message, fields) => write('error', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    info: (message, fields) => write('info', message, fields),
    debug: (message, fields) => write('debug', message, fields),
  };
}
