import { formation } from '../contracts/rules/index.ts';
import type { FormationFigures } from '../contracts/rules/index.ts';
import type { RuleId } from '../shared/explanation/index.ts';
import { InputProblems } from './explain-input.ts';
import type { KnownProfiles } from './known-profiles.ts';

/** Dates as YYYY-MM-DD; which events apply depends on the profile's formation (see the rule). */
export interface FormationQuestion {
  readonly profile: string;
  readonly orderReceived: string;
  /** refusal-window (bit:2.3) */
  readonly confirmed?: string | undefined;
  readonly executionStarted?: string | undefined;
  readonly refused?: string | undefined;
  /** signed-acceptance (vn:1.5.2, vn:1.5.4) */
  readonly accepted?: string | undefined;
  readonly activated?: string | undefined;
  readonly signedForm?: boolean | undefined;
}

export interface FormationAnswer {
  readonly formed: boolean;
  readonly formationDate: string | null;
  readonly refusalDeadline: string | null;
  readonly because: RuleId[];
  readonly profile: string;
  readonly orderReceived: string;
  readonly formedBy: FormationFigures['formedBy'];
  readonly refusal: FormationFigures['refusal'];
}

/**
 * Whether and when an order became a contract (bit:2.3; vn:1.5.2, vn:1.5.4).
 * Shared by `vezel explain formation` and `GET /explain/formation`.
 */
export function explainFormation(question: FormationQuestion, profiles: KnownProfiles): FormationAnswer {
  const input = new InputProblems();
  const required = {
    profile: input.profile(question.profile, profiles),
    orderReceived: input.date('orderReceived', question.orderReceived),
  };
  const facts = {
    confirmed: input.optionalDate('confirmed', question.confirmed),
    executionStarted: input.optionalDate('executionStarted', question.executionStarted),
    refused: input.optionalDate('refused', question.refused),
    accepted: input.optionalDate('accepted', question.accepted),
    activated: input.optionalDate('activated', question.activated),
    signedForm: question.signedForm,
  };
  const { profile, orderReceived } = input.checked(required);
  const { because, figures } = formation(profile, { orderReceived, ...facts });
  return {
    formed: figures.formed,
    formationDate: figures.formationDate,
    refusalDeadline: figures.refusalDeadline,
    because: [...because],
    profile: profile.id,
    orderReceived: figures.orderReceived,
    formedBy: figures.formedBy,
    refusal: figures.refusal,
  };
}
