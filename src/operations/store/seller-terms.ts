import { eq } from 'drizzle-orm';
import { contracts, orders } from '../../contracts/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, quote } from '../../shared/errors/index.ts';
import { sellers } from '../../sellers/schema.ts';
import { getProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';

/** The terms profile a seller sells under, or an error naming `field`. */
export async function sellerTerms(db: Db, sellerId: string, field = 'sellerId'): Promise<TermsProfile> {
  const [seller] = await db.select().from(sellers).where(eq(sellers.id, sellerId));
  if (!seller) throw new InvalidInputError(field, `no seller ${quote(sellerId)}`);
  return (await getProfile(db, seller.profileId)).profile;
}

/** Who a contract is with: its customer and the seller of its order. */
export async function contractParties(
  db: Db,
  contractId: string,
): Promise<{ customerId: string; sellerId: string } | undefined> {
  const [row] = await db
    .select({ customerId: contracts.customerId, sellerId: orders.sellerId })
    .from(contracts)
    .innerJoin(orders, eq(orders.id, contracts.orderId))
    .where(eq(contracts.id, contractId));
  return row;
}
