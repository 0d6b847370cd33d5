import type { FieldProblem } from '../../shared/errors/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { contractTermsOf, endsAtTermEnd } from './contract-kinds.ts';
import type { OfferTerms } from './offer-terms.ts';

/**
 * What must hold of an offer before it is quoted or ordered under a profile: a kind the profile
 * knows, a term where the kind needs one, and whole, non-negative amounts. Every problem at once.
 */
export function checkOffer(profile: TermsProfile, offer: OfferTerms): void {
  const problems: FieldProblem[] = [];
  try {
    const terms = contractTermsOf(profile, offer.contractKind);
    const needsTerm = endsAtTermEnd(terms) && terms.renewal.kind !== 'payment-term';
    if (needsTerm && offer.termMonths === null) {
      problems.push({
        field: 'terms.termMonths',
        problem: `is required for ${offer.contractKind} contracts`,
      });
    }
    if (!endsAtTermEnd(terms) && offer.termMonths !== null) {
      problems.push({
        field: 'terms.termMonths',
        problem: `${offer.contractKind} contracts have no term; leave it out`,
      });
    }
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    problems.push(
      ...error.problems.map((p) => ({
        ...p,
        field: `terms.${p.field === 'kind' ? 'contractKind' : p.field}`,
      })),
    );
  }
  for (const field of ['recurringCents', 'oneTimeCents', 'orderTotalInclVatCents', 'removalCents'] as const) {
    const value = offer[field];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) {
      problems.push({
        field: `terms.${field}`,
        problem: `must be a whole number of cents, 0 or more, not ${value}`,
      });
    }
  }
  if (offer.description.trim() === '')
    problems.push({ field: 'terms.description', problem: 'must not be empty' });
  if (problems.length > 0) throw new InvalidInputError(problems);
}
