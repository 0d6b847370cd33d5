import { Temporal } from 'temporal-polyfill';
import type { RuleId } from '../../shared/explanation/index.ts';
import { DEFAULT_WARNING_HOURS, slaStatus, warnAt } from '../rules/fault-ticket-states.ts';
import type {
  FaultClosureReason as RuleReason,
  FaultTicketState as RuleState,
  SlaStatus,
} from '../rules/fault-ticket-states.ts';
import type { FaultReportText as RuleReport } from '../rules/fault-report.ts';
import { elapsedHours, slaLocalTime } from '../rules/sla-clock.ts';
import type {
  FaultChannel,
  FaultClosureReason,
  FaultKind,
  FaultReportText,
  FaultTicketState,
} from '../schema.ts';
import type { FaultTicketEventRow, FaultTicketRow } from '../store/fault-tickets.ts';

/** The vn:6.4.10 clock of a ticket: its instants in Europe/Amsterdam with their own offset. */
export interface SlaClockView {
  readonly status: SlaStatus;
  readonly fiberCount: number;
  readonly definitiveRepair: boolean;
  readonly averageBy: string;
  readonly maximumBy: string;
  /** When the scheduler warns: `maximumBy` − 2 hours. */
  readonly warnAt: string;
  readonly warnedAt: string | null;
  readonly breachedAt: string | null;
  /** Hours from the first report to the repair report, once reported. */
  readonly repairHours: number | null;
  readonly because: RuleId[];
}

export interface FaultTicketEventView {
  readonly kind: string;
  readonly state: FaultTicketState;
  readonly at: string;
  readonly by: string;
  readonly note: string | null;
  readonly details: Record<string, unknown>;
}

export interface FaultTicketView {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly serviceId: string | null;
  readonly linkId: string | null;
  readonly cableId: string | null;
  readonly providerId: string | null;
  readonly kind: FaultKind;
  readonly channel: FaultChannel;
  readonly report: FaultReportText;
  /** Instants as local time with offset (Europe/Amsterdam). */
  readonly reportedAt: string;
  readonly reportedBy: string;
  readonly state: FaultTicketState;
  /** `none` without a clock; see `sla` for the deadlines. */
  readonly slaStatus: SlaStatus;
  readonly sla: SlaClockView | null;
  readonly maintenanceWindowId: string | null;
  readonly routedAt: string | null;
  readonly repairReportedAt: string | null;
  readonly closedAt: string | null;
  readonly closureReason: FaultClosureReason | null;
  readonly chargeableHours: string | null;
  readonly chargeRecordId: string | null;
}

export interface FaultTicketDetail extends FaultTicketView {
  readonly history: FaultTicketEventView[];
}

const local = (text: string): string => slaLocalTime(Temporal.Instant.from(text));
const localOrNull = (text: string | null): string | null => (text === null ? null : local(text));

export function faultTicketView(row: FaultTicketRow, now: Temporal.Instant): FaultTicketView {
  const status = slaStatus(row, now);
  return {
    id: row.id,
    sellerId: row.sellerId,
    customerId: row.customerId,
    serviceId: row.serviceId,
    linkId: row.linkId,
    cableId: row.cableId,
    providerId: row.providerId,
    kind: row.kind,
    channel: row.channel,
    report: row.report,
    reportedAt: local(row.reportedAt),
    reportedBy: row.reportedBy,
    state: row.state,
    slaStatus: status,
    sla: clockOf(row, status),
    maintenanceWindowId: row.maintenanceWindowId,
    routedAt: localOrNull(row.routedAt),
    repairReportedAt: localOrNull(row.repairReportedAt),
    closedAt: localOrNull(row.closedAt),
    closureReason: row.closureReason,
    chargeableHours: row.chargeableHours === null ? null : Number(row.chargeableHours).toFixed(2),
    chargeRecordId: row.chargeRecordId,
  };
}

function clockOf(row: FaultTicketRow, status: SlaStatus): SlaClockView | null {
  if (row.maximumBy === null || row.averageBy === null || row.fiberCount === null) return null;
  return {
    status,
    fiberCount: row.fiberCount,
    definitiveRepair: row.definitiveRepair,
    averageBy: local(row.averageBy),
    maximumBy: local(row.maximumBy),
    warnAt: slaLocalTime(warnAt(Temporal.Instant.from(row.maximumBy), DEFAULT_WARNING_HOURS)),
    warnedAt: localOrNull(row.warnedAt),
    breachedAt: localOrNull(row.breachedAt),
    repairHours:
      row.repairReportedAt === null
        ? null
        : elapsedHours(Temporal.Instant.from(row.reportedAt), Temporal.Instant.from(row.repairReportedAt)),
    because: ['vn:6.4.10'],
  };
}

export function faultTicketEventView(row: FaultTicketEventRow): FaultTicketEventView {
  return {
    kind: row.kind,
    state: row.state,
    at: local(row.at),
    by: row.by,
    note: row.note,
    details: row.details,
  };
}

// The rules keep their own copies of the schema's types (rules do not import the schema): the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _faultTypesAgree: [
  Same<FaultTicketState, RuleState>,
  Same<FaultClosureReason, RuleReason>,
  Same<FaultReportText, RuleReport>,
] = [true, true, true];
