/**
 * The bot's logger: one line per event, with fields as `key=value`. Every line passes through
 * `redact`, so the token cannot reach a log even when an error message quotes it.
 */
import { redact } from '../config.js';
import type { LogLevel } from '../config.js';

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export type Log = {
  readonly debug: (message: string, fields?: LogFields) => void;
  readonly info: (message: string, fields?: LogFields) => void;
  readonly warn: (message: string, fields?: LogFields) => void;
  readonly error: (message: string, fields?: LogFields) => void;
};

type Level = Exclude<LogLevel, 'silent'>;

const RANK = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const satisfies Record<LogLevel, number>;

export type LogOptions = {
  readonly level: LogLevel;
  /** Values that must never be written (the bot token). */
  readonly secrets: readonly string[];
  /** Where a finished line goes; stderr by default, so stdout stays free for the terminal chat. */
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
};

export function createLog(options: LogOptions): Log {
  const write = options.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const at = (level: Level) => (message: string, fields?: LogFields) => {
    if (RANK[level] < RANK[options.level]) return;
    const rendered = Object.entries(fields ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
      .join(' ');
    const line = `${now().toISOString()} ${level.toUpperCase()} ${message}${rendered === '' ? '' : ` ${rendered}`}`;
    write(redact(line, options.secrets));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything, for tests and benchmarks. */
/** A log that adds `fields` to every line. */
export function withFields(log: Log, fields: LogFields): Log {
  return {
    debug: (message, more) => log.debug(message, { ...fields, ...more }),
    info: (message, more) => log.info(message, { ...fields, ...more }),
    warn: (message, more) => log.warn(message, { ...fields, ...more }),
    error: (message, more) => log.error(message, { ...fields, ...more }),
  };
}

export const silentLog: Log = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The message of anything thrown, for a log field (never the stack: logs stay one line). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
