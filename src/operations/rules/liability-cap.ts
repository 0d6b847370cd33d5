import { Temporal } from 'temporal-polyfill';
import type { PeriodKind } from '../../shared/calendar/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { Figures, RuleId } from '../../shared/explanation/index.ts';
import { centsFromBigInt, roundHalfAwayFromZero } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/index.ts';

type LiabilityTerms = TermsProfile['liability'];
/** The kinds of damage and the means of notice, as the `liability_claims` columns hold them. */
export type LiabilityDamageKind = 'direct' | 'indirect' | 'death-or-injury';
export type ClaimNotificationMeans = 'registered-letter' | 'letter' | 'email' | 'phone' | 'other';

/** What a contract's price and payments come to, as the stores find them (excl. VAT, in cents). */
export interface ContractMoneyFacts {
  /** The price agreed for the agreed term (see agreedContractPrice); null for a contract without one. */
  readonly agreedPriceCents: number | null;
  /** Net of the issued invoice lines for the contract, less its credit-note lines. */
  readonly billedCents: number;
  /** The agreed (minimum) term in months; null for an indefinite contract. */
  readonly termMonths: number | null;
  /** The day the contract started running; null when it has not started. */
  readonly startsOn: string | null;
  /** Fees excl. VAT the customer paid for the contract in the calendar year of the damage (vn:1.8.5). */
  readonly paidInDamageYearCents: number;
}

export interface LiabilityFacts {
  readonly damageKind: LiabilityDamageKind;
  readonly damageOn: Temporal.PlainDate;
  readonly claimedCents: number;
  readonly contract: ContractMoneyFacts;
}

export type LiabilityCapBasis =
  | 'contract-total'
  | 'contract-price-excl-vat'
  | 'fees-paid-in-calendar-year-of-damage'
  | 'death-or-injury-per-event'
  | 'indirect-damage-excluded';

export interface LiabilityCap {
  readonly capCents: number;
  /** min(claimed, cap): the most the seller owes under its terms. */
  readonly payableCents: number;
  readonly basis: LiabilityCapBasis;
  readonly reason: string;
  readonly because: RuleId[];
  readonly figures: Figures;
}

const PERIOD_MONTHS: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, year: 12 };

/**
 * The price agreed for a contract, excl. VAT: the one-time charges plus the recurring fee per billing
 * period for every period of the agreed term (termMonths ÷ period months, a part period prorated and
 * rounded half away from zero). Null for a contract without an agreed term: its price is what it bills.
 */
export function agreedContractPrice(
  terms: {
    readonly recurringCents: number;
    readonly oneTimeCents: number;
    readonly termMonths: number | null;
  },
  period: PeriodKind,
): number | null {
  if (terms.termMonths === null) return null;
  const recurring = centsFromBigInt(
    roundHalfAwayFromZero(
      BigInt(terms.recurringCents) * BigInt(terms.termMonths),
      BigInt(PERIOD_MONTHS[period]),
    ),
  );
  return terms.oneTimeCents + recurring;
}

/**
 * The cap on the seller's liability for a claim, by its terms:
 * - bit:8.6: the total amount of the contract. Reading: the price agreed for its agreed term
 *   (agreedContractPrice); for a contract without one (indefinite, domain) what it billed so far.
 * - vn:1.8.4: direct damage only, up to the contract price excl. VAT (read the same way); vn:1.8.9:
 *   indirect damage is excluded, so its cap is 0.
 * - vn:1.8.5: a contract running more than one year — its agreed term is longer than 12 months, or
 *   on the damage day it has run for more than a year (renewals included) — is capped at the fees
 *   excl. VAT actually paid for it in the calendar year of the damage.
 * - vn:1.8.7: death or bodily injury at most `bodilyInjuryCapCents` per event, instead of the above.
 * Payable is min(claimed, cap); the cap is never negative.
 */
export function liabilityCap(terms: LiabilityTerms, facts: LiabilityFacts): LiabilityCap {
  const { claimedCents, contract } = facts;
  if (!Number.isSafeInteger(claimedCents) || claimedCents < 0)
    throw new InvalidInputError(
      'claimedCents',
      `must be a whole number of cents, 0 or more, not ${claimedCents}`,
    );
  const cap = capOf(terms, facts);
  const capCents = Math.max(0, cap.capCents);
  return {
    ...cap,
    capCents,
    payableCents: Math.min(claimedCents, capCents),
    figures: {
      ...cap.figures,
      damageKind: facts.damageKind,
      damageOn: facts.damageOn.toString(),
      claimedCents,
      agreedPriceCents: contract.agreedPriceCents,
      billedCents: contract.billedCents,
    },
  };
}

function capOf(terms: LiabilityTerms, facts: LiabilityFacts): Omit<LiabilityCap, 'payableCents'> {
  const { contract, damageKind, damageOn } = facts;
  const priceCents = contract.agreedPriceCents ?? contract.billedCents;
  const priceFrom = contract.agreedPriceCents === null ? 'billed-so-far' : 'agreed-term';
  if (terms.cap === 'contract-total') {
    // bit:8.6: the total amount of the contract, whatever the kind of damage.
    return {
      capCents: priceCents,
      basis: 'contract-total',
      reason:
        priceFrom === 'agreed-term'
          ? 'the total amount of the contract: its price for the agreed term'
          : 'the total amount of the contract: it has no agreed term, so what it billed so far',
      because: ['bit:8.6'],
      figures: { priceFrom },
    };
  }
  if (damageKind === 'indirect')
    // vn:1.8.4 (direct damage only), vn:1.8.9 (indirect damage excluded).
    return {
      capCents: 0,
      basis: 'indirect-damage-excluded',
      reason: 'indirect damage (lost profit, lost data, delay, claims of third parties) is excluded',
      because: ['vn:1.8.4', 'vn:1.8.9'],
      figures: {},
    };
  if (damageKind === 'death-or-injury' && terms.bodilyInjuryCapCents !== null)
    // vn:1.8.7: per event, related events counting as one.
    return {
      capCents: terms.bodilyInjuryCapCents,
      basis: 'death-or-injury-per-event',
      reason: 'death or bodily injury: at most this amount per event, related events counting as one',
      because: ['vn:1.8.7'],
      figures: {},
    };
  const long = runsMoreThanAYear(contract, damageOn);
  if (terms.longContractCap === 'fees-paid-in-calendar-year-of-damage' && long)
    // vn:1.8.5: the price is the fees paid for one year, the (calendar) year of the damage.
    return {
      capCents: contract.paidInDamageYearCents,
      basis: 'fees-paid-in-calendar-year-of-damage',
      reason: `the contract runs more than a year: the fees excl. VAT paid for it in ${damageOn.year}`,
      because: ['vn:1.8.4', 'vn:1.8.5'],
      figures: { year: damageOn.year, paidInYearCents: contract.paidInDamageYearCents },
    };
  // vn:1.8.4: the price agreed for the contract, excl. VAT.
  return {
    capCents: priceCents,
    basis: 'contract-price-excl-vat',
    reason:
      priceFrom === 'agreed-term'
        ? 'direct damage up to the contract price excl. VAT for its agreed term'
        : 'direct damage up to the contract price excl. VAT: it has no agreed term, so what it billed so far',
    because: ['vn:1.8.4'],
    figures: { priceFrom },
  };
}

/**
 * vn:1.8.5 "a term of more than one year": agreed as such (over 12 months), or grown so by renewals:
 * on the damage day the contract has passed the first anniversary of its start.
 */
export function runsMoreThanAYear(
  contract: Pick<ContractMoneyFacts, 'termMonths' | 'startsOn'>,
  damageOn: Temporal.PlainDate,
): boolean {
  if (contract.termMonths !== null && contract.termMonths > 12) return true;
  if (contract.startsOn === null) return false;
  const yearOn = Temporal.PlainDate.from(contract.startsOn).add({ years: 1 });
  return Temporal.PlainDate.compare(damageOn, yearOn) >= 0;
}

export const CLAIM_FLAGS = ['late', 'not-registered-letter'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];

export interface ClaimFlags {
  readonly flags: ClaimFlag[];
  /** The last day a notice is in time (damage day + claimReportDays); null where the terms set none. */
  readonly reportBy: string | null;
  readonly because: RuleId[];
}

/**
 * vn:1.8.12: a claim must be notified by registered letter within `claimReportDays` (30) days after
 * the damage arose. Notified on the 30th day after the damage day is in time; on the 31st it is
 * `late`. Any other means than a registered letter is flagged `not-registered-letter`. Terms without
 * such a clause (BIT) flag nothing. Flags do not refuse the claim: they are for the person deciding.
 */
export function claimFlags(
  terms: LiabilityTerms,
  notice: {
    readonly damageOn: Temporal.PlainDate;
    readonly notifiedOn: Temporal.PlainDate;
    readonly notifiedBy: ClaimNotificationMeans;
  },
): ClaimFlags {
  if (Temporal.PlainDate.compare(notice.notifiedOn, notice.damageOn) < 0)
    throw new InvalidInputError(
      'notifiedOn',
      `${notice.notifiedOn.toString()} is before the damage of ${notice.damageOn.toString()}`,
    );
  if (terms.claimReportDays === null) return { flags: [], reportBy: null, because: [] };
  const reportBy = notice.damageOn.add({ days: terms.claimReportDays });
  const flags: ClaimFlag[] = [];
  if (Temporal.PlainDate.compare(notice.notifiedOn, reportBy) > 0) flags.push('late'); // vn:1.8.12
  if (notice.notifiedBy !== 'registered-letter') flags.push('not-registered-letter'); // vn:1.8.12
  return { flags, reportBy: reportBy.toString(), because: ['vn:1.8.12'] };
}

/** An issued invoice carrying lines of the contract, and what was paid on it in the year asked. */
export interface InvoicePaidInYear {
  /** The net of the invoice's lines for the contract, excl. VAT. */
  readonly contractNetCents: number;
  /** The invoice's total incl. VAT, what payments are allocated against. */
  readonly totalCents: number;
  /** Principal allocated to the invoice in the year, not reversed. */
  readonly paidCents: number;
}

/**
 * vn:1.8.5 "fees (excl. VAT) actually paid": payments are allocated to invoices incl. VAT, so the
 * contract's part of each payment excl. VAT is paid × contract net ÷ invoice total, rounded half away
 * from zero per invoice.
 */
export function feesPaidExclVat(invoices: readonly InvoicePaidInYear[]): number {
  let sum = 0;
  for (const invoice of invoices) {
    if (invoice.totalCents <= 0 || invoice.paidCents <= 0) continue;
    sum += centsFromBigInt(
      roundHalfAwayFromZero(
        BigInt(invoice.paidCents) * BigInt(invoice.contractNetCents),
        BigInt(invoice.totalCents),
      ),
    );
  }
  return sum;
}
