import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';

/** The contract kinds the terms tell apart, as the CLI and the API name them. */
export const CONTRACT_KINDS = ['fixed-term', 'indefinite', 'domain', 'third-party'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

type Contracts = TermsProfile['contracts'];
/** A contract that ends at the end of its own term and renews (bit:12.1, vn:1.5.1, vn:1.6.1). */
export type TermEndContract = NonNullable<Contracts['fixedTerm']>;
/** A contract that ends at a calendar period end (bit:12.2 quarter, bit:12.3 year). */
export type PeriodEndContract = NonNullable<Contracts['indefinite']>;
export type ContractTerms = TermEndContract | PeriodEndContract;

const sectionOf = {
  'fixed-term': 'fixedTerm',
  indefinite: 'indefinite',
  domain: 'domain',
  'third-party': 'thirdParty',
} as const satisfies Record<ContractKind, keyof Contracts>;

/** The kinds a profile has terms for; a `null` section means its seller does not offer that kind. */
export function knownContractKinds(profile: TermsProfile): ContractKind[] {
  return CONTRACT_KINDS.filter((kind) => profile.contracts[sectionOf[kind]] !== null);
}

/** The profile's terms for one kind; a kind it does not know is the caller's input error. */
export function contractTermsOf(profile: TermsProfile, kind: ContractKind): ContractTerms {
  const terms = CONTRACT_KINDS.includes(kind) ? profile.contracts[sectionOf[kind]] : null;
  if (!terms) {
    throw new InvalidInputError(
      'kind',
      `${profile.id} has no terms for ${String(kind)} contracts; it knows ${knownContractKinds(profile).join(', ')}`,
    );
  }
  return terms;
}

export function endsAtTermEnd(terms: ContractTerms): terms is TermEndContract {
  return terms.endsAt === 'term-end';
}
