import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { assertCents, formatAmount, multiplyCents } from '../../shared/money/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

export type CancellationFeeFigures = {
  readonly orderTotalInclVat: string;
  readonly feeRate: string;
  readonly base: string;
  /** bit:4.1: only "if we agree" to the cancellation; the fee does not oblige the seller to agree. */
  readonly needsSellerConsent: boolean;
};

/**
 * bit:4.1: cancelling a formed contract, with the seller's consent, costs 15% of the order price
 * including VAT. The fee is `feeRate × order total incl. VAT`, rounded to the cent half away from zero
 * (money's multiplyCents). Whether the fee itself carries VAT is for invoicing to decide, not here.
 */
export function cancellationFee(
  profile: TermsProfile,
  orderTotalInclVat: Cents,
): Explanation<Cents, CancellationFeeFigures> {
  const { cancellation } = profile;
  if (!cancellation) {
    throw new InvalidInputError('profile', `${profile.id} has no cancellation costs in its terms`);
  }
  assertCents(orderTotalInclVat, 'orderTotalInclVat');
  if (orderTotalInclVat < 0) {
    throw new InvalidInputError(
      'orderTotalInclVat',
      `must be 0 or more, not ${formatAmount(orderTotalInclVat)}`,
    );
  }
  const fee = multiplyCents(orderTotalInclVat, cancellation.feeRate, 'fee');
  return explain(fee, cancellation.rules, {
    orderTotalInclVat: formatAmount(orderTotalInclVat),
    feeRate: cancellation.feeRate,
    base: cancellation.base,
    needsSellerConsent: cancellation.needsSellerConsent,
  });
}
