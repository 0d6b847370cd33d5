import { eq } from 'drizzle-orm';
import { contracts, orders } from '../../contracts/schema.ts';
import { customers } from '../../customers/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { sellers } from '../../sellers/schema.ts';
import type { TermsProfile } from '../../terms/index.ts';
import { getProfile } from '../../terms/index.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';

export type SellerRow = typeof sellers.$inferSelect;
export type CustomerRow = typeof customers.$inferSelect;

/** The seller with the terms profile it sells under, or a clear error naming `field`. */
export async function sellerWithTerms(
  db: Db,
  sellerId: string,
  field = 'sellerId',
): Promise<{ seller: SellerRow; profile: TermsProfile }> {
  const [seller] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  if (!seller) throw new InvalidInputError(field, `no seller '${sellerId}'`);
  const { profile } = await getProfile(db, seller.profileId);
  return { seller, profile };
}

export async function findCustomer(db: Db, customerId: string): Promise<CustomerRow | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, customerId));
  return row;
}

/** The seller a contract was made with. */
export async function sellerOfContract(db: Db, contractId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ sellerId: orders.sellerId })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(eq(contracts.id, contractId));
  return row?.sellerId;
}
