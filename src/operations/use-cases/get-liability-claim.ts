import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findLiabilityClaim, listLiabilityClaimRows } from '../store/liability-claims.ts';
import type { LiabilityClaimFilter } from '../store/liability-claims.ts';
import { liabilityClaimView } from './liability-claim-view.ts';
import type { LiabilityClaimView } from './liability-claim-view.ts';

/** One claim, its cap and flags computed on `asOf` from the contract's facts. */
export async function getLiabilityClaim(
  db: Db,
  id: string,
  asOf: Temporal.PlainDate,
): Promise<LiabilityClaimView> {
  const row = await findLiabilityClaim(db, id);
  if (!row) throw new NotFoundError('liability claim', id);
  return liabilityClaimView(db, row, asOf);
}

/** Claims, newest first, by seller, customer or contract. */
export async function listLiabilityClaims(
  db: Db,
  asOf: Temporal.PlainDate,
  filter: LiabilityClaimFilter = {},
): Promise<LiabilityClaimView[]> {
  const rows = await listLiabilityClaimRows(db, filter);
  const views: LiabilityClaimView[] = [];
  for (const row of rows) views.push(await liabilityClaimView(db, row, asOf));
  return views;
}
