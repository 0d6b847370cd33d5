import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { faultTickets } from '../schema.ts';
import type { FaultTicketState } from '../schema.ts';

/*
 * For the SLA report tests only: fiber-break tickets written straight into fault_tickets (reporting
 * faults is the fault-ticket use cases' subject), with their clock as vn:6.4.10 would set it.
 */

const REPORT = {
  reporterName: 'P. Jansen',
  customerName: 'Test B.V.',
  contactPerson: 'P. Jansen',
  contactPhone: '010 123 4567',
  description: 'No light on the fiber',
  phoneOfficeHours: '010 123 4567',
  phoneOutsideOfficeHours: '06 1234 5678',
  endPointA: 'Weena 1, Rotterdam',
  endPointB: 'Datacenter Rotterdam',
};

export interface FiberBreakRow {
  readonly sellerId?: string;
  readonly customerId: string;
  readonly reportedAt: string;
  readonly repairReportedAt?: string | null;
  readonly fiberCount?: number;
  /** The ticket's times; default the table's for 12/24 fibers (6 and 8 hours). */
  readonly averageHours?: number | null;
  readonly maximumHours?: number | null;
  readonly definitiveRepair?: boolean;
  readonly breachedAt?: string | null;
  readonly maintenanceWindowId?: string | null;
  readonly state?: FaultTicketState;
  readonly kind?: 'fiber-break' | 'other';
}

/** Inserts one ticket and answers its id. */
export async function insertFiberBreak(db: Db, row: FiberBreakRow): Promise<string> {
  const reported = Temporal.Instant.from(row.reportedAt);
  const by = (hours: number | null | undefined) =>
    hours === null || hours === undefined ? null : reported.add({ hours }).toString();
  const repaired = row.repairReportedAt ?? null;
  const [inserted] = await db
    .insert(faultTickets)
    .values({
      sellerId: row.sellerId ?? 'vitrumnet',
      customerId: row.customerId,
      kind: row.kind ?? 'fiber-break',
      channel: 'phone',
      report: REPORT,
      reportedAt: reported.toString(),
      reportedBy: 'test',
      state: row.state ?? (repaired === null ? 'in-progress' : 'closed'),
      definitiveRepair: row.definitiveRepair ?? false,
      fiberCount: row.fiberCount ?? 12,
      averageBy: by(row.averageHours === undefined ? 6 : row.averageHours),
      maximumBy: by(row.maximumHours === undefined ? 8 : row.maximumHours),
      maintenanceWindowId: row.maintenanceWindowId ?? null,
      breachedAt: row.breachedAt ?? null,
      repairReportedAt: repaired,
      closedAt: repaired,
      closureReason: repaired === null ? null : 'repaired',
      createdAt: reported.toString(),
    })
    .returning({ id: faultTickets.id });
  return inserted!.id;
}
