import type { LogLevel } from '../../platform/config.ts';

const ranks: Record<LogLevel, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: 99,
};

export interface JsonLinesLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * A log of one JSON object per line on stdout (`time`, `level`, `msg` and the details), as a log
 * shipper reads them; lines below `level` (VEZEL_LOG_LEVEL) are left out.
 */
export function jsonLinesLog(
  level: LogLevel,
  write = (line: string) => process.stdout.write(line),
): JsonLinesLog {
  const at = (name: 'info' | 'warn' | 'error') => (details: object, message: string) => {
    if (ranks[name] < ranks[level]) return;
    const line = { time: new Date().toISOString(), level: name, msg: message, ...details };
    write(
      `${JSON.stringify(line, (_key, value: unknown) => (value instanceof Error ? value.message : value))}\n`,
    );
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
