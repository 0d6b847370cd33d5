import { ConflictError, InvalidInputError, NotAllowedError } from '../../shared/errors/index.ts';
import { quote } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation, RuleId } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/index.ts';

/** vn:4.1.4: the measures on a service (the `abuse_measures.measure` column). */
const SERVICE_MEASURES = ['block', 'filter', 'suspend'] as const;
export type AbuseMeasure = (typeof SERVICE_MEASURES)[number];
export type AbuseCaseState = 'open' | 'measured' | 'complied' | 'escalated' | 'closed';

type AbuseTerms = Pick<TermsProfile, 'id' | 'abuse' | 'immediateTermination' | 'dissolution'>;

/** How a case ends the contract: dissolution (vn:4.1.6 via vn:1.6.2) or termination (bit:12.4). */
export type AbuseEscalation =
  { readonly kind: 'dissolve' } | { readonly kind: 'terminate'; readonly ground: 'abuse-policy-breach' };

/** The ground of the contracts' termination use case for an AUP / Abuse Policy breach (bit:12.4). */
export const ABUSE_TERMINATION_GROUND = 'abuse-policy-breach';

/** The measures on a service the seller's terms allow (vn:4.1.4: block, filter, suspend; bit:12.4). */
export function allowedAbuseMeasures(terms: AbuseTerms): AbuseMeasure[] {
  return SERVICE_MEASURES.filter((measure) => terms.abuse.measures.includes(measure));
}

/**
 * A measure the terms allow, with the rules behind it and the note that payment continues
 * (vn:4.1.5). A measure the profile does not list is refused naming `measure`.
 */
export function abuseMeasure(
  terms: AbuseTerms,
  measure: string,
): Explanation<AbuseMeasure, { billingContinues: boolean }> {
  const allowed = allowedAbuseMeasures(terms);
  const known = allowed.find((one) => one === measure);
  if (!known)
    throw new InvalidInputError(
      'measure',
      `${quote(measure)} is not a measure of ${terms.id} (${terms.abuse.rules.join(', ')}); it allows ${
        allowed.length > 0 ? allowed.join(', ') : 'no measure on a service'
      }`,
    );
  // vn:4.1.4 block / filter / suspend; vn:4.1.5 payment obligations continue during the measure.
  return explain(known, terms.abuse.rules, { billingContinues: terms.abuse.billingContinues });
}

/**
 * How a case escalates to ending the contract, by the seller's terms: where the immediate termination
 * grounds know an Abuse Policy breach, terminate on that ground (bit:12.4); otherwise dissolve
 * without refund (vn:4.1.6, through vn:1.6.2 — after a notice of default where the terms ask one).
 * A profile whose abuse measures do not include `terminate` cannot escalate.
 */
export function abuseEscalation(terms: AbuseTerms): Explanation<AbuseEscalation> {
  if (!terms.abuse.measures.includes('terminate'))
    throw new NotAllowedError(
      `${terms.id} does not end a contract for abuse (${terms.abuse.rules.join(', ')})`,
    );
  if (terms.immediateTermination.grounds.includes(ABUSE_TERMINATION_GROUND)) {
    const because = shared(terms.abuse.rules, terms.immediateTermination.rules);
    return explain({ kind: 'terminate', ground: ABUSE_TERMINATION_GROUND }, because, { refund: false });
  }
  // vn:4.1.6: dissolution under vn:1.6.2, without damages or refund of what was paid.
  const because = [...shared(terms.abuse.rules, terms.dissolution.rules), ...terms.dissolution.rules];
  return explain({ kind: 'dissolve' }, because, { refund: false });
}

/** The rules of `abuse` that the contract clause also names, or the abuse rules when none does. */
function shared(abuse: readonly RuleId[], clause: readonly RuleId[]): RuleId[] {
  const both = abuse.filter((rule) => clause.includes(rule));
  return both.length > 0 ? both : [...abuse];
}

/** The states in which a new measure may be taken: a complied case may need one again. */
const MEASURABLE: readonly AbuseCaseState[] = ['open', 'measured', 'complied'];
const ESCALATABLE: readonly AbuseCaseState[] = ['open', 'measured'];

/** Refuses an action the case's state does not allow, naming what is allowed. */
export function checkAbuseCaseAction(
  caseId: string,
  state: AbuseCaseState,
  action: 'measure' | 'lift' | 'escalate',
): void {
  const allowed = action === 'measure' ? MEASURABLE : action === 'lift' ? ['measured'] : ESCALATABLE;
  if (!allowed.includes(state))
    throw new ConflictError(
      `abuse case ${caseId} is ${state}: it can ${action === 'lift' ? 'have its measures lifted' : action === 'measure' ? 'take a measure' : 'be escalated'} only when ${allowed.join(' or ')}`,
    );
}
