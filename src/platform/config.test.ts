import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAIL_FROM, readConfig } from './config.ts';

const cwd = '/srv/vezel';

describe('delivery settings', () => {
  it('defaults: no automation, no SMTP, e-mail written to the outbox beside the data folder', () => {
    expect(readConfig({}, cwd).delivery).toEqual({
      provisioning: undefined,
      smtpUrl: undefined,
      mailFrom: DEFAULT_MAIL_FROM,
      outboxDir: path.join(cwd, 'data', 'outbox'),
    });
    expect(readConfig({ VEZEL_DATA: '/var/lib/vezel' }, cwd).delivery.outboxDir).toBe(
      '/var/lib/vezel/outbox',
    );
  });

  it('on a PostgreSQL server, ./outbox; VEZEL_OUTBOX wins either way', () => {
    const onServer = { DATABASE_URL: 'postgres://vezel@db/vezel' };
    expect(readConfig(onServer, cwd).delivery.outboxDir).toBe(path.join(cwd, 'outbox'));
    expect(readConfig({ ...onServer, VEZEL_OUTBOX: 'mail' }, cwd).delivery.outboxDir).toBe(
      path.join(cwd, 'mail'),
    );
  });

  it('reads the automation, the SMTP server and the sender', () => {
    const delivery = readConfig(
      {
        VEZEL_PROVISIONING_URL: 'https://automation.example/jobs',
        VEZEL_PROVISIONING_SECRET: 'whsec_0123456789abcdef',
        VEZEL_SMTP_URL: 'smtp://user:pass@mail.example:587',
        VEZEL_MAIL_FROM: 'Glasnet NOC <noc@glasnet.example>',
      },
      cwd,
    ).delivery;
    expect(delivery).toMatchObject({
      provisioning: { url: 'https://automation.example/jobs', secret: 'whsec_0123456789abcdef' },
      smtpUrl: 'smtp://user:pass@mail.example:587',
      mailFrom: 'Glasnet NOC <noc@glasnet.example>',
    });
  });

  it('wants the provisioning URL and secret both or neither, and names every bad setting at once', () => {
    expect(() => readConfig({ VEZEL_PROVISIONING_URL: 'https://automation.example/jobs' }, cwd)).toThrow(
      'VEZEL_PROVISIONING_SECRET: is required with VEZEL_PROVISIONING_URL: the jobs are signed with it',
    );
    expect(() => readConfig({ VEZEL_PROVISIONING_SECRET: 'whsec_0123456789abcdef' }, cwd)).toThrow(
      /^VEZEL_PROVISIONING_URL: is required with VEZEL_PROVISIONING_SECRET/,
    );
    expect(() =>
      readConfig(
        {
          VEZEL_PROVISIONING_URL: 'ftp://automation.example',
          VEZEL_PROVISIONING_SECRET: 'x',
          VEZEL_SMTP_URL: 'mail.example:25',
          VEZEL_MAIL_FROM: 'nobody',
        },
        cwd,
      ),
    ).toThrow(
      expect.objectContaining({
        problems: [
          { field: 'VEZEL_PROVISIONING_URL', problem: 'must be an http:// or https:// URL' },
          { field: 'VEZEL_SMTP_URL', problem: 'must look like smtp://user:pass@host:587 or smtps://…' },
          { field: 'VEZEL_MAIL_FROM', problem: 'must be an address, e.g. Vezel <noreply@example.nl>' },
        ],
      }),
    );
  });
});

describe('the schedule setting', () => {
  it('runs the scheduled work in serve unless VEZEL_SCHEDULE=0; anything else is refused', () => {
    expect(readConfig({}, cwd).schedule).toBe(true);
    expect(readConfig({ VEZEL_SCHEDULE: '1' }, cwd).schedule).toBe(true);
    expect(readConfig({ VEZEL_SCHEDULE: '0' }, cwd).schedule).toBe(false);
    expect(() => readConfig({ VEZEL_SCHEDULE: 'off' }, cwd)).toThrow(/VEZEL_SCHEDULE: must be 1 .* or 0/);
  });
});

describe('the demo setting', () => {
  it('is on unless VEZEL_DEMO=0; anything else is refused, naming the setting', () => {
    expect(readConfig({}, cwd).demo).toBe(true);
    expect(readConfig({ VEZEL_DEMO: '1' }, cwd).demo).toBe(true);
    expect(readConfig({ VEZEL_DEMO: '0' }, cwd).demo).toBe(false);
    expect(() => readConfig({ VEZEL_DEMO: 'no' }, cwd)).toThrow(/VEZEL_DEMO: must be 1 .* or 0/);
  });
});
