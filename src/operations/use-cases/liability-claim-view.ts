import { Temporal } from 'temporal-polyfill';
import { getContract } from '../../contracts/index.ts';
import type { Db } from '../../platform/database/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { getProfile } from '../../terms/index.ts';
import { agreedContractPrice, claimFlags, feesPaidExclVat, liabilityCap } from '../rules/liability-cap.ts';
import type { ClaimFlag, LiabilityCap } from '../rules/liability-cap.ts';
import { billedForContract, paidForContract } from '../store/liability-claims.ts';
import type { LiabilityClaimRow } from '../store/liability-claims.ts';

/** A claim as recorded, with the cap and the flags its contract's terms give it on the day asked. */
export interface LiabilityClaimView {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly damageKind: LiabilityClaimRow['damageKind'];
  readonly claimedCents: number;
  readonly damageOn: string;
  readonly notifiedOn: string;
  readonly notifiedBy: LiabilityClaimRow['notifiedBy'];
  readonly description: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly cap: LiabilityCap;
  readonly flags: ClaimFlag[];
  /** The last day a notice was in time (vn:1.8.12); null where the terms set none. */
  readonly reportBy: string | null;
  readonly because: RuleId[];
}

/**
 * Computes the cap and flags from the contract's facts, read when asked (so they follow payments):
 * - the agreed price: the contract's own terms (one-time + recurring per billing period of its
 *   profile over the agreed term);
 * - billed so far: the issued invoice lines carrying the contract, less its credit-note lines;
 * - paid in the calendar year of the damage: principal allocated (not reversed) in that year to the
 *   issued invoices with lines of the contract, the contract's share excl. VAT of each.
 */
export async function liabilityClaimView(
  db: Db,
  row: LiabilityClaimRow,
  asOf: Temporal.PlainDate,
): Promise<LiabilityClaimView> {
  const contract = await getContract(db, row.contractId, asOf);
  const { profile } = await getProfile(db, contract.profileId);
  const damageOn = Temporal.PlainDate.from(row.damageOn);
  const year = damageOn.year;
  const paid = await paidForContract(db, row.contractId, `${year}-01-01`, `${year}-12-31`);
  const cap = liabilityCap(profile.liability, {
    damageKind: row.damageKind,
    damageOn,
    claimedCents: row.claimedCents,
    contract: {
      agreedPriceCents: agreedContractPrice(contract.terms, profile.billing.recurring.period),
      billedCents: await billedForContract(db, row.contractId),
      termMonths: contract.terms.termMonths,
      startsOn: contract.timeline.startsOn,
      paidInDamageYearCents: feesPaidExclVat(paid),
    },
  });
  const flags = claimFlags(profile.liability, {
    damageOn,
    notifiedOn: Temporal.PlainDate.from(row.notifiedOn),
    notifiedBy: row.notifiedBy,
  });
  return {
    id: row.id,
    sellerId: row.sellerId,
    customerId: row.customerId,
    contractId: row.contractId,
    damageKind: row.damageKind,
    claimedCents: row.claimedCents,
    damageOn: row.damageOn,
    notifiedOn: row.notifiedOn,
    notifiedBy: row.notifiedBy,
    description: row.description,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    cap,
    flags: flags.flags,
    reportBy: flags.reportBy,
    because: [...new Set([...cap.because, ...flags.because])],
  };
}
