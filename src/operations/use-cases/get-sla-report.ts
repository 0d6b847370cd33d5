import { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { FieldChecks, InvalidInputError, quote } from '../../shared/errors/index.ts';
import { SLA_TIME_ZONE, elapsedHours, slaLocalTime } from '../rules/sla-clock.ts';
import { slaReport } from '../rules/sla-report.ts';
import type { SlaReportFigures, SlaTicket } from '../rules/sla-report.ts';
import { sellerTerms } from '../store/seller-terms.ts';
import { fiberBreaksOfPeriod } from '../store/sla-report-tickets.ts';
import type { SlaReportTicketRow } from '../store/sla-report-tickets.ts';

export interface SlaReportQuery {
  readonly sellerId: string;
  /** The first and the last day of the period (YYYY-MM-DD, Europe/Amsterdam), both included. */
  readonly from: string;
  readonly to: string;
}

export type SlaReport = {
  readonly sellerId: string;
  readonly profile: string;
  readonly from: string;
  readonly to: string;
  /** The period as instants in Europe/Amsterdam: from the first day's start to the day after `to`. */
  readonly periodStart: string;
  readonly periodEnd: string;
  /** Open tickets are judged at the period's end, or now for a period not yet over. */
  readonly judgedAt: string;
} & SlaReportFigures;

/**
 * The SLA report of a seller for a period (vn:6.4.10): per cable class the repairs, their mean time
 * against the average, and the breaches with their tickets; faults inside maintenance left out.
 */
export async function getSlaReport(
  context: Pick<Context, 'db' | 'clock'>,
  query: SlaReportQuery,
): Promise<SlaReport> {
  const { from, to } = period(query);
  const profile = await sellerTerms(context.db, query.sellerId);
  if (!profile.sla)
    throw new InvalidInputError(
      'sellerId',
      `${quote(query.sellerId)} sells under ${profile.id}, which has no SLA on repair times`,
    );
  const start = from.toZonedDateTime(SLA_TIME_ZONE).toInstant();
  const end = to.add({ days: 1 }).toZonedDateTime(SLA_TIME_ZONE).toInstant();
  const rows = await fiberBreaksOfPeriod(context.db, query.sellerId, start.toString(), end.toString());
  const now = context.clock.now();
  const figures = slaReport(profile.sla, rows.map(slaTicketOf), { start, end }, now);
  return {
    sellerId: query.sellerId,
    profile: profile.id,
    from: from.toString(),
    to: to.toString(),
    periodStart: slaLocalTime(start),
    periodEnd: slaLocalTime(end),
    judgedAt: slaLocalTime(Temporal.Instant.compare(now, end) < 0 ? now : end),
    ...figures,
  };
}

function period(query: SlaReportQuery): { from: Temporal.PlainDate; to: Temporal.PlainDate } {
  const checks = new FieldChecks();
  const from = checks.check(() => day('from', query.from));
  const to = checks.check(() => day('to', query.to));
  if (from && to && Temporal.PlainDate.compare(to, from) < 0)
    checks.add(
      'to',
      `${to.toString()} is before from (${from.toString()}): the period runs from … to, inclusive`,
    );
  checks.throwIfAny();
  return { from: from!, to: to! };
}

function day(field: string, text: string): Temporal.PlainDate {
  try {
    return parsePlainDate(text);
  } catch (error) {
    throw new InvalidInputError(field, (error as Error).message);
  }
}

function slaTicketOf(row: SlaReportTicketRow): SlaTicket {
  const reportedAt = Temporal.Instant.from(row.reportedAt);
  const instant = (text: string | null) => (text === null ? null : Temporal.Instant.from(text));
  const hoursTo = (text: string | null) =>
    text === null ? null : elapsedHours(reportedAt, Temporal.Instant.from(text));
  const repairReportedAt = instant(row.repairReportedAt);
  return {
    id: row.id,
    reportedAt,
    repairReportedAt,
    fiberCount: row.fiberCount,
    definitiveRepair: row.definitiveRepair,
    averageHours: hoursTo(row.averageBy),
    maximumHours: hoursTo(row.maximumBy),
    breachedAt: instant(row.breachedAt),
    maintenanceWindowId: row.maintenanceWindowId,
    closedWithoutRepair: repairReportedAt === null && (row.state === 'resolved' || row.state === 'closed'),
  };
}
