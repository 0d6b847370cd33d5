import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { runCli } from '../../../test/support/run-cli.ts';
import { enqueueProvisioningJob } from '../../network/store/provisioning-jobs.ts';
import { notifyCustomer } from '../../notifications/use-cases/notify.ts';
import { fixedClock } from '../../platform/clock.ts';
import { migrateDatabase, openPglite } from '../../platform/database/index.ts';
import { startReceiver } from '../../platform/delivery/test-support.ts';
import type { Receiver } from '../../platform/delivery/test-support.ts';

const today = Temporal.PlainDate.from('2026-11-22');
const clock = fixedClock(today);
const secret = 'whsec_automation_0123456789abcdef';

describe('vezel outbox, provisioning, messages', { timeout: 90_000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-outbox-cli-'));
  const env = { VEZEL_DATA: path.join(folder, 'data'), VEZEL_OUTBOX: path.join(folder, 'mail') };
  const jobs: string[] = [];
  let messageId = '';
  let receiver: Receiver;

  beforeAll(async () => {
    // The store as earlier work left it: two jobs and a message waiting.
    const store = await openPglite(env.VEZEL_DATA);
    try {
      await migrateDatabase(store);
      for (const subject of ['service:S-1', 'service:S-2'])
        jobs.push(
          (await enqueueProvisioningJob(store.db, clock, { subject, action: 'service.open', payload: {} }))
            .id,
        );
      await seedCustomers(store.db, ['CUST-1']);
      const [message] = await notifyCustomer(store.db, { clock }, 'CUST-1', ['technical'], {
        kind: 'service-released',
        about: 'network-order:NO-1',
        subject: 'Your service is live',
        body: 'Service S-1 is live.',
        because: ['vn:1.5.4'],
      });
      messageId = message!.id;
    } finally {
      await store.close();
    }
    receiver = await startReceiver(secret, clock);
  });
  afterAll(async () => {
    await receiver.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('refuses half a provisioning endpoint before touching the store', async () => {
    const result = await runCli(['outbox', 'deliver'], { ...env, VEZEL_PROVISIONING_URL: receiver.url });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/VEZEL_PROVISIONING_SECRET: is required with VEZEL_PROVISIONING_URL/);
  });

  it('without an endpoint writes the e-mail and leaves the jobs pending', async () => {
    const result = await runCli(['outbox', 'deliver', '--as-of', '2026-11-22'], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'provisioning jobs: none sent, VEZEL_PROVISIONING_URL is not set; 2 pending (confirm by hand: vezel provisioning confirm <id>)\n' +
        `messages: 1 delivered, 0 retrying, 0 failed (e-mail written to ${env.VEZEL_OUTBOX})\n`,
    );
    expect(fs.readdirSync(env.VEZEL_OUTBOX)).toEqual([`${messageId}.eml`]);
    const listed = await runCli(['messages', 'list', '--customer', 'CUST-1', '--json'], env);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id: messageId, state: 'sent', emlUrl: `/messages/${messageId}/eml` }),
    ]);
  });

  it('confirms a job by hand, the same twice, and reports a conflict with status 1', async () => {
    const confirm = await runCli(
      ['provisioning', 'confirm', jobs[0]!, '--detail', 'done on the switch'],
      env,
    );
    expect(confirm.status).toBe(0);
    expect(confirm.stdout).toBe(`provisioning job ${jobs[0]} (service.open service:S-1) is confirmed\n`);
    const again = await runCli(['provisioning', 'confirm', jobs[0]!], env);
    expect(again.stdout).toBe(confirm.stdout);
    const failed = await runCli(['provisioning', 'confirm', jobs[0]!, '--failed'], env);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/is confirmed done already/);
    const unknown = await runCli(['provisioning', 'confirm', 'nope'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("vezel: provisioning job 'nope' does not exist\n");
  });

  it('delivers the pending jobs to the configured automation, signed', async () => {
    const withEndpoint = { ...env, VEZEL_PROVISIONING_URL: receiver.url, VEZEL_PROVISIONING_SECRET: secret };
    const result = await runCli(['outbox', 'deliver', '--as-of', '2026-11-22', '--json'], withEndpoint);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      provisioningJobs: { endpoint: true, delivered: 1, retrying: 0, failed: 0, pending: 0 },
      messages: { delivered: 0, retrying: 0, failed: 0 },
    });
    expect(receiver.received.map((request) => [request.deliveryId, request.verified])).toEqual([
      [jobs[1], true],
    ]);
    const listed = await runCli(['provisioning', 'list', '--state', 'delivered', '--json'], env);
    expect(JSON.parse(listed.stdout).map((job: { id: string }) => job.id)).toEqual([jobs[1]]);
    const bad = await runCli(['provisioning', 'list', '--state', 'done'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/state: 'done' is not one of pending, delivered, confirmed, failed/);
  });
});
