import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import type { Context } from '../../platform/context.ts';
import { DEFAULT_MAIL_FROM } from '../../platform/config.ts';
import { RETRY_POLICY } from '../../platform/delivery/retry-schedule.ts';
import { headersOf, startReceiver, steppingClock } from '../../platform/delivery/test-support.ts';
import type { Receiver, SteppingClock } from '../../platform/delivery/test-support.ts';
import { providers } from '../../providers/schema.ts';
import { messages } from '../schema.ts';
import { deliverMessages } from './deliver-messages.ts';
import { getMessage, listMessageViews, readMessageEml } from './get-message.ts';
import { notifyCustomer, notifyProvider } from './notify.ts';
import type { Notice } from './notify.ts';
import { retryMessage } from './retry-message.ts';

const providerSecret = 'whsec_provider_0123456789abcdef';
const worker = { id: 'system', origin: 'worker' };
const planned: Notice = {
  kind: 'order-planned',
  about: 'network-order:NO-3',
  subject: 'Order NO-3 is planned for 2026-12-07',
  body: 'The connection of order NO-3 is planned for 2026-12-07.',
  because: ['vn:1.5.3'],
  payload: { plannedOn: '2026-12-07' },
};

describeEachStore('delivering messages', (database) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-messages-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  let clock: SteppingClock;
  let receiver: Receiver;
  let context: Context;
  let outboxDir: string;
  const settings = () => ({ smtpUrl: undefined, mailFrom: DEFAULT_MAIL_FROM, outboxDir });

  beforeAll(() => seedCustomers(database().db, ['CUST-1']));
  beforeEach(async () => {
    await database().db.delete(messages);
    await database().db.delete(providers);
    clock = steppingClock(Temporal.PlainDate.from('2026-11-22'));
    receiver = await startReceiver(providerSecret, clock);
    context = { db: database().db, clock, actor: worker };
    outboxDir = fs.mkdtempSync(path.join(folder, 'outbox-'));
  });
  afterEach(() => receiver.close());

  const addProvider = async (secret: string | null) => {
    const [row] = await database()
      .db.insert(providers)
      .values({
        name: 'Glasklaar Internet',
        email: 'noc@glasklaar.example',
        webhookUrl: receiver.url,
        webhookSecret: secret,
        admittedOn: '2026-01-01',
        createdAt: '2026-01-01T00:00:00Z',
      })
      .returning();
    return row!.id;
  };

  it("writes an e-mail as <outbox>/<id>.eml, parseable, and keeps it on the customer's timeline", async () => {
    const [queued] = await notifyCustomer(database().db, context, 'CUST-1', ['technical'], planned);
    clock.advance({ minutes: 5 });
    expect(await deliverMessages(context, settings())).toEqual({ delivered: 1, retrying: 0, failed: 0 });

    const file = path.join(outboxDir, `${queued!.id}.eml`);
    const eml = fs.readFileSync(file, 'utf8');
    expect(headersOf(eml)).toMatchObject({
      from: DEFAULT_MAIL_FROM,
      to: 'cust-1@customer.example',
      subject: 'Order NO-3 is planned for 2026-12-07',
      date: 'Sun, 22 Nov 2026 11:05:00 +0000',
      'message-id': `<${queued!.id}@vezel>`,
      'x-vezel-because': 'vn:1.5.3',
    });
    expect(eml).toContain('The connection of order NO-3 is planned for 2026-12-07.');

    const sent = await getMessage(database().db, queued!.id);
    expect(sent).toMatchObject({
      state: 'sent',
      attempts: 1,
      sentAt: '2026-11-22T11:05:00Z',
      emlUrl: `/messages/${queued!.id}/eml`,
      nextAttemptAt: null,
    });
    expect((await readMessageEml(database().db, queued!.id)).content.toString('utf8')).toBe(eml);
    expect((await listMessageViews(database().db, { customerId: 'CUST-1' })).map((m) => m.id)).toEqual([
      queued!.id,
    ]);
    // Sent is sent: the next pass sends nothing again.
    expect(await deliverMessages(context, settings())).toEqual({ delivered: 0, retrying: 0, failed: 0 });
  });

  it("sends a provider's webhook signed with that provider's secret, and its e-mail", async () => {
    const providerId = await addProvider(providerSecret);
    const queued = await notifyProvider(database().db, context, providerId, 'CUST-1', planned);
    expect(queued.map((m) => m.channel)).toEqual(['email', 'webhook']);
    const webhook = queued[1]!;
    expect(await deliverMessages(context, settings())).toEqual({ delivered: 2, retrying: 0, failed: 0 });
    expect(receiver.received).toEqual([
      expect.objectContaining({
        deliveryId: webhook.id,
        verified: true,
        body: {
          id: webhook.id,
          kind: 'order-planned',
          about: 'network-order:NO-3',
          payload: { kind: 'order-planned', about: 'network-order:NO-3', plannedOn: '2026-12-07' },
          createdAt: '2026-11-22T11:00:00Z',
        },
      }),
    ]);
    expect(await getMessage(database().db, webhook.id)).toMatchObject({ state: 'sent', emlUrl: null });
    await expect(readMessageEml(database().db, webhook.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await listMessageViews(database().db, { providerId })).map((m) => m.state)).toEqual([
      'sent',
      'sent',
    ]);
  });

  it('retries a webhook the provider refused, and gives up after the last attempt; retried by hand', async () => {
    const providerId = await addProvider(providerSecret);
    const [, webhook] = await notifyProvider(database().db, context, providerId, null, planned);
    receiver.answers = Array.from({ length: RETRY_POLICY.maxAttempts }, () => 500);
    for (let attempt = 1; attempt <= RETRY_POLICY.maxAttempts; attempt += 1) {
      await deliverMessages(context, settings());
      clock.advance({ hours: 1 });
    }
    expect(await getMessage(database().db, webhook!.id)).toMatchObject({
      state: 'failed',
      attempts: RETRY_POLICY.maxAttempts,
      lastError: expect.stringMatching(/HTTP 500/),
    });
    expect(await listMessageViews(database().db, { state: 'failed' })).toHaveLength(1);

    expect(await retryMessage(context, webhook!.id)).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await deliverMessages(context, settings())).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    await expect(retryMessage(context, webhook!.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('does not send a webhook unsigned: a provider without a secret is a failed attempt with the reason', async () => {
    const providerId = await addProvider(null);
    const [, webhook] = await notifyProvider(database().db, context, providerId, null, planned);
    expect(await deliverMessages(context, settings())).toMatchObject({ delivered: 1, retrying: 1 });
    expect(receiver.received).toHaveLength(0);
    expect(await getMessage(database().db, webhook!.id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: `provider ${providerId} has no webhook secret to sign with; set one on the provider`,
    });
  });

  it('retries an e-mail that could not be written', async () => {
    const [queued] = await notifyCustomer(database().db, context, 'CUST-1', ['technical'], planned);
    const blocked = path.join(outboxDir, 'a-file');
    fs.writeFileSync(blocked, '');
    expect(await deliverMessages(context, { ...settings(), outboxDir: blocked })).toMatchObject({
      retrying: 1,
    });
    expect(await getMessage(database().db, queued!.id)).toMatchObject({
      state: 'pending',
      lastError: expect.stringMatching(/EEXIST|ENOTDIR/),
    });
  });

  it('answers not found for an unknown message and its .eml', async () => {
    await expect(getMessage(database().db, 'M-999')).rejects.toMatchObject({ code: 'not-found' });
    await expect(readMessageEml(database().db, 'M-999')).rejects.toMatchObject({
      message: "message 'M-999' does not exist",
    });
    await expect(listMessageViews(database().db, { state: 'gone' })).rejects.toMatchObject({
      problems: [{ field: 'state', problem: "'gone' is not one of pending, sent, failed" }],
    });
  });
});
