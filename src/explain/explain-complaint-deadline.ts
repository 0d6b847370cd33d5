import { COMPLAINT_KINDS, complaintDeadline } from '../contracts/rules/index.ts';
import type { ComplaintDeadlineFigures } from '../contracts/rules/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { InputProblems } from './explain-input.ts';
import type { KnownProfiles } from './known-profiles.ts';

export interface ComplaintDeadlineQuestion {
  readonly profile: string;
  /** `delivery` (bit:9.1) or `invoice` (bit:9.2). */
  readonly kind: string;
  /** The delivery date or the invoice date (YYYY-MM-DD). */
  readonly date: string;
}

export type ComplaintDeadlineAnswer = {
  readonly deadline: string;
  readonly because: RuleId[];
} & ComplaintDeadlineFigures & { readonly profile: string };

/**
 * The last day a written complaint is in time (bit:9.1, bit:9.2, counted in nl:workdays).
 * Shared by `vezel explain complaint-deadline` and `GET /explain/complaint-deadline`.
 */
export function explainComplaintDeadline(
  question: ComplaintDeadlineQuestion,
  profiles: KnownProfiles,
): ComplaintDeadlineAnswer {
  const input = new InputProblems();
  const read = {
    profile: input.profile(question.profile, profiles),
    kind: input.oneOf('kind', question.kind, COMPLAINT_KINDS),
    date: input.date('date', question.date),
  };
  const { profile, kind, date } = input.checked(read);
  const { value, because, figures } = complaintDeadline(profile, kind, date);
  return { deadline: value.toString(), because: [...because], ...figures, profile: profile.id };
}
