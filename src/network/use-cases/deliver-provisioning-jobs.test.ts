import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase, testServerUrl } from '../../../test/support/stores.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { migrateDatabase, openPostgres } from '../../platform/database/index.ts';
import type { Database } from '../../platform/database/index.ts';
import { RETRY_POLICY } from '../../platform/delivery/retry-schedule.ts';
import { startReceiver, steppingClock } from '../../platform/delivery/test-support.ts';
import type { Receiver, SteppingClock } from '../../platform/delivery/test-support.ts';
import { provisioningJobs } from '../schema.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { deliverProvisioningJobs } from './deliver-provisioning-jobs.ts';
import { getProvisioningJob } from './get-provisioning-job.ts';

const secret = 'whsec_automation_0123456789abcdef';
const worker = { id: 'system', origin: 'worker' };

describeEachStore('delivering provisioning jobs', (database) => {
  let clock: SteppingClock;
  let receiver: Receiver;
  let context: Context;
  beforeEach(async () => {
    await database().db.delete(provisioningJobs);
    clock = steppingClock(Temporal.PlainDate.from('2026-11-22'));
    receiver = await startReceiver(secret, clock);
    context = { db: database().db, clock, actor: worker };
  });
  afterEach(() => receiver.close());

  const endpoint = () => ({ url: receiver.url, secret });
  const enqueue = (subject = 'service:S-1') =>
    enqueueProvisioningJob(database().db, clock, {
      subject,
      action: 'service.open',
      payload: { serviceId: subject.slice(8), vlan: 1203 },
    });

  it('POSTs each job signed, with its id as the delivery id, and marks it delivered', async () => {
    const job = await enqueue();
    const run = await deliverProvisioningJobs(context, endpoint());
    expect(run).toEqual({ endpoint: true, delivered: 1, retrying: 0, failed: 0, pending: 0 });
    expect(receiver.received).toEqual([
      {
        path: '/hooks',
        deliveryId: job.id,
        contentType: 'application/json',
        signature: expect.stringMatching(/^t=\d+,v1=[0-9a-f]{64}$/),
        verified: true,
        body: {
          id: job.id,
          subject: 'service:S-1',
          action: 'service.open',
          payload: { serviceId: 'S-1', vlan: 1203 },
          createdAt: '2026-11-22T11:00:00Z',
        },
      },
    ]);
    expect(await getProvisioningJob(database().db, job.id)).toMatchObject({
      state: 'delivered',
      attempts: 1,
      deliveredAt: '2026-11-22T11:00:00Z',
      nextAttemptAt: null,
      lastError: null,
    });
    const trail = await auditTrailOf(database().db, { type: 'provisioning-job', id: job.id });
    expect(trail.map((event) => [event.action, event.actor])).toEqual([
      ['provisioning-job.delivered', 'system'],
    ]);

    // A second pass finds nothing due: delivered is delivered.
    expect(await deliverProvisioningJobs(context, endpoint())).toMatchObject({ delivered: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it('retries a 500 after the back-off, not before, with the same delivery id', async () => {
    const job = await enqueue();
    receiver.answers = [500];
    expect(await deliverProvisioningJobs(context, endpoint())).toMatchObject({ delivered: 0, retrying: 1 });
    expect(await getProvisioningJob(database().db, job.id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      nextAttemptAt: '2026-11-22T11:01:00Z',
      lastError: expect.stringMatching(/^HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/hooks: answer 500$/),
    });

    clock.advance({ seconds: 59 });
    expect(await deliverProvisioningJobs(context, endpoint())).toMatchObject({ delivered: 0, retrying: 0 });
    expect(receiver.received).toHaveLength(1);

    clock.advance({ seconds: 1 });
    expect(await deliverProvisioningJobs(context, endpoint())).toMatchObject({ delivered: 1 });
    expect(receiver.received.map((request) => [request.deliveryId, request.verified])).toEqual([
      [job.id, true],
      [job.id, true],
    ]);
    expect(await getProvisioningJob(database().db, job.id)).toMatchObject({
      state: 'delivered',
      attempts: 2,
      lastError: null,
    });
  });

  it('gives up after the schedule’s last attempt: failed, with the last error, audited', async () => {
    const job = await enqueue();
    receiver.answers = Array.from({ length: RETRY_POLICY.maxAttempts + 1 }, () => 503);
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= RETRY_POLICY.maxAttempts; attempt += 1) {
      const run = await deliverProvisioningJobs(context, endpoint());
      outcomes.push(run.retrying ? 'retrying' : run.failed ? 'failed' : 'nothing');
      clock.advance({ hours: 1 });
    }
    expect(outcomes).toEqual([...Array(RETRY_POLICY.maxAttempts - 1).fill('retrying'), 'failed']);
    expect(await getProvisioningJob(database().db, job.id)).toMatchObject({
      state: 'failed',
      attempts: RETRY_POLICY.maxAttempts,
      nextAttemptAt: null,
      lastError: expect.stringMatching(/HTTP 503/),
    });
    // Failed waits for a person: no more attempts.
    clock.advance({ hours: 24 });
    expect(await deliverProvisioningJobs(context, endpoint())).toMatchObject({ failed: 0, retrying: 0 });
    expect(receiver.received).toHaveLength(RETRY_POLICY.maxAttempts);
    const trail = await auditTrailOf(database().db, { type: 'provisioning-job', id: job.id });
    expect(trail.map((event) => [event.action, event.reason])).toEqual([
      ['provisioning-job.failed', expect.stringMatching(/HTTP 503/)],
    ]);
  });

  it('counts a receiver that is not there as a failed attempt, with the reason', async () => {
    const job = await enqueue();
    const closed = await startReceiver(secret, clock);
    await closed.close();
    await deliverProvisioningJobs(context, { url: closed.url, secret });
    expect(await getProvisioningJob(database().db, job.id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it('without an endpoint sends nothing and burns no attempts: the jobs wait', async () => {
    const job = await enqueue();
    const run = await deliverProvisioningJobs(context, undefined);
    expect(run).toEqual({ endpoint: false, delivered: 0, retrying: 0, failed: 0, pending: 1 });
    expect(await getProvisioningJob(database().db, job.id)).toMatchObject({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: '2026-11-22T11:00:00Z',
    });
    expect(receiver.received).toHaveLength(0);
  });

  it('delivers many jobs in batches, oldest due first, each once', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 7; n += 1) {
      ids.push((await enqueue(`service:S-${n}`)).id);
      clock.advance({ seconds: 1 });
    }
    const run = await deliverProvisioningJobs(context, endpoint(), { batchSize: 3 });
    expect(run).toMatchObject({ delivered: 7, pending: 0 });
    expect(new Set(receiver.received.map((request) => request.deliveryId))).toEqual(new Set(ids));
    expect(receiver.received).toHaveLength(7);
  });
});

describe.skipIf(!testServerUrl)('two delivery runs at once on PostgreSQL (SKIP LOCKED)', () => {
  let first: Awaited<ReturnType<typeof openFreshDatabase>>;
  let second: Database;
  let receiver: Receiver;
  const clock = steppingClock(Temporal.PlainDate.from('2026-11-22'));
  beforeAll(async () => {
    first = await openFreshDatabase('postgres');
    await migrateDatabase(first.database);
    // A second pool on the same database: as a second `vezel serve` process would have.
    second = await openPostgres(first.url!);
    receiver = await startReceiver(secret, clock);
  });
  afterAll(async () => {
    await receiver?.close();
    await second?.close();
    await first?.dispose();
  });

  it('delivers each job exactly once between them', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 40; n += 1) {
      const job = await enqueueProvisioningJob(first.database.db, clock, {
        subject: `link:L-${n}`,
        action: 'link.up',
        payload: { linkId: `L-${n}` },
      });
      ids.push(job.id);
    }
    receiver.delayMs = 20;
    const endpoint = { url: receiver.url, secret };
    const [a, b] = await Promise.all([
      deliverProvisioningJobs({ db: first.database.db, clock, actor: worker }, endpoint, { batchSize: 4 }),
      deliverProvisioningJobs({ db: second.db, clock, actor: worker }, endpoint, { batchSize: 4 }),
    ]);
    expect(a.delivered + b.delivered).toBe(40);
    // Both took part: the rows one run had claimed, the other skipped.
    expect(a.delivered).toBeGreaterThan(0);
    expect(b.delivered).toBeGreaterThan(0);
    const deliveryIds = receiver.received.map((request) => request.deliveryId);
    expect(deliveryIds).toHaveLength(40);
    expect(new Set(deliveryIds)).toEqual(new Set(ids));
    expect(receiver.received.every((request) => request.verified)).toBe(true);
  });
});
