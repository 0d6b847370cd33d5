import path from 'node:path';
import { InvalidInputError } from '../shared/errors/index.ts';
import type { FieldProblem } from '../shared/errors/index.ts';

/** What the environment decides. Read once, in the composition root, never deeper down. */
export interface Config {
  /** The embedded store's folder; ignored when `databaseUrl` is set. */
  readonly dataDir: string;
  /** A PostgreSQL server (`postgres://…`); when absent the embedded PGlite store is used. */
  readonly databaseUrl: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  /** Where the outboxes deliver: the network automation, and e-mail. */
  readonly delivery: DeliveryConfig;
  /** `vezel serve` loads the demo operator into an empty embedded store (VEZEL_DEMO, default 1). */
  readonly demo: boolean;
  /**
   * `vezel serve` on the embedded store runs the scheduled work itself (the daily cycle, the SLA
   * watch), as no `vezel worker` can run beside it (VEZEL_SCHEDULE, default 1).
   */
  readonly schedule: boolean;
}

/** The operator's network automation, which receives provisioning jobs as signed webhooks. */
export interface ProvisioningEndpoint {
  readonly url: string;
  readonly secret: string;
}

export interface DeliveryConfig {
  /** Absent: provisioning jobs wait, and an engineer confirms them by hand. */
  readonly provisioning: ProvisioningEndpoint | undefined;
  /** `smtp://user:pass@host:587` or `smtps://…`; absent: e-mail is written as `.eml` files to `outboxDir`. */
  readonly smtpUrl: string | undefined;
  /** The `From` of every e-mail, e.g. `Vezel <noreply@localhost>`. */
  readonly mailFrom: string;
  readonly outboxDir: string;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export const DEFAULT_MAIL_FROM = 'Vezel <noreply@localhost>';

export function readConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const dataDir = path.resolve(cwd, env.VEZEL_DATA || 'data');
  const databaseUrl = readDatabaseUrl(env.DATABASE_URL);
  return {
    dataDir,
    databaseUrl,
    port: readPort(env.PORT),
    host: env.HOST || '127.0.0.1',
    logLevel: readLogLevel(env.VEZEL_LOG_LEVEL),
    // The outbox sits beside the embedded store; a PostgreSQL deployment has no data folder.
    delivery: readDeliveryConfig(env, cwd, databaseUrl ? cwd : dataDir),
    demo: readSwitch('VEZEL_DEMO', env.VEZEL_DEMO, 'load the demo into an empty store', 'start empty'),
    schedule: readSwitch(
      'VEZEL_SCHEDULE',
      env.VEZEL_SCHEDULE,
      'serve on the embedded store runs the daily cycle and the SLA watch',
      'it does not',
    ),
  };
}

/** The delivery settings; every problem at once, so a deployment is fixed in one go. */
export function readDeliveryConfig(
  env: NodeJS.ProcessEnv,
  cwd: string,
  outboxParent: string,
): DeliveryConfig {
  const problems: FieldProblem[] = [];
  const check = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const provisioning = check(() =>
    readProvisioning(env.VEZEL_PROVISIONING_URL, env.VEZEL_PROVISIONING_SECRET),
  );
  const smtpUrl = check(() => readSmtpUrl(env.VEZEL_SMTP_URL));
  const mailFrom = check(() => readMailFrom(env.VEZEL_MAIL_FROM));
  if (problems.length > 0) throw new InvalidInputError(problems);
  return {
    provisioning,
    smtpUrl,
    mailFrom: mailFrom ?? DEFAULT_MAIL_FROM,
    outboxDir: env.VEZEL_OUTBOX ? path.resolve(cwd, env.VEZEL_OUTBOX) : path.join(outboxParent, 'outbox'),
  };
}

function readProvisioning(
  url: string | undefined,
  secret: string | undefined,
): ProvisioningEndpoint | undefined {
  if (!url && !secret) return undefined;
  if (!url)
    throw new InvalidInputError(
      'VEZEL_PROVISIONING_URL',
      'is required with VEZEL_PROVISIONING_SECRET: set both, or neither to confirm jobs by hand',
    );
  if (!secret)
    throw new InvalidInputError(
      'VEZEL_PROVISIONING_SECRET',
      'is required with VEZEL_PROVISIONING_URL: the jobs are signed with it',
    );
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // answered below
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
    throw new InvalidInputError('VEZEL_PROVISIONING_URL', 'must be an http:// or https:// URL');
  return { url: parsed.toString(), secret };
}

function readSmtpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^smtps?:\/\/[^/]/.test(value)) {
    throw new InvalidInputError('VEZEL_SMTP_URL', 'must look like smtp://user:pass@host:587 or smtps://…');
  }
  return value;
}

function readMailFrom(value: string | undefined): string {
  if (!value) return DEFAULT_MAIL_FROM;
  // `Name <address>` or a bare address; nodemailer encodes the name.
  if (!/^([^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/.test(value.trim()))
    throw new InvalidInputError('VEZEL_MAIL_FROM', 'must be an address, e.g. Vezel <noreply@example.nl>');
  return value.trim();
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

/** An on/off setting, on unless set to 0; anything else is refused, naming the setting and both meanings. */
function readSwitch(name: string, value: string | undefined, on: string, off: string): boolean {
  if (value === undefined || value === '' || value === '1') return true;
  if (value === '0') return false;
  throw new InvalidInputError(name, `must be 1 (${on}) or 0 (${off})`);
}

function readLogLevel(value: string | undefined): LogLevel {
  if (!value) return 'info';
  const level = logLevels.find((candidate) => candidate === value);
  if (!level) throw new InvalidInputError('VEZEL_LOG_LEVEL', `must be one of ${logLevels.join(', ')}`);
  return level;
}
