import { and, eq, gte, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { faultTickets } from '../schema.ts';

export type SlaReportTicketRow = Pick<
  typeof faultTickets.$inferSelect,
  | 'id'
  | 'state'
  | 'reportedAt'
  | 'repairReportedAt'
  | 'fiberCount'
  | 'definitiveRepair'
  | 'averageBy'
  | 'maximumBy'
  | 'breachedAt'
  | 'maintenanceWindowId'
>;

/**
 * A seller's fiber-break tickets of a period [start, end): those whose repair report falls in it,
 * and those without one that were reported in it (the SLA report's reading, sla-report.ts).
 */
export function fiberBreaksOfPeriod(
  db: Db,
  sellerId: string,
  start: string,
  end: string,
): Promise<SlaReportTicketRow[]> {
  return db
    .select({
      id: faultTickets.id,
      state: faultTickets.state,
      reportedAt: faultTickets.reportedAt,
      repairReportedAt: faultTickets.repairReportedAt,
      fiberCount: faultTickets.fiberCount,
      definitiveRepair: faultTickets.definitiveRepair,
      averageBy: faultTickets.averageBy,
      maximumBy: faultTickets.maximumBy,
      breachedAt: faultTickets.breachedAt,
      maintenanceWindowId: faultTickets.maintenanceWindowId,
    })
    .from(faultTickets)
    .where(
      and(
        eq(faultTickets.sellerId, sellerId),
        eq(faultTickets.kind, 'fiber-break'),
        or(
          and(gte(faultTickets.repairReportedAt, start), lt(faultTickets.repairReportedAt, end)),
          and(
            isNull(faultTickets.repairReportedAt),
            gte(faultTickets.reportedAt, start),
            lt(faultTickets.reportedAt, end),
          ),
        ),
      ),
    )
    .orderBy(faultTickets.reportedAt, faultTickets.id);
}
