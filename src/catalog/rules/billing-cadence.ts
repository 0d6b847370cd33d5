import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { TermsProfile } from '../../terms/rules/terms-profile-schema.ts';
import { productKindOf } from './product-kinds.ts';
import type { Cadence, ChargeKind, ProductKind } from './product-kinds.ts';

export type BillingCadenceFigures = {
  readonly profile: string;
  readonly kind: ProductKind;
  readonly charged: ChargeKind;
  readonly period: string | null;
  readonly timing: string | null;
};

type Billing = TermsProfile['billing'];

/**
 * How often a seller bills a product of this kind, read from the seller's terms profile rather than
 * the catalog's defaults, citing the profile's own articles: recurring services per
 * `billing.recurring` (bit:11.1; vn:7.1.3, vn:7.1.5), domains per `billing.domains` (bit:11.2), usage
 * in arrears per `billing.usage` (vn:7.1.4). `null` for what is billed once (one-time charges at the
 * order, hours from time entries, deposits at acceptance). A kind whose section the profile lacks
 * (VitrumNet sells no domains, BIT's terms bill no usage) is refused: the terms say nothing about it.
 */
export function billingCadence(
  profile: TermsProfile,
  kind: ProductKind,
): Explanation<Cadence | null, BillingCadenceFigures> {
  const info = productKindOf(kind);
  const section = sectionFor(profile.billing, kind, info.charged);
  if (section === undefined) {
    return explain(null, once(profile.billing, info.charged) ?? info.rules, {
      profile: profile.id,
      kind,
      charged: info.charged,
      period: null,
      timing: null,
    });
  }
  if (section.terms === null) {
    throw new InvalidInputError('kind', `${profile.id} has no terms for billing ${section.name}`);
  }
  const cadence: Cadence = { period: section.terms.period, timing: section.timing };
  return explain(cadence, section.terms.rules, {
    profile: profile.id,
    kind,
    charged: info.charged,
    ...cadence,
  });
}

type Section = {
  readonly name: string;
  readonly terms: Billing['recurring'] | Billing['domains'] | Billing['usage'];
  readonly timing: Cadence['timing'];
};

function sectionFor(billing: Billing, kind: ProductKind, charged: ChargeKind): Section | undefined {
  if (kind === 'domain') return { name: 'domain names', terms: billing.domains, timing: 'in-advance' };
  if (charged === 'usage') return { name: 'usage in arrears', terms: billing.usage, timing: 'in-arrears' };
  if (charged === 'recurring') {
    const timing = billing.recurring.inAdvance ? 'in-advance' : 'in-arrears';
    return { name: 'recurring services', terms: billing.recurring, timing };
  }
  return undefined;
}

/** One-time charges cite the profile's own article for them; hours and deposits the catalog's. */
function once(billing: Billing, charged: ChargeKind) {
  return charged === 'one-time' ? billing.oneTimeCharges.rules : undefined;
}
