import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../platform/database/index.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import { findSeller, listSellerRows } from '../store.ts';
import type { SellerRow } from '../store.ts';

/** A seller as stored: its identifiers normalised (KvK digits, VAT id and IBAN without spaces, E.164 phone). */
export type Seller = SellerRow;

export async function getSeller(db: Db, id: string): Promise<Seller> {
  const seller = await findSeller(db, id);
  if (!seller) throw new NotFoundError('seller', id);
  return sellerView(seller);
}

/** Every seller, by id. */
export async function listSellers(db: Db): Promise<Seller[]> {
  return (await listSellerRows(db)).map(sellerView);
}

/** The row with its instant in ISO 8601 (the drivers answer PostgreSQL's own text form). */
function sellerView(row: SellerRow): Seller {
  return { ...row, createdAt: Temporal.Instant.from(row.createdAt).toString() };
}
