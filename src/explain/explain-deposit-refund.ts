import { damageShare, depositAmount, depositRefund } from '../network/rules/index.ts';
import type { DepositRefundFigures } from '../network/rules/index.ts';
import { presentExplanation } from '../shared/explanation/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { formatAmount, formatDecimal, parseAmount } from '../shared/money/index.ts';
import { InputProblems } from './explain-input.ts';

export interface DepositRefundQuestion {
  /** The deposit paid for the switch: `150.00` or `€ 150,00` (see money's parseAmount). */
  readonly deposit: string;
  /** The share of the switch lost to damage or loss, from `0` to `1`. */
  readonly damageShare: string;
  /** What the customer still owes the operator when the contract ends. */
  readonly openClaims: string;
}

export type DepositRefundAnswer = {
  readonly refund: string;
  readonly because: RuleId[];
} & Omit<DepositRefundFigures, 'refund'>;

/**
 * The switch deposit refunded after the contract ends (vn:7.2.2), less the damaged share (vn:7.2.4)
 * and the open claims set off against it (vn:7.2.3). Shared by `vezel explain deposit-refund` and
 * `GET /explain/deposit-refund`.
 */
export function explainDepositRefund(question: DepositRefundQuestion): DepositRefundAnswer {
  const input = new InputProblems();
  const amount = (field: 'deposit' | 'openClaims') =>
    input.parse(() => depositAmount(parseAmount(question[field], field), field));
  const read = {
    deposit: amount('deposit'),
    damageShare: input.parse(() => formatDecimal(damageShare(question.damageShare))),
    openClaims: amount('openClaims'),
  };
  const { deposit, damageShare: share, openClaims } = input.checked(read);
  const refund = depositRefund({ deposit, damageShare: share, openClaims });
  return presentExplanation('refund', refund, (cents) => formatAmount(cents));
}
