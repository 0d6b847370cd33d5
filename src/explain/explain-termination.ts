import { CONTRACT_KINDS, CUSTOMER_KINDS, SERVICE_KINDS, termination } from '../contracts/rules/index.ts';
import type {
  ContractKind,
  CustomerKind,
  ServiceKind,
  TerminationFigures,
} from '../contracts/rules/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { InputProblems } from './explain-input.ts';
import type { KnownProfiles } from './known-profiles.ts';

export interface TerminationQuestion {
  readonly profile: string;
  readonly kind: string;
  /** The contract's start (YYYY-MM-DD). */
  readonly start: string;
  readonly termMonths?: number | undefined;
  readonly paymentTermMonths?: number | undefined;
  /** Default: the profile's default customer kind (business for both shipped profiles). */
  readonly customer?: string | undefined;
  /** Default: `other`. */
  readonly service?: string | undefined;
  /** The day notice was given (YYYY-MM-DD). */
  readonly notice: string;
}

export type TerminationAnswer = {
  readonly effectiveDate: string;
  readonly because: RuleId[];
} & Omit<TerminationFigures, 'effectiveDate'> & {
    readonly profile: string;
    readonly kind: ContractKind;
    readonly start: string;
    readonly customer: CustomerKind;
    readonly service: ServiceKind;
  };

/**
 * The day a contract ends after notice (bit:12.1–12.3; vn:1.5.1, vn:1.6.1; nl:6:236j, nl:tw7.2a).
 * Shared by `vezel explain termination` and `GET /explain/termination`.
 */
export function explainTermination(
  question: TerminationQuestion,
  profiles: KnownProfiles,
): TerminationAnswer {
  const input = new InputProblems();
  const read = {
    profile: input.profile(question.profile, profiles),
    kind: input.oneOf('kind', question.kind, CONTRACT_KINDS),
    start: input.date('start', question.start),
    noticeDate: input.date('notice', question.notice),
    customer:
      question.customer === undefined ? null : input.oneOf('customer', question.customer, CUSTOMER_KINDS),
    service: input.oneOf('service', question.service ?? 'other', SERVICE_KINDS),
  };
  const { profile, kind, start, noticeDate, customer, service } = input.checked(read);
  const facts = {
    kind,
    start,
    noticeDate,
    termMonths: question.termMonths,
    paymentTermMonths: question.paymentTermMonths,
    customer: customer ?? profile.customers.defaultKind,
    service,
  };
  const { value, because, figures } = termination(profile, facts);
  // The figures asked about most come first.
  const { effectiveDate: _shownFirst, currentTermEnd, noticeDeadline, protection, ...rest } = figures;
  return {
    effectiveDate: value.toString(),
    because: [...because],
    currentTermEnd,
    noticeDeadline,
    protection,
    ...rest,
    profile: profile.id,
    kind,
    start: start.toString(),
    customer: facts.customer,
    service,
  };
}
