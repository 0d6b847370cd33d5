/** The states of the network's inventory that are plain facts, without a workflow of their own. */

/** A termination point is planned, then active; it may go out of service and be removed. */
export const NAP_STATES = ['planned', 'active', 'out-of-service', 'removed'] as const;
export type NapState = (typeof NAP_STATES)[number];

/** What a network order is for: a provider's service (vn:2.3.3) or the operator's own work (vn:2.4). */
export const NETWORK_ORDER_KINDS = ['third-party-service', 'access', 'link', 'cpe-installation'] as const;
export type NetworkOrderKind = (typeof NETWORK_ORDER_KINDS)[number];

/**
 * A service is programmed on the network, active once released to the customer, closed at the end;
 * suspended while the customer does not pay (vn:7.1.7, bit:11.5), and active again once paid.
 */
export const NETWORK_SERVICE_STATES = ['programmed', 'active', 'suspended', 'closed'] as const;
export type NetworkServiceState = (typeof NETWORK_SERVICE_STATES)[number];

/**
 * A provisioning job waits (pending), is accepted by the network automation (delivered), is reported
 * done (confirmed), or gave up after its retries (failed).
 */
export const PROVISIONING_JOB_STATES = ['pending', 'delivered', 'confirmed', 'failed'] as const;
export type ProvisioningJobState = (typeof PROVISIONING_JOB_STATES)[number];
