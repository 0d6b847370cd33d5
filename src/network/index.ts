/**
 * The network context: the inventory (premises, cables, NAPs, switches, links and VLANs), orders on
 * the open network and the services they make, provisioning jobs, and the network side of a
 * contract's end. What other contexts may use.
 */
export * from './rules/index.ts';
export { addPremises } from './use-cases/add-premises.ts';
export { addCable } from './use-cases/add-cable.ts';
export { addNap } from './use-cases/add-nap.ts';
export { changeNapState } from './use-cases/change-nap-state.ts';
export { registerCpe } from './use-cases/register-cpe.ts';
export { installCpe } from './use-cases/install-cpe.ts';
export { recordCpeReturn } from './use-cases/record-cpe-return.ts';
export { markCpeLost } from './use-cases/mark-cpe-lost.ts';
export { createLink, orderLink } from './use-cases/create-link.ts';
export { endLink } from './use-cases/end-link.ts';
export {
  getPremises,
  listPremises,
  getCable,
  listCables,
  getNap,
  getCpeDevice,
  getCpeDeviceBySerial,
  listCpeDevices,
  getLink,
  listLinks,
  listVlanPools,
} from './use-cases/get-network-inventory.ts';
export { submitNetworkOrder } from './use-cases/submit-network-order.ts';
export { acceptNetworkOrder } from './use-cases/accept-network-order.ts';
export { rejectNetworkOrder } from './use-cases/reject-network-order.ts';
export { planNetworkOrder } from './use-cases/plan-network-order.ts';
export { programNetworkOrder } from './use-cases/program-network-order.ts';
export { releaseNetworkOrder } from './use-cases/release-network-order.ts';
export { activateNetworkOrder } from './use-cases/activate-network-order.ts';
export { cancelNetworkOrder } from './use-cases/cancel-network-order.ts';
export { recordNetworkOrderStep } from './use-cases/record-network-order-step.ts';
export { recordActivationPayment } from './use-cases/record-activation-payment.ts';
export { waiveActivationPayment } from './use-cases/waive-activation-payment.ts';
export { getNetworkOrder, listNetworkOrders } from './use-cases/get-network-order.ts';
export { getNetworkService, listNetworkServices } from './use-cases/get-network-service.ts';
export { deliverProvisioningJobs } from './use-cases/deliver-provisioning-jobs.ts';
export { confirmProvisioningJob } from './use-cases/confirm-provisioning-job.ts';
export { retryProvisioningJob } from './use-cases/retry-provisioning-job.ts';
export { getProvisioningJob, listProvisioningJobViews } from './use-cases/get-provisioning-job.ts';
export { closeEndedContracts } from './use-cases/close-ended-contracts.ts';
export type { NetworkEnding } from './use-cases/close-ended-contracts.ts';
export { remindCpeReturns } from './use-cases/remind-cpe-returns.ts';
export { settleDeposit } from './use-cases/settle-deposit.ts';
export { suspendForNonPayment, resumeAfterPayment } from './use-cases/suspend-for-non-payment.ts';
export type { NonPaymentSuspension } from './use-cases/suspend-for-non-payment.ts';
export type { DepositSettlement, DepositSetOff, SettledDevice } from './use-cases/settle-deposit.ts';
export { holdService, liftHold } from './use-cases/hold-service.ts';
export type { ServiceHold, HoldMeasure, HoldReason } from './use-cases/hold-service.ts';
