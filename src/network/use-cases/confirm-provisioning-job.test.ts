import { Temporal } from 'temporal-polyfill';
import { beforeEach, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { fixedClock } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { provisioningJobs } from '../schema.ts';
import { enqueueProvisioningJob, recordProvisioningJobFailure } from '../store/provisioning-jobs.ts';
import { confirmProvisioningJob } from './confirm-provisioning-job.ts';
import { getProvisioningJob, listProvisioningJobViews } from './get-provisioning-job.ts';
import { retryProvisioningJob } from './retry-provisioning-job.ts';

const clock = fixedClock(Temporal.PlainDate.from('2026-11-22'));
const engineer = { id: 'noc:anna', origin: 'cli' };

describeEachStore('confirming and retrying provisioning jobs', (database) => {
  let context: Context;
  beforeEach(async () => {
    await database().db.delete(provisioningJobs);
    context = { db: database().db, clock, actor: engineer };
  });
  const enqueue = () =>
    enqueueProvisioningJob(database().db, clock, {
      subject: 'link:L-4',
      action: 'link.up',
      payload: { linkId: 'L-4', vlan: 1203 },
    });
  const fail = async (id: string) => {
    await recordProvisioningJobFailure(database().db, id, 0, {
      attempts: 12,
      error: 'HTTP 503 from the automation',
      nextAttemptAt: null,
    });
  };
  const trail = async (id: string) =>
    (await auditTrailOf(database().db, { type: 'provisioning-job', id })).map((event) => event.action);

  it('confirms a pending job by hand (no automation), recording who', async () => {
    const job = await enqueue();
    const confirmed = await confirmProvisioningJob(context, {
      id: job.id,
      outcome: 'done',
      detail: 'patched by hand',
    });
    expect(confirmed).toMatchObject({
      id: job.id,
      state: 'confirmed',
      confirmedAt: '2026-11-22T11:00:00Z',
      confirmedBy: 'noc:anna',
      nextAttemptAt: null,
    });
    const [event] = await auditTrailOf(database().db, { type: 'provisioning-job', id: job.id });
    expect(event).toMatchObject({
      action: 'provisioning-job.confirmed',
      actor: 'noc:anna',
      reason: 'patched by hand',
      details: { from: 'pending', subject: 'link:L-4', action: 'link.up' },
    });
  });

  it('answers a repeated confirm with the same job, changing nothing', async () => {
    const job = await enqueue();
    const first = await confirmProvisioningJob(context, { id: job.id, outcome: 'done' });
    const later = { ...context, clock: fixedClock(Temporal.PlainDate.from('2026-11-23')) };
    const again = await confirmProvisioningJob(later, { id: job.id, outcome: 'done' });
    expect(again).toEqual(first);
    expect(await trail(job.id)).toEqual(['provisioning-job.confirmed']);
  });

  it('takes the automation reporting failure: failed with its detail, then conflict on done until retried', async () => {
    const job = await enqueue();
    const failed = await confirmProvisioningJob(context, {
      id: job.id,
      outcome: 'failed',
      detail: 'port ge-0/0/7 is administratively down',
    });
    expect(failed).toMatchObject({ state: 'failed', lastError: 'port ge-0/0/7 is administratively down' });
    expect(await confirmProvisioningJob(context, { id: job.id, outcome: 'failed' })).toEqual(failed);

    await expect(confirmProvisioningJob(context, { id: job.id, outcome: 'done' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/failed \(port ge-0\/0\/7 .*\); retry it first/),
    });

    const retried = await retryProvisioningJob(context, job.id);
    expect(retried).toMatchObject({
      state: 'pending',
      attempts: 0,
      lastError: null,
      nextAttemptAt: '2026-11-22T11:00:00Z',
    });
    expect(await retryProvisioningJob(context, job.id)).toEqual(retried);
    expect(await confirmProvisioningJob(context, { id: job.id, outcome: 'done' })).toMatchObject({
      state: 'confirmed',
    });
    expect(await trail(job.id)).toEqual([
      'provisioning-job.reported-failed',
      'provisioning-job.retried',
      'provisioning-job.confirmed',
    ]);
  });

  it('retries a job the deliveries gave up on, recording the error it had', async () => {
    const job = await enqueue();
    await fail(job.id);
    await retryProvisioningJob(context, job.id);
    const [event] = await auditTrailOf(database().db, { type: 'provisioning-job', id: job.id });
    expect(event).toMatchObject({
      action: 'provisioning-job.retried',
      details: { attempts: 12, lastError: 'HTTP 503 from the automation' },
    });
  });

  it('refuses to fail a confirmed job, and to retry one that did not fail', async () => {
    const job = await enqueue();
    await confirmProvisioningJob(context, { id: job.id, outcome: 'done' });
    await expect(confirmProvisioningJob(context, { id: job.id, outcome: 'failed' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/confirmed done already/),
    });
    await expect(retryProvisioningJob(context, job.id)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/is confirmed; only a failed job can be retried/),
    });
    expect((await getProvisioningJob(database().db, job.id)).state).toBe('confirmed');
  });

  it('names each bad field, and changes nothing', async () => {
    const job = await enqueue();
    await expect(
      confirmProvisioningJob(context, { id: job.id, outcome: 'finished', detail: 'x'.repeat(2001) }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      problems: [
        { field: 'outcome', problem: "'finished' is not one of done, failed" },
        { field: 'detail', problem: 'is longer than 2000 characters' },
      ],
    });
    expect((await getProvisioningJob(database().db, job.id)).state).toBe('pending');
    expect(await trail(job.id)).toEqual([]);
  });

  it('answers not found for an unknown id, a UUID or not', async () => {
    for (const id of ['7b0e4c1e-3f7a-4a51-9d55-0f1f3e0c2a10', 'nope']) {
      await expect(confirmProvisioningJob(context, { id, outcome: 'done' })).rejects.toMatchObject({
        code: 'not-found',
        message: `provisioning job '${id}' does not exist`,
      });
      await expect(retryProvisioningJob(context, id)).rejects.toMatchObject({ code: 'not-found' });
      await expect(getProvisioningJob(database().db, id)).rejects.toMatchObject({ code: 'not-found' });
    }
  });

  it("refuses a provider's token", async () => {
    const job = await enqueue();
    const provider = { ...context, actor: { id: 'token:TK-1', origin: 'http', providerId: 'TP-1' } };
    await expect(confirmProvisioningJob(provider, { id: job.id, outcome: 'done' })).rejects.toMatchObject({
      code: 'not-allowed',
    });
  });

  it('lists jobs by state and subject, and refuses an unknown state', async () => {
    const a = await enqueue();
    const b = await enqueueProvisioningJob(database().db, clock, {
      subject: 'service:S-9',
      action: 'service.open',
      payload: {},
    });
    await confirmProvisioningJob(context, { id: a.id, outcome: 'done' });
    const ids = async (filter: { state?: string; subject?: string }) =>
      (await listProvisioningJobViews(database().db, filter)).map((job) => job.id);
    expect(await ids({ state: 'pending' })).toEqual([b.id]);
    expect(await ids({ state: 'confirmed', subject: 'link:L-4' })).toEqual([a.id]);
    expect(await ids({ subject: 'service:S-9' })).toEqual([b.id]);
    await expect(ids({ state: 'done' })).rejects.toMatchObject({
      problems: [{ field: 'state', problem: "'done' is not one of pending, delivered, confirmed, failed" }],
    });
  });
});
