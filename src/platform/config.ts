import path from 'node:path';
import { InvalidInputError } from '../shared/errors/index.ts';

/** What the environment decides. Read once, in the composition root, never deeper down. */
export interface Config {
  /** The embedded store's folder; ignored when `databaseUrl` is set. */
  readonly dataDir: string;
  /** A PostgreSQL server (`postgres://…`); when absent the embedded PGlite store is used. */
  readonly databaseUrl: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export function readConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  return {
    dataDir: path.resolve(cwd, env.VEZEL_DATA || 'data'),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    port: readPort(env.PORT),
    host: env.HOST || '127.0.0.1',
    logLevel: readLogLevel(env.VEZEL_LOG_LEVEL),
  };
}

function readDatabaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new InvalidInputError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  }
  return value;
}

function readPort(value: string | undefined): number {
  if (!value) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new InvalidInputError('PORT', `'${value}' is not a port number (1–65535)`);
  }
  return port;
}

function readLogLevel(value: string | undefined): LogLevel {
  if (!value) return 'info';
  const level = logLevels.find((candidate) => candidate === value);
  if (!level) throw new InvalidInputError('VEZEL_LOG_LEVEL', `must be one of ${logLevels.join(', ')}`);
  return level;
}
