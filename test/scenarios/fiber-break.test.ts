import { expect, it } from 'vitest';
import {
  changeFaultTicket,
  closeFaultTicket,
  getFaultTicket,
  reportFault,
  reportRepair,
  watchSlaClocks,
} from '../../src/operations/index.ts';
import { aReport, nocAt, seedFaultNetwork } from '../../src/operations/use-cases/fault-test-support.ts';
import { describeEachStore } from '../support/stores.ts';

/*
 * A VitrumNet customer's link on a 48-fiber cable breaks in the night the clocks go forward.
 * vn:6.4.10, 48 fibers: average 9 h, maximum 14 h of elapsed time from the first report.
 * Reported 2027-03-28T00:30+01:00 (23:30 UTC on the 27th); the hour 02:00–03:00 does not exist that
 * night, so by the wall clock the deadlines are an hour later than the hours counted:
 *   averageBy = 23:30Z + 9 h  = 08:30Z = 2027-03-28T10:30+02:00
 *   maximumBy = 23:30Z + 14 h = 13:30Z = 2027-03-28T15:30+02:00
 *   warning   = maximumBy − 2 h = 11:30Z = 2027-03-28T13:30+02:00
 */
describeEachStore('a fiber break from report to repair, across the DST change', (database) => {
  it('warns once, breaches once, and keeps the whole history', async () => {
    const db = database().db;
    const network = await seedFaultNetwork(db, { fiberCount: 48 });
    const at = (iso: string) => nocAt(db, iso);
    const mine = async (iso: string) => {
      const run = await watchSlaClocks(at(iso));
      const ours = (alerts: { ticketId: string }[]) => alerts.filter((a) => a.ticketId === ticket.id).length;
      return { warnings: ours(run.warnings), breaches: ours(run.breaches) };
    };

    const ticket = await reportFault(at('2027-03-28T00:31:00+01:00'), {
      serviceId: network.serviceId,
      kind: 'fiber-break',
      channel: 'phone',
      reportedAt: '2027-03-28T00:30:00+01:00',
      report: aReport,
    });
    expect(ticket.sla).toMatchObject({
      fiberCount: 48,
      averageBy: '2027-03-28T10:30:00+02:00',
      maximumBy: '2027-03-28T15:30:00+02:00',
      warnAt: '2027-03-28T13:30:00+02:00',
    });
    await changeFaultTicket(at('2027-03-28T00:45:00+01:00'), {
      ticketId: ticket.id,
      action: 'start',
      note: 'Crew called out',
    });

    // Before the warning: nothing. 03:30+02:00 is only 2 hours after the report.
    expect(await mine('2027-03-28T03:30:00+02:00')).toEqual({ warnings: 0, breaches: 0 });
    expect(await mine('2027-03-28T13:29:59+02:00')).toEqual({ warnings: 0, breaches: 0 });
    // At the warning time: one warning; again: nothing new.
    expect(await mine('2027-03-28T13:30:00+02:00')).toEqual({ warnings: 1, breaches: 0 });
    expect(await mine('2027-03-28T14:00:00+02:00')).toEqual({ warnings: 0, breaches: 0 });
    // At the maximum itself a repair would still be in time; just past it: one breach, once.
    expect(await mine('2027-03-28T15:30:00+02:00')).toEqual({ warnings: 0, breaches: 0 });
    expect((await getFaultTicket(at('2027-03-28T15:30:00+02:00'), ticket.id)).slaStatus).toBe('warning');
    expect(await mine('2027-03-28T15:31:00+02:00')).toEqual({ warnings: 0, breaches: 1 });
    expect(await mine('2027-03-28T16:00:00+02:00')).toEqual({ warnings: 0, breaches: 0 });
    expect((await getFaultTicket(at('2027-03-28T16:00:00+02:00'), ticket.id)).slaStatus).toBe('breached');

    const repaired = await reportRepair(at('2027-03-28T16:10:00+02:00'), {
      ticketId: ticket.id,
      repairedAt: '2027-03-28T16:05:00+02:00',
      note: 'Cable spliced',
    });
    // 23:30Z → 14:05Z: 14 h 35 min elapsed.
    expect(repaired).toMatchObject({
      state: 'resolved',
      slaStatus: 'missed',
      repairReportedAt: '2027-03-28T16:05:00+02:00',
    });
    expect(repaired.sla?.repairHours).toBeCloseTo(14 + 35 / 60, 6);
    expect(await mine('2027-03-28T17:00:00+02:00')).toEqual({ warnings: 0, breaches: 0 });

    const closed = await closeFaultTicket(at('2027-03-28T16:30:00+02:00'), {
      ticketId: ticket.id,
      reason: 'repaired',
    });
    expect(closed.history.map((e) => [e.kind, e.state, e.at])).toEqual([
      ['reported', 'acknowledged', '2027-03-28T00:30:00+01:00'],
      ['state-changed', 'in-progress', '2027-03-28T00:45:00+01:00'],
      ['sla-warning', 'in-progress', '2027-03-28T13:30:00+02:00'],
      ['sla-breach', 'in-progress', '2027-03-28T15:31:00+02:00'],
      ['repair-reported', 'resolved', '2027-03-28T16:10:00+02:00'],
      ['closed', 'closed', '2027-03-28T16:30:00+02:00'],
    ]);
    expect(closed).toMatchObject({
      state: 'closed',
      closureReason: 'repaired',
      slaStatus: 'missed',
      sla: { warnedAt: '2027-03-28T13:30:00+02:00', breachedAt: '2027-03-28T15:31:00+02:00' },
    });
  });
});
