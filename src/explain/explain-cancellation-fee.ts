import { cancellationFee } from '../contracts/rules/index.ts';
import type { CancellationFeeFigures } from '../contracts/rules/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { formatAmount, parseAmount } from '../shared/money/index.ts';
import { InputProblems } from './explain-input.ts';
import type { KnownProfiles } from './known-profiles.ts';

export interface CancellationFeeQuestion {
  readonly profile: string;
  /** The order total including VAT: `1210.00` or `€ 1.210,00` (see money's parseAmount). */
  readonly orderTotalInclVat: string;
}

export type CancellationFeeAnswer = {
  readonly fee: string;
  readonly because: RuleId[];
} & CancellationFeeFigures & { readonly profile: string };

/**
 * The cancellation costs of bit:4.1. Shared by `vezel explain cancellation-fee` and
 * `GET /explain/cancellation-fee`.
 */
export function explainCancellationFee(
  question: CancellationFeeQuestion,
  profiles: KnownProfiles,
): CancellationFeeAnswer {
  const input = new InputProblems();
  const read = {
    profile: input.profile(question.profile, profiles),
    orderTotal: input.parse(() => parseAmount(question.orderTotalInclVat, 'orderTotalInclVat')),
  };
  const { profile, orderTotal } = input.checked(read);
  const { value, because, figures } = cancellationFee(profile, orderTotal);
  return { fee: formatAmount(value), because: [...because], ...figures, profile: profile.id };
}
