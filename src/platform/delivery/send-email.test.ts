import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeEml, openMailer, writeEml } from './send-email.ts';
import type { Email } from './send-email.ts';
import { headersOf } from './test-support.ts';

const email: Email = {
  id: 'M-42',
  from: 'Vezel <noreply@vezel.example>',
  to: 'techniek@klant.example',
  subject: 'Uw switch SN-1 moet terug vóór 2026-12-06',
  text: 'Lever de switch met sticker in.\nDank u.',
  date: Temporal.Instant.from('2026-11-22T11:00:00Z'),
  headers: { 'X-Vezel-Because': 'vn:1.6.5, vn:7.2.4' },
};

describe('composing an e-mail', () => {
  it('writes RFC 5322 with CRLF line ends, the Message-ID from the message id, and the rule ids', async () => {
    const eml = (await composeEml(email)).toString('utf8');
    expect(eml).not.toMatch(/[^\r]\n/);
    const headers = headersOf(eml);
    expect(headers).toMatchObject({
      from: 'Vezel <noreply@vezel.example>',
      to: 'techniek@klant.example',
      'message-id': '<M-42@vezel>',
      date: 'Sun, 22 Nov 2026 11:00:00 +0000',
      'x-vezel-because': 'vn:1.6.5, vn:7.2.4',
      'content-type': expect.stringMatching(/^text\/plain; charset=utf-8/),
    });
    // Non-ASCII subjects are encoded words (RFC 2047).
    expect(headers.subject).toMatch(/^=\?UTF-8\?Q\?/);
    expect(eml).toMatch(/Lever de switch met sticker in\./);
  });
});

describe('the .eml outbox', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-outbox-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('writes <id>.eml atomically, leaving no temporary file, and replaces it whole on a resend', async () => {
    const outbox = path.join(folder, 'nested', 'outbox');
    const file = await writeEml(outbox, email);
    expect(file).toBe(path.join(outbox, 'M-42.eml'));
    await writeEml(outbox, { ...email, text: 'second' });
    expect(fs.readdirSync(outbox)).toEqual(['M-42.eml']);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/\r\n\r\nsecond/);
  });

  it('refuses an id that would leave the folder', async () => {
    await expect(writeEml(folder, { ...email, id: '../M-1' })).rejects.toThrow(/cannot be a file name/);
  });

  it('is where the mailer writes without an SMTP server', async () => {
    const mailer = openMailer({ smtpUrl: undefined, outboxDir: folder });
    expect(await mailer.send(email)).toEqual({ via: 'eml', emlFile: path.join(folder, 'M-42.eml') });
    mailer.close();
  });
});

describe('sending through SMTP', () => {
  const received: { from: string; to: string[]; user: string | undefined; data: string }[] = [];
  let server: SMTPServer;
  let port: number;
  beforeAll(async () => {
    server = new SMTPServer({
      // A plain local test server: no TLS, so a password over plain text must be allowed here.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) =>
        auth.username === 'vezel' && auth.password === 's3cret'
          ? callback(null, { user: auth.username })
          : callback(new Error('invalid login')),
      onData: (stream, session, callback) => {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            user: typeof session.user === 'string' ? session.user : undefined,
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    received.length = 0;
  });

  it('hands the same message to the server, signed in with the URL’s user', async () => {
    const mailer = openMailer({
      smtpUrl: `smtp://vezel:s3cret@127.0.0.1:${port}`,
      outboxDir: '/nonexistent',
    });
    expect(await mailer.send(email)).toEqual({ via: 'smtp' });
    mailer.close();
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail).toMatchObject({
      from: 'noreply@vezel.example',
      to: ['techniek@klant.example'],
      user: 'vezel',
    });
    expect(headersOf(mail!.data)).toMatchObject({
      'message-id': '<M-42@vezel>',
      'x-vezel-because': 'vn:1.6.5, vn:7.2.4',
    });
  });

  it('fails with the server’s reason when it refuses the login', async () => {
    const mailer = openMailer({ smtpUrl: `smtp://vezel:wrong@127.0.0.1:${port}`, outboxDir: '/nonexistent' });
    await expect(mailer.send(email)).rejects.toThrow(/invalid login/i);
    mailer.close();
    expect(received).toHaveLength(0);
  });
});
