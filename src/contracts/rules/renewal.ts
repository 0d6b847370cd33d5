import type { Temporal } from 'temporal-polyfill';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermEndContract } from './contract-kinds.ts';

/** A contract's terms in months: the first (minimum) term, then each tacit renewal (`null`: none). */
export interface ContractTerm {
  readonly start: Temporal.PlainDate;
  readonly firstTermMonths: number;
  readonly renewalMonths: number | null;
}

export interface TermLengths {
  /** The agreed (minimum) term; for third-party services it defaults to the payment term. */
  readonly termMonths?: number | undefined;
  /** Third-party services only: the payment term agreed for the service. */
  readonly paymentTermMonths?: number | undefined;
}

export type RenewalFigures = {
  readonly renewal: string;
  readonly firstTermMonths: number;
  readonly renewalMonths: number | null;
  readonly paymentTermMonths: number | null;
};

/** Longer than any term in the terms (100 years); keeps a typo from walking centuries of renewals. */
export const maxTermMonths = 1200;

/**
 * How long the first term and each renewal run, from the profile's `renewal`:
 * - `same-duration` (bit:12.1): renewed "for the same duration" as the term agreed;
 * - `fixed-months` (vn:1.5.1): renewed for 12 months each time, whatever the minimum term;
 * - `payment-term` (vn:1.5.1, third-party services): the contract runs for its payment term (default
 *   1 month when none was agreed) and renews for that term, "with a maximum of one year". Reading: the
 *   cap applies to the renewals; the first term is the agreed term if given, else the payment term.
 * - `none`: the contract ends at the end of its term.
 */
export function renewalTerm(
  contract: TermEndContract,
  start: Temporal.PlainDate,
  lengths: TermLengths,
): Explanation<ContractTerm, RenewalFigures> {
  const { renewal } = contract;
  const problems: FieldProblem[] = [];
  const termMonths = checkMonths(lengths.termMonths, 'termMonths', problems);
  const paymentTermMonths = checkMonths(lengths.paymentTermMonths, 'paymentTermMonths', problems);
  if (renewal.kind !== 'payment-term') {
    if (termMonths === undefined && lengths.termMonths === undefined) {
      problems.push({ field: 'termMonths', problem: 'is required: the agreed (minimum) term in months' });
    }
    if (paymentTermMonths !== undefined) {
      problems.push({
        field: 'paymentTermMonths',
        problem: 'applies only to contracts that renew for their payment term (third-party services)',
      });
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems);

  let firstTermMonths: number;
  let renewalMonths: number | null;
  let paymentTerm: number | null = null;
  switch (renewal.kind) {
    case 'same-duration': // bit:12.1
      firstTermMonths = termMonths as number;
      renewalMonths = firstTermMonths;
      break;
    case 'fixed-months': // vn:1.5.1
      firstTermMonths = termMonths as number;
      renewalMonths = renewal.months;
      break;
    case 'payment-term': // vn:1.5.1, third-party services
      paymentTerm = paymentTermMonths ?? renewal.defaultMonths;
      firstTermMonths = termMonths ?? paymentTerm;
      renewalMonths = Math.min(paymentTerm, renewal.maxMonths);
      break;
    case 'none':
      firstTermMonths = termMonths as number;
      renewalMonths = null;
      break;
  }
  return explain({ start, firstTermMonths, renewalMonths }, contract.rules, {
    renewal: renewal.kind,
    firstTermMonths,
    renewalMonths,
    paymentTermMonths: paymentTerm,
  });
}

function checkMonths(value: number | undefined, field: string, problems: FieldProblem[]): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 1 || value > maxTermMonths) {
    problems.push({
      field,
      problem: `must be a whole number of months from 1 to ${maxTermMonths}, not ${value}`,
    });
    return undefined;
  }
  return value;
}
