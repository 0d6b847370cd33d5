import { getCustomer } from '../../../customers/index.ts';
import { getLink, getNap, getPremises, listNetworkServices } from '../../../network/index.ts';
import type { Context } from '../../../platform/context.ts';
import type { Address } from '../../../shared/identifiers/index.ts';
import type { DemoWorld } from '../../demo-world.ts';

/** A running VitrumNet service of a contract the demo made, with where it is on the network. */
export interface RunningService {
  readonly serviceId: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly napId: string;
  readonly cableId: string;
  readonly linkId: string | null;
  readonly providerId: string | null;
  /** The cast key of its customer. */
  readonly customerKey: string;
  readonly openedOn: string | null;
}

interface NapPlace {
  readonly cableId: string;
  readonly address: string;
}

/** Reads the network through its use cases; a NAP's cable and address do not change, so they are kept. */
export class NetworkLookup {
  private readonly naps = new Map<string, NapPlace>();

  constructor(private readonly world: DemoWorld) {}

  /** The active services of the demo's VitrumNet contracts, in the order of their ids. */
  async runningServices(context: Context): Promise<RunningService[]> {
    const contracts = new Map(
      this.world.contracts
        .filter((contract) => contract.sellerId === 'vitrumnet')
        .map((contract) => [contract.id, contract.customerKey]),
    );
    if (contracts.size === 0) return [];
    const running: RunningService[] = [];
    for (const service of await listNetworkServices(context)) {
      const customerKey = service.contractId ? contracts.get(service.contractId) : undefined;
      if (service.state !== 'active' || !service.napId || !service.contractId || customerKey === undefined)
        continue;
      const nap = await this.nap(service.napId);
      running.push({
        serviceId: service.id,
        contractId: service.contractId,
        customerId: service.customerId,
        napId: service.napId,
        cableId: nap.cableId,
        linkId: service.linkId,
        providerId: service.providerId,
        customerKey,
        openedOn: service.openedOn,
      });
    }
    return running;
  }

  async nap(napId: string): Promise<NapPlace> {
    const known = this.naps.get(napId);
    if (known) return known;
    const nap = await getNap(this.world.db, napId);
    const premises = await getPremises(this.world.db, nap.premisesId);
    const place = { cableId: nap.cableId, address: addressLine(premises.address) };
    this.naps.set(napId, place);
    return place;
  }

  /**
   * A complete vn:6.4.9 report as the customer's fault contact gives it on the phone: the contact
   * reports and stays the contact during the fault; the end points are the service's NAP and the far
   * end of its link, or the operator's point of presence for access.
   */
  async faultReport(service: RunningService, description: string): Promise<Record<string, string>> {
    const customer = await getCustomer(this.world.db, service.customerId);
    const contact =
      customer.contacts.find((c) => c.roles.includes('fault')) ??
      customer.contacts.find((c) => c.roles.includes('technical')) ??
      customer.contacts[0];
    const phone = contact?.phoneOutsideOfficeHours ?? contact?.phoneOfficeHours ?? '078 613 2200';
    const officePhone = contact?.phoneOfficeHours ?? phone;
    const name = contact?.name ?? customer.legalName;
    return {
      reporterName: name,
      customerName: customer.legalName,
      contactPerson: name,
      contactPhone: phone,
      description,
      phoneOfficeHours: officePhone,
      phoneOutsideOfficeHours: phone,
      endPointA: (await this.nap(service.napId)).address,
      endPointB: await this.farEnd(service),
    };
  }

  private async farEnd(service: RunningService): Promise<string> {
    if (service.linkId) {
      const link = await getLink(this.world.db, service.linkId);
      const far = link.aNapId === service.napId ? link.zNapId : link.aNapId;
      if (far) return (await this.nap(far)).address;
      if (link.zHandoff) return link.zHandoff;
    }
    return `VitrumNet PoP Dordrecht, cable ${service.cableId}`;
  }
}

function addressLine(address: Address): string {
  const number = `${address.houseNumber}${address.houseNumberAddition ?? ''}`;
  return `${address.street} ${number}, ${address.postcode} ${address.city}`;
}
