import { Temporal } from 'temporal-polyfill';
import type { RuleId } from '../../shared/explanation/index.ts';
import { elapsedHours, slaDeadlines, slaLocalTime } from './sla-clock.ts';
import type { SlaTerms } from './sla-clock.ts';

/** A fiber-break ticket as the SLA report reads it. */
export interface SlaTicket {
  readonly id: string;
  readonly reportedAt: Temporal.Instant;
  /** The formal repair report: where the clock stops; null while open. */
  readonly repairReportedAt: Temporal.Instant | null;
  readonly fiberCount: number | null;
  readonly definitiveRepair: boolean;
  /** The ticket's own repair times (from its averageBy and maximumBy); null when it ran no clock. */
  readonly averageHours: number | null;
  readonly maximumHours: number | null;
  /** When the scheduler recorded the breach, if it did. */
  readonly breachedAt: Temporal.Instant | null;
  /** A fault inside planned maintenance runs no SLA clock (vn:2.1.3, vn:2.2.5). */
  readonly maintenanceWindowId: string | null;
  /** Closed or resolved without a repair report (not reproducible, customer modified, …). */
  readonly closedWithoutRepair: boolean;
}

/** The period: Europe/Amsterdam days `from` to `to` inclusive, as instants [start, end). */
export interface SlaPeriod {
  readonly start: Temporal.Instant;
  readonly end: Temporal.Instant;
}

/** Instants in Europe/Amsterdam with their offset, as the SLA clock shows them. */
export interface SlaBreach {
  readonly ticketId: string;
  readonly fiberCount: number;
  readonly reportedAt: string;
  readonly maximumBy: string;
  /** Null: still open past its maximum at the period's end (or now, for a period not yet over). */
  readonly repairReportedAt: string | null;
  /** Elapsed hours from the report to the repair report, or to the period's end while open. */
  readonly hours: number;
  readonly overByHours: number;
  readonly recordedAt: string | null;
}

export interface SlaClassReport {
  /** `12/24`, `48`, …: a row of the repair-time table. */
  readonly cableClass: string;
  readonly fiberCounts: number[];
  /** The table's times for the row (without definitive repair). */
  readonly averageHours: number;
  readonly maximumHours: number;
  readonly repaired: number;
  /** Open at the period's end, not past their maximum. */
  readonly open: number;
  /** Mean elapsed repair time of the repaired tickets, to the minute; null when none was repaired. */
  readonly meanRepairHours: number | null;
  /** The mean of the repaired tickets' own average times (+2 h where definitively repaired). */
  readonly averageTargetHours: number | null;
  readonly withinAverage: boolean | null;
  readonly breaches: SlaBreach[];
}

export interface SlaReportFigures {
  readonly classes: SlaClassReport[];
  /** Tickets of the period inside planned maintenance: no SLA clock, left out. */
  readonly excluded: { readonly ticketId: string; readonly maintenanceWindowId: string }[];
  /** Tickets whose fiber count is no row of the table. */
  readonly unclassified: string[];
  readonly breachCount: number;
  readonly because: RuleId[];
}

/**
 * Whose period a ticket is in: the one its repair report falls in; a ticket without one (still
 * open) the one it was reported in. So each ticket is counted in exactly one period, and a repair
 * that runs over a period's end counts where the clock stopped.
 */
export function inSlaPeriod(ticket: SlaTicket, period: SlaPeriod): boolean {
  const at = ticket.repairReportedAt ?? ticket.reportedAt;
  return Temporal.Instant.compare(at, period.start) >= 0 && Temporal.Instant.compare(at, period.end) < 0;
}

/**
 * vn:6.4.10 per period and cable class: the repaired count and mean repair time against the average
 * target, and the breaches — a repair report later than the maximum, or a ticket still open past its
 * maximum at the period's end. `asOf` (now) stands in for the end of a period not yet over.
 */
export function slaReport(
  sla: SlaTerms,
  tickets: readonly SlaTicket[],
  period: SlaPeriod,
  asOf: Temporal.Instant,
): SlaReportFigures {
  const cutoff = Temporal.Instant.compare(asOf, period.end) < 0 ? asOf : period.end;
  const ofPeriod = tickets.filter((ticket) => inSlaPeriod(ticket, period));
  const excluded = ofPeriod.flatMap((ticket) =>
    ticket.maintenanceWindowId === null
      ? []
      : [{ ticketId: ticket.id, maintenanceWindowId: ticket.maintenanceWindowId }],
  );
  const counted = ofPeriod.filter(
    (ticket) => ticket.maintenanceWindowId === null && !ticket.closedWithoutRepair,
  );
  const classes = sla.repairTimes.map((row) =>
    classReport(
      sla,
      row,
      counted.filter((ticket) => ticket.fiberCount !== null && row.fiberCounts.includes(ticket.fiberCount)),
      cutoff,
    ),
  );
  const known = new Set(sla.repairTimes.flatMap((row) => row.fiberCounts));
  return {
    classes,
    excluded,
    unclassified: counted
      .filter((ticket) => ticket.fiberCount === null || !known.has(ticket.fiberCount))
      .map((ticket) => ticket.id),
    breachCount: classes.reduce((sum, report) => sum + report.breaches.length, 0),
    because: [...sla.rules, ...(excluded.length > 0 ? (['vn:2.1.3', 'vn:2.2.5'] as RuleId[]) : [])],
  };
}

function classReport(
  sla: SlaTerms,
  row: SlaTerms['repairTimes'][number],
  tickets: readonly SlaTicket[],
  cutoff: Temporal.Instant,
): SlaClassReport {
  const clocks = tickets.map((ticket) => ({ ticket, ...timesOf(sla, ticket) }));
  const repaired = clocks.filter(({ ticket }) => ticket.repairReportedAt !== null);
  const breaches: SlaBreach[] = [];
  let open = 0;
  for (const { ticket, maximumHours } of clocks) {
    const maximumBy = ticket.reportedAt.add({ hours: maximumHours });
    const until = ticket.repairReportedAt ?? cutoff;
    const late = Temporal.Instant.compare(until, maximumBy) > 0; // vn:6.4.10: later than the maximum
    if (!late) {
      if (ticket.repairReportedAt === null) open += 1;
      continue;
    }
    const hours = elapsedHours(ticket.reportedAt, until);
    breaches.push({
      ticketId: ticket.id,
      fiberCount: ticket.fiberCount!,
      reportedAt: slaLocalTime(ticket.reportedAt),
      maximumBy: slaLocalTime(maximumBy),
      repairReportedAt: ticket.repairReportedAt ? slaLocalTime(ticket.repairReportedAt) : null,
      hours,
      overByHours: elapsedHours(maximumBy, until),
      recordedAt: ticket.breachedAt ? slaLocalTime(ticket.breachedAt) : null,
    });
  }
  const meanMinutes = mean(
    repaired.map(({ ticket }) => minutesBetween(ticket.reportedAt, ticket.repairReportedAt!)),
  );
  const meanRepairHours = meanMinutes === null ? null : Math.round(meanMinutes) / 60;
  const averageTargetHours = mean(repaired.map(({ averageHours }) => averageHours));
  return {
    cableClass: row.fiberCounts.join('/'),
    fiberCounts: [...row.fiberCounts],
    averageHours: row.averageHours,
    maximumHours: row.maximumHours,
    repaired: repaired.length,
    open,
    meanRepairHours,
    averageTargetHours: averageTargetHours === null ? null : Math.round(averageTargetHours * 60) / 60,
    withinAverage:
      meanRepairHours === null || averageTargetHours === null ? null : meanRepairHours <= averageTargetHours,
    breaches,
  };
}

/** The ticket's own times; where it recorded none, the table's for its fiber count. */
function timesOf(sla: SlaTerms, ticket: SlaTicket): { averageHours: number; maximumHours: number } {
  if (ticket.averageHours !== null && ticket.maximumHours !== null)
    return { averageHours: ticket.averageHours, maximumHours: ticket.maximumHours };
  const deadlines = slaDeadlines(sla, {
    fiberCount: ticket.fiberCount!,
    reportedAt: ticket.reportedAt,
    definitiveRepair: ticket.definitiveRepair,
  });
  return { averageHours: deadlines.averageHours, maximumHours: deadlines.maximumHours };
}

function minutesBetween(from: Temporal.Instant, to: Temporal.Instant): number {
  return Math.round(from.until(to, { largestUnit: 'hours' }).total({ unit: 'minutes' }));
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
