import type { OfferTerms } from '../../../contracts/index.ts';
import type { DemoRandom } from '../../rules/demo-random.ts';

type Terms = Omit<OfferTerms, 'productId' | 'orderTotalInclVatCents' | 'description'>;

/** VitrumNet's access offers: the usual two terms, and a flexible one with a first term of a quarter. */
const access = {
  long: { termMonths: 24, recurringCents: 13_500, oneTimeCents: 25_000 },
  year: { termMonths: 12, recurringCents: 14_500, oneTimeCents: 35_000 },
  flex: { termMonths: 3, recurringCents: 16_500, oneTimeCents: 49_500 },
} as const;

export type AccessOffer = keyof typeof access;

/**
 * Most customers take two years, some one; a customer that is to leave within the demo's year took the
 * flexible term, so its ending (vn:1.6.1, shortened by nl:tw7.2a once renewed) falls within the year.
 */
export function accessOfferFor(leaves: boolean, random: DemoRandom): AccessOffer {
  if (leaves) return 'flex';
  const roll = random.next();
  return roll < 0.6 ? 'long' : roll < 0.9 ? 'year' : 'flex';
}

export function accessTerms(offer: AccessOffer, town: string): Omit<OfferTerms, 'productId'> {
  const { termMonths, recurringCents, oneTimeCents } = access[offer];
  const flex = offer === 'flex' ? ' flex' : '';
  return withTotal({
    contractKind: 'fixed-term',
    service: 'access',
    description: `Access 1 Gbit/s${flex}, ${town} (${termMonths} maanden)`,
    termMonths,
    paymentTermMonths: null,
    recurringCents,
    oneTimeCents,
    // vn:1.6.8: the connection and the switch are taken out when the contract ends.
    removalCents: 12_500,
  });
}

/** A Koppeling (vn:1.2.15, vn:2.2): a year's term, priced by its bandwidth. */
export function linkTerms(between: string, bandwidthMbps: number): Omit<OfferTerms, 'productId'> {
  const speed = bandwidthMbps >= 1000 ? `${bandwidthMbps / 1000} Gbit/s` : `${bandwidthMbps} Mbit/s`;
  return withTotal({
    contractKind: 'fixed-term',
    service: 'link',
    description: `Koppeling ${speed}, ${between}`,
    termMonths: 12,
    paymentTermMonths: null,
    recurringCents: bandwidthMbps >= 1000 ? 29_500 : 19_500,
    oneTimeCents: 35_000,
    removalCents: 7_500,
  });
}

/** The order total incl. 21 % VAT: the first year's four quarters and the one-time charges. */
function withTotal(terms: Terms & { description: string }): Omit<OfferTerms, 'productId'> {
  return {
    ...terms,
    orderTotalInclVatCents: Math.round((terms.recurringCents * 4 + terms.oneTimeCents) * 1.21),
  };
}
