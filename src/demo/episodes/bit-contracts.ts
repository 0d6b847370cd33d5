import type { Temporal } from 'temporal-polyfill';
import { createQuote, giveNotice, placeOrder, recordOrderAction } from '../../contracts/index.ts';
import type { OfferTerms } from '../../contracts/index.ts';
import { castWonOn } from '../demo-world.ts';
import type { DemoEpisode, DemoWorld } from '../demo-world.ts';
import type { DemoCustomer } from '../rules/demo-cast.ts';
import type { DemoRandom } from '../rules/demo-random.ts';
import type { DemoProductCode } from './catalog.ts';

interface Offer {
  readonly code: DemoProductCode;
  readonly terms: Omit<OfferTerms, 'productId' | 'orderTotalInclVatCents'>;
}

const offers = {
  colocation: {
    code: 'COLO-1U',
    terms: {
      contractKind: 'fixed-term',
      service: 'colocation',
      description: 'Colocatie 1U, Ede',
      termMonths: 12,
      paymentTermMonths: null,
      recurringCents: 22_500,
      oneTimeCents: 15_000,
    },
  },
  halfRack: {
    code: 'COLO-HALF',
    terms: {
      contractKind: 'fixed-term',
      service: 'colocation',
      description: 'Colocatie halve rack, Ede',
      termMonths: 12,
      paymentTermMonths: null,
      recurringCents: 67_500,
      oneTimeCents: 35_000,
    },
  },
  vps: {
    code: 'VPS-M',
    terms: {
      contractKind: 'indefinite',
      service: 'hosting',
      description: 'VPS medium',
      termMonths: null,
      paymentTermMonths: null,
      recurringCents: 7_500,
      oneTimeCents: 0,
    },
  },
  webHosting: {
    code: 'WEB-BASIS',
    terms: {
      contractKind: 'indefinite',
      service: 'hosting',
      description: 'Webhosting basis',
      termMonths: null,
      paymentTermMonths: null,
      recurringCents: 2_700,
      oneTimeCents: 0,
    },
  },
  domain: {
    code: 'DOMEIN-NL',
    terms: {
      contractKind: 'domain',
      service: 'domain',
      description: 'Domeinnaam .nl',
      termMonths: null,
      paymentTermMonths: null,
      recurringCents: 1_200,
      oneTimeCents: 0,
    },
  },
} as const satisfies Record<string, Offer>;

/** What a BIT customer takes: consumers a website and its domain; businesses hosting or a rack. */
function offersFor(customer: DemoCustomer, random: DemoRandom): Offer[] {
  if (customer.kind === 'consumer') return [offers.webHosting, offers.domain];
  const main = random.pick([
    offers.colocation,
    offers.colocation,
    offers.halfRack,
    offers.vps,
    offers.webHosting,
  ]);
  return random.chance(0.5) ? [main, offers.domain] : [main];
}

/** BIT's order price incl. 21 % VAT: the first year's fees and the one-time charge (base of bit:4.1). */
function orderTotalInclVat(terms: Offer['terms']): number {
  const periodsPerYear = terms.contractKind === 'domain' ? 1 : 4;
  return Math.round((terms.recurringCents * periodsPerYear + terms.oneTimeCents) * 1.21);
}

/**
 * BIT's sales: each new BIT customer gets a quote, orders it two days later, BIT confirms in writing
 * (bit:2.3: the contract is formed) and hands the service over up to a week later. A customer that
 * leaves gives notice on all its contracts; the terms decide when each ends (bit:12.2).
 */
export function bitContractsEpisode(random: DemoRandom): DemoEpisode {
  const handOvers = new Map<string, { orderId: string }[]>();
  const later = (day: Temporal.PlainDate, days: number, orderId: string) => {
    const key = day.add({ days }).toString();
    handOvers.set(key, [...(handOvers.get(key) ?? []), { orderId }]);
  };
  return {
    name: 'bit-contracts',
    async run(today, world) {
      for (const { customer, id } of castWonOn(world, today)) {
        if (customer.sellerId !== 'bit') continue;
        for (const offer of offersFor(customer, random)) {
          const terms: OfferTerms = {
            ...offer.terms,
            productId: productId(world, offer.code),
            orderTotalInclVatCents: orderTotalInclVat(offer.terms),
          };
          const quote = await createQuote(today.as(world.staff.sales, '11:00'), {
            sellerId: 'bit',
            customerId: id,
            terms,
          });
          const order = await placeOrder(today.as(world.staff.sales, '15:00'), { quoteId: quote.id });
          const { contract } = await recordOrderAction(today.as(world.staff.sales, '16:00'), {
            orderId: order.id,
            action: 'confirm',
          });
          if (contract)
            world.contracts.push({
              id: contract.id,
              customerKey: customer.key,
              sellerId: 'bit',
              service: terms.service,
              productId: terms.productId ?? null,
            });
          later(today.day, random.between(1, 7), order.id);
        }
      }
      for (const { orderId } of handOvers.get(today.day.toString()) ?? [])
        await recordOrderAction(today.as(world.staff.noc, '10:30'), { orderId, action: 'activate' });
      await noticesOf(today, world);
    },
  };
}

async function noticesOf(today: Parameters<DemoEpisode['run']>[0], world: DemoWorld): Promise<void> {
  for (const customer of world.cast) {
    if (customer.sellerId !== 'bit' || customer.leavesAfterDays === null) continue;
    if (customer.joinsAfterDays + customer.leavesAfterDays !== today.daysIn) continue;
    for (const contract of world.contracts.filter((c) => c.customerKey === customer.key))
      await giveNotice(today.as(world.staff.sales, '14:00'), {
        contractId: contract.id,
        by: 'customer',
        channel: 'email',
      });
  }
}

function productId(world: DemoWorld, code: DemoProductCode): string {
  const id = world.products.get(code);
  if (!id) throw new Error(`the demo catalog has no ${code}`);
  return id;
}
