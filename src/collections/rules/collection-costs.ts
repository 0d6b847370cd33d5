import type { CustomerKind } from '../../customers/rules/customer-kind.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';
import {
  assertCents,
  centsFromBigInt,
  formatAmount,
  formatDecimal,
  percentOf,
  roundHalfAwayFromZero,
} from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

/*
 * Extrajudicial collection costs (nl:bik): the scale of the Besluit vergoeding voor
 * buitengerechtelijke incassokosten art. 2, binding for consumers (art. 6:96 lid 5–7 BW) and for a
 * business as its seller's terms say (bit:11.7: the scale; vn:7.1.6: the actual costs, capped).
 * Whether the costs are due yet (for a consumer only after the 14-day letter has expired) and which
 * principal counts (the undisputed principal of every claim in one reminder, bit:9.5) is for the
 * caller to decide; these rules only price it.
 */

const BIK: RuleId = 'nl:bik';

/** Besluit vergoeding voor buitengerechtelijke incassokosten art. 2 lid 1: the scale, per bracket. */
const BIK_BRACKETS: readonly {
  readonly upTo: Cents | null;
  readonly perMille: bigint;
  readonly rate: string;
}[] = [
  { upTo: 250_000, perMille: 150n, rate: '15%' }, // the first € 2.500
  { upTo: 500_000, perMille: 100n, rate: '10%' }, // the next € 2.500
  { upTo: 1_000_000, perMille: 50n, rate: '5%' }, // the next € 5.000
  { upTo: 20_000_000, perMille: 10n, rate: '1%' }, // the next € 190.000
  { upTo: null, perMille: 5n, rate: '0.5%' }, // above € 200.000
];

/** Besluit art. 2 lid 1: at least € 40, at most € 6.775. */
export const BIK_MINIMUM: Cents = 4_000;
export const BIK_MAXIMUM: Cents = 677_500;

/** nl:bik: the VAT added where the seller cannot deduct it (Wet OB 1968 art. 9 lid 1, the general rate). */
export const BIK_VAT_PERCENT = '21';

export const BIK_SOURCE = 'Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2';
export const BIK_ROUNDING = 'the sum over the brackets, rounded once to the cent, half away from zero';

export type BikBracket = {
  readonly from: string;
  /** null for the open top bracket. */
  readonly upTo: string | null;
  readonly rate: string;
  /** The part of the principal in this bracket. */
  readonly base: string;
  /** rate × base, exact (it may have more than two decimals; only the total is rounded). */
  readonly amount: string;
};

export type BikScaleFigures = {
  readonly principal: string;
  /** The brackets the principal reaches, lowest first. */
  readonly brackets: BikBracket[];
  /** The sum over the brackets, rounded to the cent, before the minimum and maximum. */
  readonly scaleTotal: string;
  readonly minimum: string;
  readonly maximum: string;
  /** Which limit decided the amount, if one did; `no-principal` when there is nothing to collect. */
  readonly limit: 'minimum' | 'maximum' | 'no-principal' | null;
  readonly rounding: string;
  readonly source: string;
};

/**
 * nl:bik: the collection costs on a principal (the sum over all claims in one reminder). Each
 * bracket's share is kept exact and only the total is rounded, half away from zero, so the result
 * never depends on how the principal falls over the brackets. No principal, no costs: the € 40
 * minimum is a minimum on a claim, not a fee for having none.
 */
export function bikScale(principalCents: Cents): Explanation<Cents, BikScaleFigures> {
  assertCents(principalCents, 'principalCents');
  if (principalCents < 0)
    throw new InvalidInputError('principalCents', `must be 0 or more, not ${formatAmount(principalCents)}`);

  const brackets = bracketsUsed(principalCents);
  const exact = brackets.reduce((sum, bracket) => sum + bracket.thousandthsOfCents, 0n);
  const scaleTotal = centsFromBigInt(roundHalfAwayFromZero(exact, 1000n), 'collectionCosts');
  const limit =
    principalCents === 0
      ? 'no-principal'
      : scaleTotal < BIK_MINIMUM
        ? 'minimum'
        : scaleTotal > BIK_MAXIMUM
          ? 'maximum'
          : null;
  const amount = limit === 'no-principal' ? 0 : Math.min(BIK_MAXIMUM, Math.max(BIK_MINIMUM, scaleTotal)); // nl:bik
  return explain(amount, [BIK], {
    principal: formatAmount(principalCents),
    brackets: brackets.map(({ figure }) => figure),
    scaleTotal: formatAmount(scaleTotal),
    minimum: formatAmount(BIK_MINIMUM),
    maximum: formatAmount(BIK_MAXIMUM),
    limit,
    rounding: BIK_ROUNDING,
    source: BIK_SOURCE,
  });
}

function bracketsUsed(principal: Cents): { figure: BikBracket; thousandthsOfCents: bigint }[] {
  const used: { figure: BikBracket; thousandthsOfCents: bigint }[] = [];
  let from = 0;
  for (const { upTo, perMille, rate } of BIK_BRACKETS) {
    if (principal <= from) break;
    const base = Math.min(principal, upTo ?? principal) - from;
    const thousandthsOfCents = BigInt(base) * perMille;
    used.push({
      figure: {
        from: formatAmount(from),
        upTo: upTo === null ? null : formatAmount(upTo),
        rate,
        base: formatAmount(base),
        amount: exactEuros(thousandthsOfCents),
      },
      thousandthsOfCents,
    });
    if (upTo === null) break;
    from = upTo;
  }
  return used;
}

/** Thousandths of a cent as euros, with two decimals or as many more as it takes: "185.184". */
function exactEuros(thousandthsOfCents: bigint): string {
  return formatDecimal({ units: thousandthsOfCents, scale: 5 }).replace(/(\.\d\d\d*?)0+$/, '$1');
}

export type CollectionCostsPolicy = TermsProfile['collectionCosts'];

export interface CollectionCostsInput {
  readonly policy: CollectionCostsPolicy;
  readonly customerKind: CustomerKind;
  /** The undisputed principal over all claims in one reminder (nl:bik: added together; bit:9.5). */
  readonly principalCents: Cents;
  /** What collecting actually cost the seller; needed where a business pays the actual costs. */
  readonly actualCostsCents?: Cents;
  /** nl:bik: the seller cannot deduct the VAT on its collection costs and says so in the reminder. */
  readonly vatOnTop?: boolean;
}

export type CollectionCostsFigures = {
  readonly customer: CustomerKind;
  readonly method: 'bik' | 'actual';
  /** Why this method: the law for a consumer, the seller's terms for a business. */
  readonly basis: string;
  readonly principal: string;
  /** The BIK scale worked out, when the method is `bik`. */
  readonly scale: BikScaleFigures | null;
  readonly actualCosts: string | null;
  readonly cap: string | null;
  readonly capped: boolean;
  /** The costs before VAT. */
  readonly costs: string;
  readonly vatRate: string | null;
  readonly vat: string;
  readonly vatNote: string | null;
};

/**
 * The collection costs a customer owes on the principal of one reminder: for a consumer always the
 * BIK scale (binding, art. 6:96 lid 5–7 BW); for a business as the seller's terms say, the scale or
 * the actual costs up to the operator's cap (vn:7.1.6). VAT comes on top only of the scale, and only
 * where the seller cannot deduct it (nl:bik): actual costs are taken as the seller bore them.
 */
export function collectionCosts(input: CollectionCostsInput): Explanation<Cents, CollectionCostsFigures> {
  const { policy, customerKind, principalCents, actualCostsCents, vatOnTop = false } = input;
  const method = customerKind === 'consumer' ? policy.consumer : policy.business;
  const basis =
    customerKind === 'consumer'
      ? 'consumer: the BIK scale is binding (art. 6:96 lid 5–7 BW)'
      : `business: ${method === 'bik' ? 'the BIK scale' : 'the actual costs'} as the terms agree`;
  if (method === 'actual') return actualCosts(input, basis);

  const scale = bikScale(principalCents);
  const vat = vatOnTop ? percentOf(scale.value, BIK_VAT_PERCENT, 'vat') : 0; // nl:bik
  return explain(scale.value + vat, [...termsRules(policy, customerKind), BIK], {
    customer: customerKind,
    method,
    basis,
    principal: formatAmount(principalCents),
    scale: scale.figures,
    actualCosts: actualCostsCents === undefined ? null : formatAmount(actualCostsCents, 'actualCostsCents'),
    cap: null,
    capped: false,
    costs: formatAmount(scale.value),
    vatRate: vatOnTop ? BIK_VAT_PERCENT : null,
    vat: formatAmount(vat),
    vatNote: vatOnTop ? 'the seller cannot deduct the VAT on its collection costs (nl:bik)' : null,
  });
}

function actualCosts(input: CollectionCostsInput, basis: string): Explanation<Cents, CollectionCostsFigures> {
  const { policy, principalCents, actualCostsCents, vatOnTop = false } = input;
  assertCents(principalCents, 'principalCents');
  if (principalCents < 0)
    throw new InvalidInputError('principalCents', `must be 0 or more, not ${formatAmount(principalCents)}`);
  if (actualCostsCents === undefined)
    throw new InvalidInputError(
      'actualCostsCents',
      'is required: the terms charge a business the actual collection costs',
    );
  assertCents(actualCostsCents, 'actualCostsCents');
  if (actualCostsCents < 0)
    throw new InvalidInputError(
      'actualCostsCents',
      `must be 0 or more, not ${formatAmount(actualCostsCents)}`,
    );
  const cap = policy.actualCostsCapCents;
  const costs = cap === null ? actualCostsCents : Math.min(actualCostsCents, cap); // vn:7.1.6
  return explain(costs, termsRules(policy, 'business'), {
    customer: 'business',
    method: 'actual',
    basis,
    principal: formatAmount(principalCents),
    scale: null,
    actualCosts: formatAmount(actualCostsCents),
    cap: cap === null ? null : formatAmount(cap),
    capped: costs < actualCostsCents,
    costs: formatAmount(costs),
    vatRate: null,
    vat: formatAmount(0),
    vatNote: vatOnTop
      ? 'no VAT added: actual costs are taken as the seller bore them, with any VAT it cannot deduct'
      : null,
  });
}

/**
 * The terms' own rule ids for the costs (bit:11.7, vn:7.1.6); nl:bik only where the scale applies,
 * so actual costs do not cite a scale that did not price them.
 */
function termsRules(policy: CollectionCostsPolicy, customer: CustomerKind): RuleId[] {
  const method = customer === 'consumer' ? policy.consumer : policy.business;
  return policy.rules.filter((rule) => method === 'bik' || rule !== BIK) as RuleId[];
}
