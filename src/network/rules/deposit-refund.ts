import { InvalidInputError, asInvalidInput } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';
import {
  assertCents,
  compareDecimal,
  formatAmount,
  formatDecimal,
  multiplyCents,
  parseDecimal,
  subtractCents,
} from '../../shared/money/index.ts';
import type { Cents, Decimal } from '../../shared/money/index.ts';

/*
 * The switch deposit at the end of the contract. vn:7.2.2: it is refunded to the customer's account
 * after the contract ends; vn:7.2.4: damage to or loss of the switch forfeits it pro rata; vn:7.2.3:
 * the operator may set it off against open claims. Adopted reading (CLAUSES.md): the damage comes off
 * first, then the open claims, and the refund is never below zero:
 *   refund = deposit × (1 − damage share) − open claims.
 */

export const DEPOSIT_REFUND_RULES: readonly RuleId[] = ['vn:7.2.2', 'vn:7.2.3', 'vn:7.2.4'];

export interface DepositRefundInput {
  readonly deposit: Cents;
  /** The share of the switch's value lost to damage or loss, as decimal text from "0" to "1". */
  readonly damageShare: string;
  readonly openClaims: Cents;
}

/** Every amount in machine form ("1234.56"). */
export type DepositRefundFigures = {
  readonly deposit: string;
  readonly damageShare: string;
  /** vn:7.2.4: deposit × damage share, rounded half away from zero to the cent. */
  readonly forfeited: string;
  readonly afterDamage: string;
  readonly openClaims: string;
  /** vn:7.2.3: the part of the open claims paid out of the deposit. */
  readonly setOff: string;
  /** The part of the open claims the deposit did not cover: still owed by the customer. */
  readonly claimsLeft: string;
  readonly refund: string;
};

export function depositRefund(input: DepositRefundInput): Explanation<Cents, DepositRefundFigures> {
  const { deposit, share, openClaims } = checked(input);
  const forfeited = multiplyCents(deposit, share, 'forfeited');
  const afterDamage = subtractCents(deposit, forfeited);
  const setOff = Math.min(afterDamage, openClaims);
  const refund = subtractCents(afterDamage, setOff);
  return explain(refund, DEPOSIT_REFUND_RULES, {
    deposit: formatAmount(deposit),
    damageShare: formatDecimal(share),
    forfeited: formatAmount(forfeited),
    afterDamage: formatAmount(afterDamage),
    openClaims: formatAmount(openClaims),
    setOff: formatAmount(setOff),
    claimsLeft: formatAmount(subtractCents(openClaims, setOff)),
    refund: formatAmount(refund),
  });
}

/** A damage share: plain decimal text from 0 to 1 ("0", "0.25", "1"); throws naming the field. */
export function damageShare(text: string, field = 'damageShare'): Decimal {
  const share = parseDecimal(text, field);
  if (compareDecimal(share, ZERO) < 0 || compareDecimal(share, ONE) > 0) {
    throw new InvalidInputError(field, `${formatDecimal(share)} is not a share from 0 to 1`);
  }
  return share;
}

/** An amount of the settlement: whole cents, 0 or more; throws naming the field. */
export function depositAmount(amount: Cents, field: string): Cents {
  assertCents(amount, field);
  if (amount < 0) throw new InvalidInputError(field, `must be 0 or more, not ${formatAmount(amount)}`);
  return amount;
}

const ZERO: Decimal = { units: 0n, scale: 0 };
const ONE: Decimal = { units: 1n, scale: 0 };

/** All wrong fields at once. */
function checked(input: DepositRefundInput) {
  const problems: FieldProblem[] = [];
  const read = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      const invalid = asInvalidInput(error);
      if (!invalid) throw error;
      problems.push(...invalid.problems);
      return undefined;
    }
  };
  const deposit = read(() => depositAmount(input.deposit, 'deposit'));
  const share = read(() => damageShare(input.damageShare));
  const openClaims = read(() => depositAmount(input.openClaims, 'openClaims'));
  if (deposit === undefined || share === undefined || openClaims === undefined) {
    throw new InvalidInputError(problems);
  }
  return { deposit, share, openClaims };
}
