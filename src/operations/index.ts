/**
 * The operations context: faults and their SLA clocks (vn:6.4), planned maintenance (vn:2.1.3,
 * 2.2.5), force majeure (bit:6, vn:1.10), abuse and fair use (vn:4.1, bit:12.4) and liability claims
 * (bit:8.6, vn:1.8). What other contexts and the entry points may use.
 */

// Faults and their SLA clocks (vn:6.4)
export { readFaultReport, FAULT_REPORT_ITEMS } from './rules/fault-report.ts';
export type { FaultAction, SlaStatus } from './rules/fault-ticket-states.ts';
export {
  nextState,
  slaStatus,
  slaAlertDue,
  closureProblem,
  FAULT_ACTIONS,
  SLA_STATUSES,
  DEFAULT_WARNING_HOURS,
} from './rules/fault-ticket-states.ts';
export type { ReportFault } from './use-cases/report-fault.ts';
export { reportFault } from './use-cases/report-fault.ts';
export type { ChangeFaultTicket, FaultTicketChange } from './use-cases/change-fault-ticket.ts';
export { changeFaultTicket, FAULT_TICKET_CHANGES } from './use-cases/change-fault-ticket.ts';
export type { ReportRepair } from './use-cases/report-repair.ts';
export { reportRepair } from './use-cases/report-repair.ts';
export type { CloseFaultTicket } from './use-cases/close-fault-ticket.ts';
export { closeFaultTicket } from './use-cases/close-fault-ticket.ts';
export type { WatchSlaClocks, SlaWatchRun, SlaAlert } from './use-cases/watch-sla-clocks.ts';
export { watchSlaClocks } from './use-cases/watch-sla-clocks.ts';
export type { FaultTicketQuery, FaultTicketPage } from './use-cases/get-fault-ticket.ts';
export { getFaultTicket, listFaultTicketViews, MAX_FAULT_PAGE } from './use-cases/get-fault-ticket.ts';
export type {
  FaultTicketView,
  FaultTicketDetail,
  FaultTicketEventView,
  SlaClockView,
} from './use-cases/fault-ticket-view.ts';
export { FAULT_TICKET_STATES, FAULT_CLOSURE_REASONS, FAULT_CHANNELS, FAULT_KINDS } from './schema.ts';
export type {
  FaultTicketState,
  FaultClosureReason,
  FaultChannel,
  FaultKind,
  FaultReportText,
} from './schema.ts';

// The SLA report (vn:6.4.10)
export type { SlaReport, SlaReportQuery } from './use-cases/get-sla-report.ts';
export { getSlaReport } from './use-cases/get-sla-report.ts';
export type { SlaBreach, SlaClassReport } from './rules/sla-report.ts';

// Planned maintenance (vn:2.1.3, vn:2.2.5)
export type { PlanMaintenance } from './use-cases/plan-maintenance.ts';
export { planMaintenance } from './use-cases/plan-maintenance.ts';
export { cancelMaintenance } from './use-cases/cancel-maintenance.ts';
export type { MaintenanceQuery } from './use-cases/get-maintenance.ts';
export { getMaintenance, listMaintenance } from './use-cases/get-maintenance.ts';
export type {
  AffectedService,
  MaintenanceWindowView,
  MaintenanceWindowDetail,
} from './use-cases/maintenance-view.ts';
export { MAINTENANCE_MAX_HOURS } from './rules/maintenance-window.ts';

// Force majeure (bit:6, vn:1.10)
export type {
  ForceMajeureRight,
  ForceMajeureRights,
  ForceMajeureParty,
  ForceMajeurePeriod,
} from './rules/force-majeure-rights.ts';
export { forceMajeureRights, forceMajeureThreshold } from './rules/force-majeure-rights.ts';
export type { DeclareForceMajeure, DeclaredForceMajeure } from './use-cases/declare-force-majeure.ts';
export { declareForceMajeure, FORCE_MAJEURE_SCOPES } from './use-cases/declare-force-majeure.ts';
export type { EndedForceMajeure } from './use-cases/end-force-majeure.ts';
export { endForceMajeure } from './use-cases/end-force-majeure.ts';
export type {
  EndContractForForceMajeure,
  ContractEndedForForceMajeure,
} from './use-cases/end-contract-for-force-majeure.ts';
export {
  endContractForForceMajeure,
  FORCE_MAJEURE_PARTIES,
} from './use-cases/end-contract-for-force-majeure.ts';
export type {
  ForceMajeureView,
  ForceMajeureContractView,
  ContractForceMajeure,
} from './use-cases/get-force-majeure.ts';
export {
  getForceMajeureEvent,
  listForceMajeureEvents,
  forceMajeureOfContract,
} from './use-cases/get-force-majeure.ts';
export type {
  ForceMajeureEventRow,
  ForceMajeureServiceRow,
  ForceMajeureScope,
} from './store/force-majeure.ts';

// Abuse and fair use (vn:4.1, bit:12.4)
export { ABUSE_CATEGORY_LABELS, abuseCategory } from './rules/abuse-categories.ts';
export type { AbuseEscalation } from './rules/abuse-measures.ts';
export { abuseMeasure, abuseEscalation, allowedAbuseMeasures } from './rules/abuse-measures.ts';
export type { AbuseCaseView, AbuseMeasureView } from './use-cases/abuse-case-view.ts';
export type { OpenAbuseCase } from './use-cases/open-abuse-case.ts';
export { openAbuseCase } from './use-cases/open-abuse-case.ts';
export type { TakeAbuseMeasure } from './use-cases/take-abuse-measure.ts';
export { takeAbuseMeasure } from './use-cases/take-abuse-measure.ts';
export { liftAbuseMeasure } from './use-cases/lift-abuse-measure.ts';
export type { AbuseEscalationOutcome } from './use-cases/escalate-abuse-case.ts';
export { escalateAbuseCase } from './use-cases/escalate-abuse-case.ts';
export type { AbuseCaseQuery } from './use-cases/get-abuse-case.ts';
export { getAbuseCase, listAbuseCases } from './use-cases/get-abuse-case.ts';

// Liability claims (bit:8.6, vn:1.8)
export type {
  ClaimFlag,
  ClaimFlags,
  LiabilityCap,
  LiabilityCapBasis,
  LiabilityFacts,
} from './rules/liability-cap.ts';
export { CLAIM_FLAGS, agreedContractPrice, claimFlags, liabilityCap } from './rules/liability-cap.ts';
export type { LiabilityClaimView } from './use-cases/liability-claim-view.ts';
export type { RecordLiabilityClaim } from './use-cases/record-liability-claim.ts';
export { recordLiabilityClaim } from './use-cases/record-liability-claim.ts';
export { getLiabilityClaim, listLiabilityClaims } from './use-cases/get-liability-claim.ts';

// The fault board of the back office (issue 8)
export type { FaultBoard, FaultBoardQuery } from './use-cases/list-fault-board.ts';
export { listFaultBoard, MAX_FAULT_BOARD_PAGE } from './use-cases/list-fault-board.ts';
export { FAULT_BOARD_SORTS } from './store/fault-board.ts';
export type { WorkPage, PageQuery } from './use-cases/list-work-pages.ts';
export {
  listMaintenancePage,
  listForceMajeurePage,
  listAbuseCasePage,
  MAX_WORK_PAGE,
} from './use-cases/list-work-pages.ts';
export { MAINTENANCE_LIST_SORTS, FORCE_MAJEURE_LIST_SORTS, ABUSE_LIST_SORTS } from './store/work-lists.ts';
