import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/index.ts';
import type { SlaTerms } from './sla-clock.ts';
import { inSlaPeriod, slaReport } from './sla-report.ts';
import type { SlaTicket } from './sla-report.ts';

const sla: SlaTerms = findShippedProfile('vitrumnet-2.5-2018-04-15')!.sla!;
const t = (text: string) => Temporal.Instant.from(text);

// March 2027 in Europe/Amsterdam: 1 March 00:00 +01:00 to 1 April 00:00 +02:00.
const march = { start: t('2027-02-28T23:00:00Z'), end: t('2027-03-31T22:00:00Z') };
const afterMarch = t('2027-04-15T10:00:00Z');

let n = 0;
type TicketFields = Partial<Omit<SlaTicket, 'reportedAt'>> & { reportedAt: string; repaired?: string | null };

function ticket(fields: TicketFields): SlaTicket {
  const { reportedAt, repaired = null, ...rest } = fields;
  return {
    id: `FLT-${++n}`,
    reportedAt: t(reportedAt),
    repairReportedAt: repaired === null ? null : t(repaired),
    fiberCount: 12,
    definitiveRepair: false,
    averageHours: 6,
    maximumHours: 8,
    breachedAt: null,
    maintenanceWindowId: null,
    closedWithoutRepair: false,
    ...rest,
  };
}

const classOf = (report: ReturnType<typeof slaReport>, cableClass: string) =>
  report.classes.find((c) => c.cableClass === cableClass)!;

describe('the SLA report per period and cable class (vn:6.4.10)', () => {
  it('has one class per row of the table, empty ones too', () => {
    const report = slaReport(sla, [], march, afterMarch);
    expect(report.classes.map((c) => c.cableClass)).toEqual(['12/24', '48', '96', '144', '192']);
    expect(report.classes[0]).toMatchObject({
      averageHours: 6,
      maximumHours: 8,
      repaired: 0,
      meanRepairHours: null,
      withinAverage: null,
      breaches: [],
    });
    expect(report.because).toEqual(['vn:6.4.10']);
  });

  it('takes the mean repair time to the minute against the average, and lists the breaches', () => {
    const on = ticket({ reportedAt: '2027-03-02T10:00:00Z', repaired: '2027-03-02T15:30:00Z' }); // 5.5 h
    const late = ticket({
      reportedAt: '2027-03-03T10:00:00Z',
      repaired: '2027-03-03T18:01:00Z', // 8 h 1 min: a minute past the maximum
      fiberCount: 24,
      breachedAt: t('2027-03-03T18:00:00Z'),
    });
    const exactly = ticket({ reportedAt: '2027-03-04T10:00:00Z', repaired: '2027-03-04T18:00:00Z' }); // 8 h
    const report = slaReport(sla, [on, late, exactly], march, afterMarch);
    const row = classOf(report, '12/24');
    expect(row.repaired).toBe(3);
    // (330 + 481 + 480) / 3 = 430.33 minutes → 430 minutes
    expect(row.meanRepairHours).toBe(430 / 60);
    expect(row.averageTargetHours).toBe(6);
    expect(row.withinAverage).toBe(false);
    expect(row.breaches).toEqual([
      {
        ticketId: late.id,
        fiberCount: 24,
        reportedAt: '2027-03-03T11:00:00+01:00',
        maximumBy: '2027-03-03T19:00:00+01:00',
        repairReportedAt: '2027-03-03T19:01:00+01:00',
        hours: 8 + 1 / 60,
        overByHours: 1 / 60,
        recordedAt: '2027-03-03T19:00:00+01:00',
      },
    ]);
    expect(report.breachCount).toBe(1);
  });

  it('honours a definitive repair’s extra hours in the target and the maximum', () => {
    const definitive = ticket({
      reportedAt: '2027-03-10T10:00:00Z',
      repaired: '2027-03-10T19:30:00Z', // 9.5 h: within 8 + 2
      fiberCount: 48,
      definitiveRepair: true,
      averageHours: 11,
      maximumHours: 16,
    });
    const plain = ticket({
      reportedAt: '2027-03-11T10:00:00Z',
      repaired: '2027-03-11T18:30:00Z', // 8.5 h
      fiberCount: 48,
      averageHours: 9,
      maximumHours: 14,
    });
    const row = classOf(slaReport(sla, [definitive, plain], march, afterMarch), '48');
    expect(row).toMatchObject({
      repaired: 2,
      meanRepairHours: 9,
      averageTargetHours: 10,
      withinAverage: true,
    });
    expect(row.breaches).toEqual([]);
  });

  it('counts a ticket still open past its maximum at the period’s end as a breach, one not yet as open', () => {
    // At the period's end (1 April 00:00 +02:00) it has run 20 hours, 2 past its maximum of 18.
    const overdue = ticket({
      reportedAt: '2027-03-31T02:00:00Z',
      fiberCount: 96,
      averageHours: 12,
      maximumHours: 18,
    });
    const fresh = ticket({
      reportedAt: '2027-03-31T20:00:00Z',
      fiberCount: 96,
      averageHours: 12,
      maximumHours: 18,
    });
    const row = classOf(slaReport(sla, [overdue, fresh], march, afterMarch), '96');
    expect(row.open).toBe(1);
    expect(row.breaches).toMatchObject([
      { ticketId: overdue.id, repairReportedAt: null, hours: 20, overByHours: 2, recordedAt: null },
    ]);
  });

  it('for a period not yet over, judges open tickets as of now', () => {
    const now = t('2027-03-15T12:00:00Z');
    const open = ticket({ reportedAt: '2027-03-15T05:00:00Z' }); // 7 h so far, maximum 8
    const row = classOf(slaReport(sla, [open], march, now), '12/24');
    expect(row).toMatchObject({ open: 1, breaches: [] });
    const later = classOf(slaReport(sla, [open], march, t('2027-03-15T13:00:01Z')), '12/24');
    expect(later.breaches.map((b) => b.ticketId)).toEqual([open.id]);
  });

  it('leaves out tickets inside planned maintenance, and those closed without a repair', () => {
    const inWindow = ticket({
      reportedAt: '2027-03-05T01:00:00Z',
      averageHours: null,
      maximumHours: null,
      maintenanceWindowId: 'MW-1',
    });
    const notReproducible = ticket({ reportedAt: '2027-03-06T01:00:00Z', closedWithoutRepair: true });
    const report = slaReport(sla, [inWindow, notReproducible], march, afterMarch);
    expect(report.excluded).toEqual([{ ticketId: inWindow.id, maintenanceWindowId: 'MW-1' }]);
    expect(classOf(report, '12/24')).toMatchObject({ repaired: 0, open: 0, breaches: [] });
    expect(report.because).toEqual(['vn:6.4.10', 'vn:2.1.3', 'vn:2.2.5']);
  });

  it('falls back to the table for a ticket that recorded no times, and names unknown fiber counts', () => {
    const noTimes = ticket({
      reportedAt: '2027-03-07T00:00:00Z',
      repaired: '2027-03-07T23:00:00Z',
      fiberCount: 144,
      averageHours: null,
      maximumHours: null,
    });
    const odd = ticket({ reportedAt: '2027-03-08T00:00:00Z', fiberCount: 36 });
    const report = slaReport(sla, [noTimes, odd], march, afterMarch);
    expect(classOf(report, '144').breaches.map((b) => b.maximumBy)).toEqual(['2027-03-07T23:00:00+01:00']);
    expect(report.unclassified).toEqual([odd.id]);
  });
});

describe('the period a ticket belongs to', () => {
  it('is the one its repair report falls in; while open, the one it was reported in', () => {
    const overMonthEnd = ticket({ reportedAt: '2027-02-28T20:00:00Z', repaired: '2027-03-01T02:00:00Z' });
    expect(inSlaPeriod(overMonthEnd, march)).toBe(true);
    const repairedInApril = ticket({ reportedAt: '2027-03-31T20:00:00Z', repaired: '2027-03-31T22:00:00Z' });
    expect(inSlaPeriod(repairedInApril, march)).toBe(false);
    expect(inSlaPeriod(ticket({ reportedAt: '2027-03-31T21:59:59Z' }), march)).toBe(true);
  });

  it('puts every ticket in exactly one of two adjacent periods', () => {
    const april = { start: march.end, end: t('2027-04-30T22:00:00Z') };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.option(fc.integer({ min: 0, max: 60 * 24 * 5 })),
        (reportedMinute, repairAfter) => {
          const reportedAt = march.start.add({ minutes: reportedMinute });
          const one = ticket({
            reportedAt: reportedAt.toString(),
            repaired: repairAfter === null ? null : reportedAt.add({ minutes: repairAfter }).toString(),
          });
          const at = one.repairReportedAt ?? one.reportedAt;
          const inEither = Temporal.Instant.compare(at, april.end) < 0;
          expect(Number(inSlaPeriod(one, march)) + Number(inSlaPeriod(one, april))).toBe(inEither ? 1 : 0);
        },
      ),
    );
  });
});
