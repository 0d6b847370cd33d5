import { INTEREST_KINDS } from '../collections/rules/interest-rates.ts';
import { statutoryInterest } from '../collections/rules/statutory-interest.ts';
import type { InterestKind } from '../collections/rules/statutory-interest.ts';
import { InvalidInputError, asInvalidInput } from '../shared/errors/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { formatAmount, parseAmount } from '../shared/money/index.ts';
import { InputProblems } from './explain-input.ts';

export interface InterestQuestion {
  /** `commercial` (nl:6:119a, business customers) or `non-commercial` (nl:6:119, consumers). */
  readonly kind: string;
  /** The amount due: `1234.56` or `€ 1.234,56` (see money's parseAmount). */
  readonly principal: string;
  /** The due date (YYYY-MM-DD): interest runs from the day after. */
  readonly due: string;
  /** The day of payment (YYYY-MM-DD): the last day interest runs. */
  readonly until: string;
}

export type InterestAnswer = {
  readonly interest: string;
  readonly because: RuleId[];
  readonly kind: InterestKind;
  readonly principal: string;
  readonly due: string;
  readonly defaultFrom: string;
  readonly until: string;
  /** Every stretch of one rate, one principal and one year of default, with its interest. */
  readonly periods: {
    readonly from: string;
    readonly through: string;
    readonly days: number;
    readonly percent: string;
    readonly principal: string;
    readonly interest: string;
  }[];
  /** The anniversaries of defaultFrom on which the year's interest joined the principal. */
  readonly compounded: { readonly on: string; readonly added: string }[];
};

/** The rule's field names as this question names them. */
const FIELDS: Readonly<Record<string, string>> = { principalCents: 'principal', dueOn: 'due' };

/**
 * Statutory interest on an amount paid late (bit:11.6; nl:6:119, nl:6:119a), split at every change
 * of rate and compounded yearly. Shared by `vezel explain interest` and `GET /explain/interest`.
 */
export function explainInterest(question: InterestQuestion): InterestAnswer {
  const input = new InputProblems();
  const read = {
    kind: input.oneOf('kind', question.kind, INTEREST_KINDS),
    principal: input.parse(() => owed(parseAmount(question.principal, 'principal'))),
    due: input.date('due', question.due),
    until: input.date('until', question.until),
  };
  const { kind, principal, due, until } = input.checked(read);
  const { value, because, figures } = asQuestionFields(() =>
    statutoryInterest({ kind, principalCents: principal, dueOn: due, until }),
  );
  return {
    interest: formatAmount(value),
    because: [...because],
    kind,
    principal: formatAmount(principal),
    due: due.toString(),
    defaultFrom: figures.defaultFrom,
    until: figures.until,
    periods: figures.periods.map(({ principalCents, interestCents, ...period }) => ({
      ...period,
      principal: formatAmount(principalCents),
      interest: formatAmount(interestCents),
    })),
    compounded: figures.compounded.map(({ on, addedCents }) => ({ on, added: formatAmount(addedCents) })),
  };
}

/** Checked here too, so a wrong principal is named together with wrong dates. */
function owed(cents: number): number {
  if (cents < 0) throw new InvalidInputError('principal', `must be 0 or more, not ${formatAmount(cents)}`);
  return cents;
}

function asQuestionFields<T>(ask: () => T): T {
  try {
    return ask();
  } catch (error) {
    const invalid = asInvalidInput(error);
    if (!invalid) throw error;
    throw new InvalidInputError(
      invalid.problems.map(({ field, problem }) => ({ field: FIELDS[field] ?? field, problem })),
    );
  }
}
