/** The network rules: inventory states, orders and their gate, links and VLANs, switches and deposits. */
export type {
  NapState,
  NetworkOrderKind,
  NetworkServiceState,
  ProvisioningJobState,
} from './inventory-states.ts';
export {
  NAP_STATES,
  NETWORK_ORDER_KINDS,
  NETWORK_SERVICE_STATES,
  PROVISIONING_JOB_STATES,
} from './inventory-states.ts';
export type { FiberCount } from './fiber-count.ts';
export { FIBER_COUNTS, fiberCount, isFiberCount } from './fiber-count.ts';
export type {
  NetworkOrderState,
  NetworkOrderAction,
  Tmf622State,
  OrderParty,
} from './network-order-states.ts';
export {
  NETWORK_ORDER_STATES,
  NETWORK_ORDER_ACTIONS,
  NETWORK_ORDER_TRANSITIONS,
  TMF622_STATES,
  ORDER_PARTIES,
  allowedOrderActions,
  nextOrderState,
  isFinalOrderState,
  tmf622State,
  partiesTold,
  rejectionReason,
  plannedDate,
} from './network-order-states.ts';
export type {
  ActivationCharge,
  ActivationWaiver,
  ActivationFacts,
  ActivationGateFigures,
} from './activation-gate.ts';
export {
  ACTIVATION_RULES,
  ACTIVATION_CHARGES,
  activationCleared,
  assertActivationCleared,
} from './activation-gate.ts';
export type {
  SwitchAt,
  LinkNapEnd,
  LinkHandoffEnd,
  LinkEnd,
  LinkEnds,
  LinkEndName,
  LinkLack,
  LinkProblem,
} from './link-eligibility.ts';
export { linkProblems, assertLinkEligible } from './link-eligibility.ts';
export type { VlanPool } from './vlan-choice.ts';
export { VLAN_FIRST, VLAN_LAST, vlanPool, chooseVlan } from './vlan-choice.ts';
export type { DepositRefundInput, DepositRefundFigures } from './deposit-refund.ts';
export { DEPOSIT_REFUND_RULES, depositRefund, damageShare, depositAmount } from './deposit-refund.ts';
export type {
  CpeReturnDueFigures,
  CpeReturnStatus,
  CpeReturnFacts,
  CpeReturnStatusFigures,
  CpeReminderFacts,
  CpeReminderFigures,
} from './cpe-return.ts';
export {
  CPE_RETURN_DAYS,
  CPE_RETURN_STATUSES,
  CPE_RETURN_REMINDERS,
  CPE_RETURN_REMINDER_INTERVAL_DAYS,
  cpeReturnDue,
  cpeReturnStatus,
  cpeReturnRemindersDue,
} from './cpe-return.ts';
export type { CpeOwnership, CpeOwnerFigures, CpeState, CpeDeviceFacts, RiskFigures } from './cpe-device.ts';
export {
  CPE_OWNERSHIPS,
  CPE_STATES,
  CPE_TRANSITIONS,
  cpeOwner,
  nextCpeState,
  riskPassesOn,
} from './cpe-device.ts';
