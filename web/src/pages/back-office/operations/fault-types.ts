/* What the fault API answers (src/http/routes/faults.ts, operations-views.ts), as the screens read it. */

export type FaultState = 'acknowledged' | 'in-progress' | 'waiting-on-customer' | 'resolved' | 'closed';
export type SlaStatus = 'none' | 'running' | 'warning' | 'breached' | 'met' | 'missed';
export type ClosureReason =
  | 'repaired'
  | 'not-reproducible'
  | 'customer-modified'
  | 'customer-caused'
  | 'maintenance'
  | 'routed-to-provider';

export const FAULT_STATES: readonly FaultState[] = [
  'acknowledged',
  'in-progress',
  'waiting-on-customer',
  'resolved',
  'closed',
];
export const CLOSURE_REASONS: readonly ClosureReason[] = [
  'repaired',
  'not-reproducible',
  'customer-modified',
  'customer-caused',
  'maintenance',
  'routed-to-provider',
];
/** The classes of the repair-time table (vn:6.4.10). */
export const CABLE_CLASSES = ['12/24', '48', '96', '144', '192'] as const;

export interface SlaClock {
  readonly status: SlaStatus;
  readonly fiberCount: number;
  readonly definitiveRepair: boolean;
  readonly averageBy: string;
  readonly maximumBy: string;
  readonly warnAt: string;
  readonly warnedAt: string | null;
  readonly breachedAt: string | null;
  readonly repairHours: number | null;
  readonly because: readonly string[];
}

export interface FaultReport {
  readonly reporterName: string;
  readonly customerName: string;
  readonly contactPerson: string;
  readonly contactPhone: string;
  readonly description: string;
  readonly phoneOfficeHours: string;
  readonly phoneOutsideOfficeHours: string;
  readonly endPointA: string;
  readonly endPointB: string;
}

export interface FaultTicket {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly serviceId: string | null;
  readonly linkId: string | null;
  readonly cableId: string | null;
  readonly providerId: string | null;
  readonly kind: 'fiber-break' | 'other';
  readonly channel: string;
  readonly report: FaultReport;
  readonly reportedAt: string;
  readonly reportedBy: string;
  readonly state: FaultState;
  readonly slaStatus: SlaStatus;
  readonly sla: SlaClock | null;
  readonly maintenanceWindowId: string | null;
  readonly routedAt: string | null;
  readonly repairReportedAt: string | null;
  readonly closedAt: string | null;
  readonly closureReason: ClosureReason | null;
  readonly chargeableHours: string | null;
}

export interface FaultEvent {
  readonly kind: string;
  readonly state: FaultState;
  readonly at: string;
  readonly by: string;
  readonly note: string | null;
  readonly details: Record<string, unknown>;
}

export interface FaultDetail extends FaultTicket {
  readonly history: readonly FaultEvent[];
}

export interface FaultBoard {
  readonly items: readonly FaultTicket[];
  readonly total: number;
  /** The server's clock when the page was read. */
  readonly now: string;
}
