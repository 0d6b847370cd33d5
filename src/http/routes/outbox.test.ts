import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { httpServerOn } from '../../../test/support/app.ts';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { enqueueProvisioningJob } from '../../network/store/provisioning-jobs.ts';
import { deliverMessages } from '../../notifications/use-cases/deliver-messages.ts';
import { notifyCustomer } from '../../notifications/use-cases/notify.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { HttpServer } from '../server.ts';

const today = Temporal.PlainDate.from('2026-11-22');
const clock = fixedClock(today);

describeEachStore('the outboxes over HTTP', (database) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-outbox-http-'));
  let server: HttpServer;
  beforeAll(async () => {
    await seedCustomers(database().db, ['CUST-1', 'CUST-2']);
    server = await httpServerOn(database(), today);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const post = (url: string, payload?: object) =>
    server.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
  const enqueue = (subject: string) =>
    enqueueProvisioningJob(database().db, clock, { subject, action: 'vlan.add', payload: { vlan: 1203 } });

  it('lists and shows provisioning jobs, by state and subject', async () => {
    const job = await enqueue('link:L-1');
    const listed = await server.inject('/provisioning-jobs?state=pending&subject=link:L-1');
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([
      {
        id: job.id,
        subject: 'link:L-1',
        action: 'vlan.add',
        payload: { vlan: 1203 },
        state: 'pending',
        attempts: 0,
        nextAttemptAt: '2026-11-22T11:00:00Z',
        lastError: null,
        createdAt: '2026-11-22T11:00:00Z',
        deliveredAt: null,
        confirmedAt: null,
        confirmedBy: null,
      },
    ]);
    expect((await server.inject(`/provisioning-jobs/${job.id}`)).json()).toEqual(listed.json()[0]);
    const bad = await server.inject('/provisioning-jobs?state=done&color=red');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['color', 'state']);
  });

  it("takes the automation's confirmation, the same answer twice, and a failure then a retry", async () => {
    const job = await enqueue('link:L-2');
    const confirmed = await post(`/provisioning-jobs/${job.id}/confirm`, { outcome: 'done' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({
      state: 'confirmed',
      confirmedBy: expect.stringMatching(/^user:/),
    });
    const again = await post(`/provisioning-jobs/${job.id}/confirm`, { outcome: 'done' });
    expect(again.json()).toEqual(confirmed.json());

    const other = await enqueue('link:L-3');
    const failed = await post(`/provisioning-jobs/${other.id}/confirm`, {
      outcome: 'failed',
      detail: 'no such port',
    });
    expect(failed.json()).toMatchObject({ state: 'failed', lastError: 'no such port' });
    const refused = await post(`/provisioning-jobs/${other.id}/confirm`, { outcome: 'done' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/retry it first/);
    const retried = await post(`/provisioning-jobs/${other.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ state: 'pending', attempts: 0 });
    const retryConfirmed = await post(`/provisioning-jobs/${job.id}/retry`);
    expect(retryConfirmed.statusCode).toBe(409);
  });

  it('refuses a confirmation without an outcome or with unknown fields, and an unknown job', async () => {
    const job = await enqueue('link:L-4');
    const bad = await post(`/provisioning-jobs/${job.id}/confirm`, { outcome: 'maybe', by: 'me' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['by', 'outcome']);
    const missing = await post('/provisioning-jobs/not-a-job/confirm', { outcome: 'done' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe("provisioning job 'not-a-job' does not exist");
    expect((await server.inject('/provisioning-jobs/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });

  it("lists a customer's messages and serves the written .eml as message/rfc822", async () => {
    const context = { db: database().db, clock, actor: { id: 'system', origin: 'worker' } };
    const [message] = await notifyCustomer(database().db, context, 'CUST-2', ['billing'], {
      kind: 'price-change',
      about: 'product:P-2',
      subject: 'New prices from 2027-01-01',
      body: 'The monthly price of P-2 changes on 2027-01-01.',
      because: ['vn:4.1.2'],
    });
    const pending = await server.inject(`/messages/${message!.id}/eml`);
    expect(pending.statusCode).toBe(404);

    await deliverMessages(context, {
      smtpUrl: undefined,
      mailFrom: 'Vezel <noreply@localhost>',
      outboxDir: folder,
    });
    const listed = await server.inject('/messages?customerId=CUST-2&about=product:P-2');
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([
      expect.objectContaining({
        id: message!.id,
        channel: 'email',
        recipient: 'cust-2@customer.example',
        because: ['vn:4.1.2'],
        state: 'sent',
        emlUrl: `/messages/${message!.id}/eml`,
        sentAt: '2026-11-22T11:00:00Z',
      }),
    ]);
    expect((await server.inject(`/messages/${message!.id}`)).json()).toEqual(listed.json()[0]);
    const eml = await server.inject(`/messages/${message!.id}/eml`);
    expect(eml.statusCode).toBe(200);
    expect(eml.headers['content-type']).toBe('message/rfc822');
    expect(eml.body).toMatch(new RegExp(`Message-ID: <${message!.id}@vezel>`));
    expect(eml.body).toMatch(/X-Vezel-Because: vn:4\.1\.2/);
    expect((await server.inject('/messages?customerId=CUST-1')).json()).toEqual([]);
    expect((await server.inject('/messages/M-999')).statusCode).toBe(404);
  });

  it('describes the routes under the outbox tag', async () => {
    const spec = (await server.inject('/openapi.json')).json();
    expect(spec.tags.map((tag: { name: string }) => tag.name)).toContain('outbox');
    expect(spec.paths['/provisioning-jobs/{id}/confirm'].post.tags).toEqual(['outbox']);
    expect(Object.keys(spec.paths['/messages/{id}/eml'].get.responses['200'].content)).toEqual([
      'message/rfc822',
    ]);
  });
});
