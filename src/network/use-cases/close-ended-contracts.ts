import { Temporal } from 'temporal-polyfill';
import { raiseCharge } from '../../billing/index.ts';
import { contractsThatMayHaveEnded, getContract } from '../../contracts/index.ts';
import type { ContractView } from '../../contracts/index.ts';
import { notifyCustomer, notifyProvider } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { getProfile } from '../../terms/index.ts';
import { cpeReturnDue } from '../rules/cpe-return.ts';
import {
  closeServicesOfContract,
  contractsWithNetworkPresence,
  endLinksOfContract,
  markCpeReturnDue,
} from '../store/endings.ts';
import { endHoldsOf } from '../store/holds.ts';
import { enqueueLinkTeardown, enqueueProvisioningJob } from '../store/provisioning-jobs.ts';

/** What ending one contract did on the network. */
export interface NetworkEnding {
  readonly contractId: string;
  readonly endedOn: string;
  readonly closedServices: string[];
  readonly endedLinks: string[];
  readonly cpeReturnsDue: { readonly cpeId: string; readonly dueOn: string }[];
  /** vn:1.6.8: the removal charge raised, when the terms and the contract give one. */
  readonly removalChargeId: string | null;
}

/**
 * The daily step that follows a contract's end onto the network: every contract whose effective end
 * has passed on `asOf` gets its services closed and links taken down (provisioning jobs), its lent or
 * rented switches due back within the profile's days (vn:1.6.5, the customer told), and the removal
 * charge raised (vn:1.6.8). Each contract in its own transaction; a rerun finds nothing left to do.
 */
export async function closeEndedContracts(
  context: Context,
  asOf: Temporal.PlainDate = context.clock.today(),
): Promise<NetworkEnding[]> {
  const endings: NetworkEnding[] = [];
  const onNetwork = await contractsWithNetworkPresence(context.db);
  for (const contractId of await contractsThatMayHaveEnded(context.db, onNetwork)) {
    const contract = await getContract(context.db, contractId, asOf);
    const { status, effectiveEnd } = contract.timeline;
    if (status !== 'ended' || !effectiveEnd) continue;
    endings.push(await closeOnNetwork(context, contract, effectiveEnd));
  }
  return endings;
}

async function closeOnNetwork(context: Context, contract: ContractView, endedOn: string) {
  const { profile } = await getProfile(context.db, contract.profileId);
  return context.db.transaction(async (tx): Promise<NetworkEnding> => {
    const services = await closeServicesOfContract(tx, contract.id, endedOn);
    await endHoldsOf(
      tx,
      services.map((service) => service.id),
      context.clock.now().toString(),
    );
    for (const service of services) {
      await enqueueProvisioningJob(tx, context.clock, {
        subject: `service:${service.id}`,
        action: 'service.close',
        payload: { serviceId: service.id, napId: service.napId, linkId: service.linkId, closedOn: endedOn },
      });
      if (service.providerId) {
        // The provider runs the end user's helpdesk (vn:2.3.3): it hears its service is gone.
        await notifyProvider(tx, context, service.providerId, service.customerId, {
          kind: 'service-closed',
          about: `network-order:${service.orderId}`,
          subject: `Service ${service.id} closed: the end user's access ended on ${endedOn}`,
          body: `The access of ${service.customerId} under contract ${contract.id} ended on ${endedOn}; service ${service.id} is closed on the network.`,
          because: ['vn:2.3.2'],
          payload: { serviceId: service.id, closedOn: endedOn },
        });
      }
    }
    const links = await endLinksOfContract(tx, contract.id, endedOn);
    for (const link of links) await enqueueLinkTeardown(tx, context.clock, link);
    const due = cpeReturnDue(Temporal.PlainDate.from(endedOn), profile.equipment?.returnWithinDays);
    const devices = await markCpeReturnDue(tx, contract.id, due.value.toString());
    for (const device of devices) {
      await notifyCustomer(tx, context, contract.customerId, ['technical', 'primary'], {
        kind: 'cpe-return-due',
        about: `cpe:${device.id}`,
        subject: `Return the switch ${device.serialNumber} by ${due.value.toString()}`,
        body:
          `Your contract ${contract.id} ended on ${endedOn}. Please return the switch ` +
          `${device.model} (serial ${device.serialNumber}) with its ownership sticker by ` +
          `${due.value.toString()}. Its deposit is settled after the return.`,
        because: [...due.because],
      });
    }
    const removal = await raiseRemovalCharge(tx, context, contract, endedOn, profile.earlyTermination);
    const ending: NetworkEnding = {
      contractId: contract.id,
      endedOn,
      closedServices: services.map((service) => service.id),
      endedLinks: links.map((link) => link.id),
      cpeReturnsDue: devices.map((device) => ({ cpeId: device.id, dueOn: due.value.toString() })),
      removalChargeId: removal?.id ?? null,
    };
    await auditChange(tx, context, {
      action: 'contract.closed-on-network',
      subject: { type: 'contract', id: contract.id },
      details: { ...ending, because: [...due.because] },
    });
    return ending;
  });
}

/** vn:1.6.8: removal costs are charged on termination, at the amount the contract states. */
async function raiseRemovalCharge(
  db: Context['db'],
  context: Context,
  contract: ContractView,
  endedOn: string,
  earlyTermination: { removalCharge?: boolean; rules: readonly string[] } | null | undefined,
) {
  const amount = contract.terms.removalCents ?? 0;
  if (!earlyTermination?.removalCharge || amount <= 0) return undefined;
  return raiseCharge(db, {
    sellerId: contract.sellerId,
    customerId: contract.customerId,
    contractId: contract.id,
    productId: null,
    description: `Removal of the connection and equipment of contract ${contract.id}`,
    amountCents: amount,
    vatCategory: 'standard',
    raisedOn: endedOn,
    because: ['vn:1.6.8'],
    dedupeKey: `removal:${contract.id}`,
    createdAt: context.clock.now().toString(),
  });
}
