import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import type { SeriesHolder } from './rules/number-series.ts';
import { sellers } from './schema.ts';

export type SellerRow = typeof sellers.$inferSelect;
export type NewSellerRow = typeof sellers.$inferInsert;

export async function findSeller(db: Db, id: string): Promise<SellerRow | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, id));
  return row;
}

export function listSellerRows(db: Db): Promise<SellerRow[]> {
  return db.select().from(sellers).orderBy(asc(sellers.id));
}

/** The number series of every seller, to keep each series with one seller. */
export function listSeries(db: Db): Promise<SeriesHolder[]> {
  return db
    .select({
      id: sellers.id,
      invoiceSeries: sellers.invoiceSeries,
      creditNoteSeries: sellers.creditNoteSeries,
    })
    .from(sellers);
}

/** Inserts a seller; false when its id is taken (a retried or concurrent add). */
export async function insertSeller(db: Db, row: NewSellerRow): Promise<boolean> {
  const inserted = await db
    .insert(sellers)
    .values(row)
    .onConflictDoNothing({ target: sellers.id })
    .returning({ id: sellers.id });
  return inserted.length > 0;
}

export async function updateSellerRow(
  db: Db,
  id: string,
  changes: Partial<Omit<NewSellerRow, 'id' | 'createdAt' | 'createdBy'>>,
): Promise<SellerRow> {
  const [row] = await db.update(sellers).set(changes).where(eq(sellers.id, id)).returning();
  return row!;
}
