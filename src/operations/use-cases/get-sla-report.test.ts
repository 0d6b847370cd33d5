import { beforeAll, expect, it } from 'vitest';
import { seedCustomers } from '../../../test/support/customers.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { getSlaReport } from './get-sla-report.ts';
import { nocContext, seedCable, unique } from './maintenance-test-support.ts';
import { planMaintenance } from './plan-maintenance.ts';
import { insertFiberBreak } from './sla-report-test-support.ts';

describeEachStore('the SLA report (vn:6.4.10)', (database) => {
  const db = () => database().db;
  const ids: Record<string, string> = {};
  // The report is asked in May 2027: March is over.
  const may = () => nocContext(db(), '2027-05-10T08:00:00Z');

  beforeAll(async () => {
    const customer = unique('C-SLA');
    await seedCustomers(db(), [customer]);
    const cable = await seedCable(db(), 48);
    const window = await planMaintenance(nocContext(db(), '2027-03-01T08:00:00Z'), {
      sellerId: 'vitrumnet',
      scope: 'cable',
      scopeId: cable,
      startsAt: '2027-03-09T22:00:00Z',
      endsAt: '2027-03-10T04:00:00Z',
      description: 'Splicing',
    });
    const add = (name: string, row: Omit<Parameters<typeof insertFiberBreak>[1], 'customerId'>) =>
      insertFiberBreak(db(), { customerId: customer, ...row }).then((id) => (ids[name] = id));
    // Repaired across the start of March (1 March 00:00 +01:00): March's, by its repair report.
    await add('overStart', { reportedAt: '2027-02-28T20:00:00Z', repairReportedAt: '2027-03-01T01:00:00Z' });
    await add('quick', { reportedAt: '2027-03-02T10:00:00Z', repairReportedAt: '2027-03-02T14:00:00Z' });
    await add('late', {
      reportedAt: '2027-03-03T10:00:00Z',
      repairReportedAt: '2027-03-03T19:00:00Z',
      breachedAt: '2027-03-03T18:00:00Z',
    });
    await add('fortyEight', {
      reportedAt: '2027-03-04T10:00:00Z',
      repairReportedAt: '2027-03-04T20:00:00Z',
      fiberCount: 48,
      averageHours: 11,
      maximumHours: 16,
      definitiveRepair: true,
    });
    await add('inWindow', {
      reportedAt: '2027-03-10T01:00:00Z',
      repairReportedAt: '2027-03-10T20:00:00Z',
      averageHours: null,
      maximumHours: null,
      maintenanceWindowId: window.id,
    });
    // Open at the end of March, 26 hours after its report, 8 past its maximum: a breach.
    await add('stillOpen', {
      reportedAt: '2027-03-30T20:00:00Z',
      fiberCount: 96,
      averageHours: 12,
      maximumHours: 18,
    });
    // Reported on 31 March, repaired on 1 April: April's.
    await add('repairedInApril', {
      reportedAt: '2027-03-31T20:00:00Z',
      repairReportedAt: '2027-03-31T23:00:00Z',
    });
    await add('otherKind', {
      reportedAt: '2027-03-05T10:00:00Z',
      repairReportedAt: '2027-03-06T10:00:00Z',
      kind: 'other',
    });
    await add('notReproducible', { reportedAt: '2027-03-07T10:00:00Z', state: 'closed' });
  });

  it('per cable class: the repairs and their mean against the average, the breaches with their tickets', async () => {
    const report = await getSlaReport(may(), { sellerId: 'vitrumnet', from: '2027-03-01', to: '2027-03-31' });
    expect(report).toMatchObject({
      sellerId: 'vitrumnet',
      profile: 'vitrumnet-2.5-2018-04-15',
      periodStart: '2027-03-01T00:00:00+01:00',
      periodEnd: '2027-04-01T00:00:00+02:00',
      judgedAt: '2027-04-01T00:00:00+02:00',
      excluded: [{ ticketId: ids.inWindow, maintenanceWindowId: expect.any(String) as string }],
      unclassified: [],
      breachCount: 2,
      because: ['vn:6.4.10', 'vn:2.1.3', 'vn:2.2.5'],
    });
    const [small, fortyEight, ninetySix] = report.classes;
    // 5 h, 4 h and 9 h: a mean of 6 h, just within the 6 h average.
    expect(small).toMatchObject({
      cableClass: '12/24',
      repaired: 3,
      meanRepairHours: 6,
      averageTargetHours: 6,
      withinAverage: true,
    });
    expect(small!.breaches).toEqual([
      expect.objectContaining({
        ticketId: ids.late,
        repairReportedAt: '2027-03-03T20:00:00+01:00',
        hours: 9,
        overByHours: 1,
        recordedAt: '2027-03-03T19:00:00+01:00',
      }),
    ]);
    expect(fortyEight).toMatchObject({
      repaired: 1,
      meanRepairHours: 10,
      averageTargetHours: 11,
      withinAverage: true,
    });
    expect(ninetySix).toMatchObject({ repaired: 0, open: 0, meanRepairHours: null });
    expect(ninetySix!.breaches).toEqual([
      expect.objectContaining({ ticketId: ids.stillOpen, repairReportedAt: null, hours: 26, overByHours: 8 }),
    ]);
  });

  it('counts a ticket repaired after the period in the period of its repair report', async () => {
    const april = await getSlaReport(may(), { sellerId: 'vitrumnet', from: '2027-04-01', to: '2027-04-30' });
    expect(april.classes[0]).toMatchObject({ repaired: 1, meanRepairHours: 3 });
    expect(april.breachCount).toBe(0);
  });

  it('refuses a seller without an SLA, and a period the wrong way round, naming the fields', async () => {
    await expect(
      getSlaReport(may(), { sellerId: 'bit', from: '2027-03-01', to: '2027-03-31' }),
    ).rejects.toThrow(/sellerId: 'bit' sells under bit-2016-10-25, which has no SLA/);
    const wrong = await getSlaReport(may(), {
      sellerId: 'vitrumnet',
      from: '2027-03-31',
      to: '2027-03-01',
    }).catch((error: unknown) => error);
    expect((wrong as InvalidInputError).problems.map((p) => p.field)).toEqual(['to']);
    const bad = await getSlaReport(may(), { sellerId: 'vitrumnet', from: '2027-02-30', to: 'soon' }).catch(
      (error: unknown) => error,
    );
    expect((bad as InvalidInputError).problems.map((p) => p.field)).toEqual(['from', 'to']);
    await expect(
      getSlaReport(may(), { sellerId: 'nobody', from: '2027-03-01', to: '2027-03-31' }),
    ).rejects.toThrow(InvalidInputError);
  });
});
