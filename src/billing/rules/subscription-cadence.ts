import { InvalidInputError } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';

export interface SubscriptionCadence {
  readonly cadence: 'quarter' | 'year';
  readonly proration: 'days' | 'none';
  readonly because: readonly RuleId[];
}

/**
 * How the seller's terms bill a recurring fee: access, hosting, colocation and service contracts per
 * `billing.recurring` (bit:11.1 and vn:7.1.5: calendar quarters, prorated by days), domain names per
 * `billing.domains` (bit:11.2: calendar years, not prorated). Terms without a domains article do not
 * bill domains; a month cadence is not billed by Vezel yet.
 */
export function subscriptionCadence(profile: TermsProfile, domain: boolean): SubscriptionCadence {
  const section = domain ? profile.billing.domains : profile.billing.recurring;
  if (section === null)
    throw new InvalidInputError(
      'productId',
      `the terms ${profile.id} have no article for billing domain names`,
    );
  if (section.period !== 'quarter' && section.period !== 'year')
    throw new InvalidInputError(
      'sellerId',
      `the terms ${profile.id} bill per ${section.period}; Vezel bills calendar quarters and years`,
    );
  return { cadence: section.period, proration: section.proration, because: section.rules };
}
