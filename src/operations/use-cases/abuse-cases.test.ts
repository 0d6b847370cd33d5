import { eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../../test/support/stores.ts';
import { getContract, sendNoticeOfDefault } from '../../contracts/index.ts';
import { networkServices, provisioningJobs } from '../../network/schema.ts';
import { listMessages } from '../../notifications/index.ts';
import { auditTrailOf } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { billPeriod, contextOn, runningContract } from './abuse-test-support.ts';
import type { RunningContract } from './abuse-test-support.ts';
import { escalateAbuseCase } from './escalate-abuse-case.ts';
import { getAbuseCase, listAbuseCases } from './get-abuse-case.ts';
import { liftAbuseMeasure } from './lift-abuse-measure.ts';
import { openAbuseCase } from './open-abuse-case.ts';
import { takeAbuseMeasure } from './take-abuse-measure.ts';

const jobsOf = async (db: Db, serviceId: string) =>
  (
    await db
      .select()
      .from(provisioningJobs)
      .where(eq(provisioningJobs.subject, `service:${serviceId}`))
  )
    .sort((a, b) => a.seq - b.seq)
    .map((job) => job.action);
const stateOf = async (db: Db, serviceId: string) =>
  (await db.select().from(networkServices).where(eq(networkServices.id, serviceId)))[0]!.state;

describeEachStore('abuse cases of VitrumNet: block, billing goes on, lift, dissolve (vn:4.1)', (database) => {
  const on = contextOn(() => database().db);
  let vn: RunningContract;

  beforeAll(async () => {
    vn = await runningContract(on, 'vitrumnet', '2027-02-01');
  });

  it('refuses a case with bad fields, naming each, and writes nothing', async () => {
    const refused = openAbuseCase(on('2027-03-01'), {
      sellerId: 'vitrumnet',
      customerId: vn.customerId,
      serviceId: vn.serviceId,
      category: 'k',
      source: 'rumour',
      evidence: ' ',
    });
    await expect(refused).rejects.toMatchObject({
      problems: [
        { field: 'category', problem: expect.stringContaining("'k' is not one of vn:4.1.2") },
        { field: 'source', problem: expect.any(String) },
        { field: 'evidence', problem: expect.any(String) },
      ],
    });
    await expect(
      openAbuseCase(on('2027-03-01'), {
        sellerId: 'vitrumnet',
        customerId: 'CU-NOBODY',
        serviceId: vn.serviceId,
        category: 'd',
        source: 'own-detection',
        evidence: 'spam',
      }),
    ).rejects.toMatchObject({ problems: [{ field: 'customerId' }] });
    expect(await listAbuseCases(database().db, { customerId: vn.customerId })).toEqual([]);
  });

  it('blocks the service through provisioning, tells the customer, and billing keeps going (vn:4.1.4, vn:4.1.5)', async () => {
    const opened = await openAbuseCase(on('2027-03-01'), {
      sellerId: 'vitrumnet',
      customerId: vn.customerId,
      serviceId: vn.serviceId,
      category: 'd',
      source: 'third-party-notice',
      evidence: 'Spamhaus listing of 2027-02-28 for the address of the access',
    });
    expect(opened).toMatchObject({
      state: 'open',
      contractId: vn.contractId, // the service's contract
      categoryLabel: 'spam: unsolicited advertising or other messages',
      measures: [],
      because: ['vn:4.1.2'],
    });

    await expect(
      takeAbuseMeasure(on('2027-03-02'), { caseId: opened.id, measure: 'terminate' }),
    ).rejects.toMatchObject({
      problems: [{ field: 'measure', problem: expect.stringContaining('it allows block, filter, suspend') }],
    });
    const blocked = await takeAbuseMeasure(on('2027-03-02'), { caseId: opened.id, measure: 'block' });
    expect(blocked).toMatchObject({
      state: 'measured',
      measures: [{ serviceId: vn.serviceId, measure: 'block', liftedAt: null }],
    });
    expect(await jobsOf(database().db, vn.serviceId)).toEqual(['service.block']);
    expect(await stateOf(database().db, vn.serviceId)).toBe('active'); // a block is no suspension
    const messages = await listMessages(database().db, { customerId: vn.customerId });
    expect(messages.filter((m) => m.kind === 'abuse-measure')).toHaveLength(1);

    // The run after the block bills the blocked access as ever: the days since the start it had not
    // billed yet (1 Feb – 31 Mar, 59 of Q1's 90 days: 25000 × 59 / 90 = 16388.89 → 16389) and Q2 in
    // advance in full. Payment obligations continue during the measure (vn:4.1.5).
    const q2 = await billPeriod(on, 'vitrumnet', '2027-Q2', '2027-04-01', vn.customerId);
    const recurring = q2?.lines.filter(
      (line) => line.contractId === vn.contractId && line.source === 'recurring',
    );
    expect(recurring?.map((line) => [line.periodFrom, line.periodTo, line.netCents])).toEqual([
      ['2027-02-01', '2027-03-31', 16_389],
      ['2027-04-01', '2027-06-30', 25_000],
    ]);
  });

  it('lifts the block when the customer complies', async () => {
    const [open] = await listAbuseCases(database().db, { customerId: vn.customerId, state: 'measured' });
    const complied = await liftAbuseMeasure(on('2027-04-05'), { caseId: open!.id });
    expect(complied.state).toBe('complied');
    expect(complied.measures[0]!.liftedAt).not.toBeNull();
    expect(await jobsOf(database().db, vn.serviceId)).toEqual(['service.block', 'service.unblock']);
    await expect(liftAbuseMeasure(on('2027-04-05'), { caseId: open!.id })).rejects.toThrow(/is complied/);
    const trail = await auditTrailOf(database().db, { type: 'abuse-case', id: open!.id });
    expect(trail.map((event) => event.action)).toEqual([
      'abuse-case.opened',
      'abuse-case.measure-taken',
      'abuse-case.complied',
    ]);
  });

  it('dissolves only after a notice of default has run out (vn:4.1.6 via vn:1.6.2), nothing refunded', async () => {
    const again = await openAbuseCase(on('2027-05-01'), {
      sellerId: 'vitrumnet',
      customerId: vn.customerId,
      contractId: vn.contractId,
      category: 'j',
      source: 'own-detection',
      evidence: 'SSH brute force from the access to third-party hosts, 2027-04-30',
    });
    await takeAbuseMeasure(on('2027-05-01'), { caseId: again.id, measure: 'suspend' });
    expect(await stateOf(database().db, vn.serviceId)).toBe('suspended');
    await expect(escalateAbuseCase(on('2027-05-02'), { caseId: again.id })).rejects.toThrow(
      /send a notice of default with a term first/,
    );
    expect((await getAbuseCase(database().db, again.id)).state).toBe('measured');

    await sendNoticeOfDefault(on('2027-05-02'), {
      contractId: vn.contractId,
      breach: 'continued hacking attempts (vn:4.1.2 j)',
      termDays: 7,
    });
    const escalated = await escalateAbuseCase(on('2027-05-10'), { caseId: again.id });
    expect(escalated).toMatchObject({
      state: 'escalated',
      escalation: 'dissolve',
      escalatedOn: '2027-05-10',
      outcome: { contractId: vn.contractId, action: 'dissolve', on: '2027-05-10' },
    });
    const contract = await getContract(database().db, vn.contractId, Temporal.PlainDate.from('2027-05-10'));
    expect(contract.events.at(-1)).toMatchObject({ kind: 'dissolved', on: '2027-05-10' });
    await expect(escalateAbuseCase(on('2027-05-11'), { caseId: again.id })).rejects.toThrow(/is escalated/);
  });
});

describeEachStore(
  'abuse cases of BIT: suspend only, terminate on abuse-policy-breach (bit:12.4)',
  (database) => {
    const on = contextOn(() => database().db);

    it('suspends the services of the contract and terminates it on escalation', async () => {
      const bit = await runningContract(on, 'bit', '2027-02-01');
      const opened = await openAbuseCase(on('2027-03-01'), {
        sellerId: 'bit',
        customerId: bit.customerId,
        contractId: bit.contractId,
        category: 'i',
        source: 'legal-order',
        evidence: 'Order of the court of Gelderland, 2027-02-27: malware hosted on the server',
      });
      await expect(
        takeAbuseMeasure(on('2027-03-01'), { caseId: opened.id, measure: 'block' }),
      ).rejects.toMatchObject({
        problems: [{ field: 'measure', problem: expect.stringContaining('it allows suspend') }],
      });
      const suspended = await takeAbuseMeasure(on('2027-03-01'), { caseId: opened.id, measure: 'suspend' });
      expect(suspended.measures.map((m) => [m.serviceId, m.measure])).toEqual([[bit.serviceId, 'suspend']]);
      expect(await stateOf(database().db, bit.serviceId)).toBe('suspended');

      const escalated = await escalateAbuseCase(on('2027-03-03'), { caseId: opened.id });
      expect(escalated).toMatchObject({
        state: 'escalated',
        escalation: 'terminate',
        outcome: { action: 'terminate' },
      });
      const contract = await getContract(
        database().db,
        bit.contractId,
        Temporal.PlainDate.from('2027-03-03'),
      );
      expect(contract.events.at(-1)).toMatchObject({ kind: 'terminated', ground: 'abuse-policy-breach' });
      expect(contract.timeline.status).toBe('ended');
    });

    it('refuses a case about a service of another customer', async () => {
      const one = await runningContract(on, 'bit', '2027-02-01');
      const other = await runningContract(on, 'bit', '2027-02-01');
      await expect(
        openAbuseCase(on('2027-03-01'), {
          sellerId: 'bit',
          customerId: one.customerId,
          serviceId: other.serviceId,
          category: 'b',
          source: 'own-detection',
          evidence: 'x',
        }),
      ).rejects.toMatchObject({ problems: [{ field: 'serviceId' }] });
    });
  },
);
