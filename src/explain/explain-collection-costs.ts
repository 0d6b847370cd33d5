import { collectionCosts } from '../collections/rules/collection-costs.ts';
import type { BikBracket, CollectionCostsPolicy } from '../collections/rules/collection-costs.ts';
import type { CustomerKind } from '../customers/index.ts';
import { InvalidInputError } from '../shared/errors/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { formatAmount, parseAmount } from '../shared/money/index.ts';
import type { Cents } from '../shared/money/index.ts';
import { InputProblems } from './explain-input.ts';
import type { KnownProfiles } from './known-profiles.ts';

export interface CollectionCostsQuestion {
  /** The principal over all claims in one reminder: `1234.56` or `€ 1.234,56`. */
  readonly principal: string;
  /** The customer is a consumer (the scale is then binding); default a business. */
  readonly consumer?: boolean;
  /** The seller's terms profile; without one the BIK scale applies. */
  readonly profile?: string;
  /** What collecting actually cost, where the profile charges a business the actual costs. */
  readonly actualCosts?: string;
}

export type CollectionCostsAnswer = {
  readonly amount: string;
  readonly because: RuleId[];
  readonly principal: string;
  readonly customer: CustomerKind;
  readonly method: 'bik' | 'actual';
  readonly basis: string;
  /** The BIK brackets the principal reaches; empty for actual costs. */
  readonly brackets: BikBracket[];
  readonly scaleTotal: string | null;
  readonly limit: 'minimum' | 'maximum' | 'no-principal' | null;
  readonly minimum: string | null;
  readonly maximum: string | null;
  readonly rounding: string | null;
  readonly source: string | null;
  readonly actualCosts: string | null;
  readonly cap: string | null;
  readonly capped: boolean;
  readonly profile: string | null;
};

/** No profile: the statutory scale as it stands, for either kind of customer. */
const SCALE_ONLY: CollectionCostsPolicy = {
  business: 'bik',
  consumer: 'bik',
  actualCostsCapCents: null,
  rules: ['nl:bik'],
};

/**
 * The collection costs of one reminder (nl:bik; bit:11.7, vn:7.1.6 where a profile is named).
 * Shared by `vezel explain collection-costs` and `GET /explain/collection-costs`.
 */
export function explainCollectionCosts(
  question: CollectionCostsQuestion,
  profiles: KnownProfiles,
): CollectionCostsAnswer {
  const input = new InputProblems();
  const profile = question.profile === undefined ? null : input.profile(question.profile, profiles);
  const principal = amount(input, 'principal', question.principal);
  const actualCosts =
    question.actualCosts === undefined ? null : amount(input, 'actualCosts', question.actualCosts);
  const read = input.checked({ principal, profile: profile ?? null, actualCosts });
  const customer: CustomerKind = question.consumer === true ? 'consumer' : 'business';
  const policy = read.profile?.collectionCosts ?? SCALE_ONLY;
  if (customer === 'business' && policy.business === 'actual' && read.actualCosts === null)
    throw new InvalidInputError(
      'actualCosts',
      `is required: ${read.profile?.id ?? 'the profile'} charges a business the actual collection costs`,
    );

  const { value, because, figures } = collectionCosts({
    policy,
    customerKind: customer,
    principalCents: read.principal,
    ...(read.actualCosts === null ? {} : { actualCostsCents: read.actualCosts }),
  });
  const { scale } = figures;
  return {
    amount: formatAmount(value),
    because: [...because],
    principal: figures.principal,
    customer,
    method: figures.method,
    basis: read.profile || customer === 'consumer' ? figures.basis : 'no terms profile named: the BIK scale',
    brackets: scale?.brackets ?? [],
    scaleTotal: scale?.scaleTotal ?? null,
    limit: scale?.limit ?? null,
    minimum: scale?.minimum ?? null,
    maximum: scale?.maximum ?? null,
    rounding: scale?.rounding ?? null,
    source: scale?.source ?? null,
    actualCosts: figures.actualCosts,
    cap: figures.cap,
    capped: figures.capped,
    profile: read.profile?.id ?? null,
  };
}

function amount(input: InputProblems, field: string, text: string): Cents | undefined {
  const cents = input.parse(() => parseAmount(text, field));
  if (cents === undefined || cents >= 0) return cents;
  return input.add(field, `must be 0 or more, not ${formatAmount(cents)}`);
}
