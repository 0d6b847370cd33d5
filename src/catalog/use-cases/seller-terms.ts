import type { Db } from '../../platform/database/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { findSellerProfile } from '../store.ts';

/** The terms profile a seller sells under; the seller must exist. */
export async function sellerTerms(db: Db, sellerId: string): Promise<TermsProfile> {
  const seller = await findSellerProfile(db, sellerId);
  if (!seller) throw new NotFoundError('seller', sellerId);
  return (await getProfile(db, seller.profileId)).profile;
}

/**
 * The articles of `candidates` that are the seller's own (BIT cites bit:5.2, VitrumNet vn:7.4.1):
 * an answer about one seller's catalog cites that seller's terms. An operator's own profile, whose
 * prefix none of them has, gets them all, as the articles the catalog implements.
 */
export function ownRules(profile: TermsProfile, candidates: readonly RuleId[]): RuleId[] {
  const own = candidates.filter((id) => id.startsWith(`${profile.rulePrefix}:`));
  return own.length > 0 ? own : [...candidates];
}
