import { createHash } from 'node:crypto';
import type { Temporal } from 'temporal-polyfill';
import { placeOrder, recordOrderAction } from '../../../contracts/index.ts';
import type { OfferTerms } from '../../../contracts/index.ts';
import {
  acceptNetworkOrder,
  activateNetworkOrder,
  addNap,
  addPremises,
  changeNapState,
  installCpe,
  planNetworkOrder,
  programNetworkOrder,
  recordActivationPayment,
  releaseNetworkOrder,
  submitNetworkOrder,
} from '../../../network/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { DemoDay, DemoWorld } from '../../demo-world.ts';
import type { DemoCustomer } from '../../rules/demo-cast.ts';
import type { DemoRandom } from '../../rules/demo-random.ts';
import type { Agenda } from './agenda.ts';
import { accessOfferFor, accessTerms, linkTerms } from './offers.ts';
import type { DemoProvider, Plant } from './plant.ts';

/** vn:2.1.8, vn:7.2.1: the deposit for a lent switch. */
export const SWITCH_DEPOSIT_CENTS = 15_000;

const HANDOFFS = [
  'BIT datacenter Ede, rack van de klant',
  'NL-ix Rotterdam, Databarn',
  'AMS-IX Amsterdam, Equinix AM3',
] as const;
const BRANCH_STREETS = ['Nijverheidsweg', 'Edisonweg', 'Handelsweg', 'Scheepmakerij', 'Noordendijk'] as const;
const POSTCODES: Record<string, string> = {
  Dordrecht: '3316',
  Zwijndrecht: '3334',
  Papendrecht: '3356',
  Sliedrecht: '3364',
  Alblasserdam: '2953',
  'Hendrik-Ido-Ambacht': '3342',
};

interface Link {
  readonly orderId: string;
  /** Its contract, once VitrumNet accepted the order. */
  contractId: string | null;
  readonly bandwidthMbps: number;
  readonly z: { readonly napId: string } | { readonly handoff: string };
}

/**
 * A VitrumNet customer connected: on the day it is won its Access order with the signed form, its
 * premises and a NAP on a free fiber; the next day the contract is accepted (vn:1.5.2) and the access
 * ordered on the network (vn:2.4) for a day one to two weeks on; then the network programmed, the NAP
 * lit, a lent switch installed against a deposit and the access activated once paid (vn:2.1.4). A
 * third of them then also order a provider's service through that provider (vn:2.3.3), and about one
 * in six a Koppeling to a second site of theirs or to a point outside the network (vn:2.2).
 */
export class Connections {
  #won = 0;

  constructor(
    private readonly random: DemoRandom,
    private readonly agenda: Agenda,
    private readonly plant: Plant,
  ) {}

  async welcome(today: DemoDay, world: DemoWorld, customer: DemoCustomer, customerId: string): Promise<void> {
    const { staff } = world;
    const town = customer.address.city;
    const offer = accessOfferFor(customer.leavesAfterDays !== null, this.random);
    const terms: OfferTerms = { ...accessTerms(offer, town), productId: productOf(world, 'VN-ACCESS-1G') };
    const accessOrder = await signedOrder(today, staff.sales, customerId, terms);
    const premises = await addPremises(today.as(staff.noc, '11:00'), {
      address: customer.address,
      customerId,
    });
    const { cableId, fiber } = await this.plant.fiberIn(today.as(staff.noc, '11:05'), town);
    const nap = await addNap(today.as(staff.noc, '11:05'), { premisesId: premises.id, cableId, fiber });
    // One customer in six also takes a Koppeling.
    const link = ++this.#won % 6 === 3 ? await this.#linkOrder(today, world, customer, customerId) : null;
    // One in three orders a provider's service too (some of them with the Koppeling).
    const provider = this.#won % 3 === 0 ? this.random.pick(this.plant.providers) : null;
    const activeOn = today.day.add({ days: this.random.between(6, 14) });

    this.agenda.on(today.day.add({ days: 1 }), async (day) => {
      const contractId = await accept(day, world, customer, accessOrder, 'access', terms.productId!);
      const order = await submitNetworkOrder(day.as(staff.noc, '10:00'), {
        kind: 'access',
        customerId,
        napId: nap.id,
        contractId,
        requestedOn: activeOn,
      });
      await acceptNetworkOrder(day.as(staff.noc, '10:05'), { orderId: order.id });
      await planNetworkOrder(day.as(staff.noc, '10:10'), { orderId: order.id, plannedOn: activeOn });
      this.agenda.on(activeOn.subtract({ days: 1 }), async (eve) => {
        await programNetworkOrder(eve.as(staff.noc, '15:00'), { orderId: order.id });
      });
      this.agenda.on(activeOn, async (on) => {
        const noc = on.as(staff.noc, '09:30');
        await changeNapState(noc, { napId: nap.id, state: 'active' });
        await installCpe(noc, {
          cpeId: await this.plant.takeSwitch(on.as(staff.noc, '08:00')),
          customerId,
          contractId,
          premisesId: premises.id,
          ownership: 'lent',
          depositCents: SWITCH_DEPOSIT_CENTS,
        });
        await deliver(on, world, order.id);
        await recordOrderAction(on.as(staff.sales, '12:00'), { orderId: accessOrder, action: 'activate' });
        if (provider)
          this.#providerOrder(
            on.day.add({ days: this.random.between(0, 3) }),
            world,
            customer,
            customerId,
            nap.id,
            provider,
          );
        if (link)
          this.#linkDelivery(
            on.day.add({ days: this.random.between(1, 5) }),
            world,
            customerId,
            nap.id,
            link,
          );
      });
    });
  }

  /** The contract order for a Koppeling, and the second site when it joins two of the customer's NAPs. */
  async #linkOrder(
    today: DemoDay,
    world: DemoWorld,
    customer: DemoCustomer,
    customerId: string,
  ): Promise<Link> {
    const bandwidthMbps = this.random.pick([100, 500, 1000]);
    let z: Link['z'];
    let between: string;
    if (this.random.chance(0.5)) {
      const town = this.random.pick(Object.keys(POSTCODES));
      const letters = String.fromCharCode(65 + this.random.between(0, 25), 65 + this.random.between(0, 25));
      const address = {
        street: this.random.pick(BRANCH_STREETS),
        houseNumber: String(this.random.between(1, 120)),
        postcode: `${POSTCODES[town]!} ${letters}`,
        city: town,
      };
      const noc = today.as(world.staff.noc, '11:20');
      const site = await addPremises(noc, { address, customerId });
      const { cableId, fiber } = await this.plant.fiberIn(noc, town);
      z = { napId: (await addNap(noc, { premisesId: site.id, cableId, fiber })).id };
      between = `${customer.address.city} – ${address.street}, ${town}`;
    } else {
      const handoff = this.random.pick(HANDOFFS);
      z = { handoff };
      between = `${customer.address.city} – ${handoff}`;
    }
    const terms: OfferTerms = {
      ...linkTerms(between, bandwidthMbps),
      productId: productOf(world, 'VN-KOPPELING'),
    };
    const orderId = await signedOrder(today, world.staff.sales, customerId, terms);
    const link: Link = { orderId, contractId: null, bandwidthMbps, z };
    this.agenda.on(today.day.add({ days: 1 }), async (day) => {
      link.contractId = await accept(day, world, customer, orderId, 'link', terms.productId!);
    });
    return link;
  }

  /** The operator's own link order once the access is live (vn:2.2.1 asks an active NAP and a switch). */
  #linkDelivery(
    submitOn: Temporal.PlainDate,
    world: DemoWorld,
    customerId: string,
    aNapId: string,
    link: Link,
  ) {
    const { staff } = world;
    const plannedOn = submitOn.add({ days: this.random.between(5, 14) });
    this.agenda.on(submitOn, async (day) => {
      const noc = day.as(staff.noc, '13:00');
      const order = await submitNetworkOrder(noc, {
        kind: 'link',
        customerId,
        contractId: link.contractId!,
        requestedOn: plannedOn,
        spec: { aNapId, z: link.z, bandwidthMbps: link.bandwidthMbps },
      });
      await acceptNetworkOrder(noc, { orderId: order.id });
      await planNetworkOrder(noc, { orderId: order.id, plannedOn });
      this.agenda.on(plannedOn.subtract({ days: 1 }), async (eve) => {
        const context = eve.as(staff.noc, '14:00');
        if ('napId' in link.z) await changeNapState(context, { napId: link.z.napId, state: 'active' });
        await programNetworkOrder(context, { orderId: order.id });
      });
      this.agenda.on(plannedOn, async (on) => {
        await deliver(on, world, order.id);
        await recordOrderAction(on.as(staff.sales, '12:10'), { orderId: link.orderId, action: 'activate' });
      });
    });
  }

  /** vn:2.3.3: the provider orders its service for the end user, with the operator's form it signed. */
  #providerOrder(
    submitOn: Temporal.PlainDate,
    world: DemoWorld,
    customer: DemoCustomer,
    customerId: string,
    napId: string,
    provider: DemoProvider,
  ) {
    const { staff } = world;
    const plannedOn = submitOn.add({ days: this.random.between(4, 14) });
    const actor: Actor = { id: `provider:${provider.id}`, origin: 'demo', providerId: provider.id };
    this.agenda.on(submitOn, async (day) => {
      const order = await submitNetworkOrder(day.as(actor, '16:40'), {
        kind: 'third-party-service',
        customerId,
        productId: provider.productId,
        napId,
        requestedOn: plannedOn,
        signedForm: {
          fileName: `aanvraagformulier-${customer.key}.pdf`,
          sha256: createHash('sha256').update(`${provider.id}:${customer.key}`).digest('hex'),
          signedOn: day.day,
          signedBy: customer.contactName,
        },
      });
      this.agenda.on(submitOn.add({ days: 1 }), async (next) => {
        await acceptNetworkOrder(next.as(staff.noc, '09:00'), { orderId: order.id });
        await planNetworkOrder(next.as(staff.noc, '09:05'), { orderId: order.id, plannedOn });
      });
      this.agenda.on(plannedOn.subtract({ days: 1 }), async (eve) => {
        await programNetworkOrder(eve.as(staff.noc, '16:00'), { orderId: order.id });
      });
      this.agenda.on(plannedOn, async (on) => deliver(on, world, order.id));
    });
  }
}

/** A VitrumNet order with the form the customer signed that day (vn:1.5.2). */
async function signedOrder(
  today: DemoDay,
  sales: Actor,
  customerId: string,
  terms: OfferTerms,
): Promise<string> {
  const order = await placeOrder(today.as(sales, '10:30'), { sellerId: 'vitrumnet', customerId, terms });
  await recordOrderAction(today.as(sales, '10:35'), { orderId: order.id, action: 'record-signed-form' });
  return order.id;
}

/** VitrumNet accepts the signed order: the contract forms (vn:1.5.2) and the other strands may use it. */
async function accept(
  day: DemoDay,
  world: DemoWorld,
  customer: DemoCustomer,
  orderId: string,
  service: 'access' | 'link',
  productId: string,
): Promise<string> {
  const { contract } = await recordOrderAction(day.as(world.staff.sales, '09:15'), {
    orderId,
    action: 'accept',
  });
  if (!contract) throw new Error(`accepting VitrumNet order ${orderId} formed no contract`);
  world.contracts.push({
    id: contract.id,
    customerKey: customer.key,
    sellerId: 'vitrumnet',
    service,
    productId,
  });
  return contract.id;
}

/** Released, paid (the first invoice and the one-time charges, vn:2.1.4) and activated on the day. */
async function deliver(on: DemoDay, world: DemoWorld, orderId: string): Promise<void> {
  await releaseNetworkOrder(on.as(world.staff.noc, '10:00'), { orderId });
  const billing = on.as(world.staff.billing, '11:00');
  await recordActivationPayment(billing, { orderId, charge: 'first-invoice' });
  await recordActivationPayment(billing, { orderId, charge: 'one-time-charges' });
  await activateNetworkOrder(on.as(world.staff.noc, '11:30'), { orderId });
}

function productOf(world: DemoWorld, code: string): string {
  const id = world.products.get(code);
  if (!id) throw new Error(`the demo catalog has no ${code}`);
  return id;
}
