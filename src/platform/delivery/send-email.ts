import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import type { Temporal } from 'temporal-polyfill';

/** A plain-text e-mail as the outbox holds it. */
export interface Email {
  /** The message id: the `.eml` file's name and the `Message-ID` (`<id@vezel>`). */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly date: Temporal.Instant;
  /** Extra headers, e.g. `X-Vezel-Because`. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface MailSettings {
  /** `smtp://user:pass@host:587`; absent: each e-mail is written as `<outboxDir>/<id>.eml`. */
  readonly smtpUrl: string | undefined;
  readonly outboxDir: string;
}

/** Where an e-mail went: to an SMTP server, or into the outbox folder as a file. */
export type EmailSent = { readonly via: 'smtp' } | { readonly via: 'eml'; readonly emlFile: string };

export interface Mailer {
  send(email: Email): Promise<EmailSent>;
  close(): void;
}

/** Short timeouts: a delivery run waits on a stuck server at most this long per e-mail. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The SMTP server when one is configured, otherwise the outbox folder the back office shows. */
export function openMailer(settings: MailSettings): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport({ url: settings.smtpUrl, ...SMTP_TIMEOUTS });
    return {
      send: async (email) => {
        await transport.sendMail(mailOptions(email));
        return { via: 'smtp' };
      },
      close: () => transport.close(),
    };
  }
  return {
    send: async (email) => ({ via: 'eml', emlFile: await writeEml(settings.outboxDir, email) }),
    close: () => {},
  };
}

/** The e-mail as RFC 5322 text (CRLF line ends), exactly as SMTP would carry it. */
export async function composeEml(email: Email): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail(mailOptions(email));
  if (!Buffer.isBuffer(info.message)) throw new Error('the e-mail was not composed into a buffer');
  return info.message;
}

/**
 * Writes `<outboxDir>/<id>.eml` atomically: to a temporary name first, then renamed, so the back
 * office never shows half a file, and a second delivery of the same message replaces it whole.
 */
export async function writeEml(outboxDir: string, email: Email): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(email.id))
    throw new RangeError(`message id ${JSON.stringify(email.id)} cannot be a file name`);
  await fs.mkdir(outboxDir, { recursive: true });
  const file = path.join(outboxDir, `${email.id}.eml`);
  const temporary = path.join(outboxDir, `.${email.id}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, await composeEml(email), { flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  return path.resolve(file);
}

function mailOptions(email: Email): SendMailOptions {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    date: new Date(email.date.epochMilliseconds),
    messageId: `<${email.id}@vezel>`,
    headers: { ...email.headers },
  };
}
