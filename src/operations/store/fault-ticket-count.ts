import { and, count, eq } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../platform/database/index.ts';
import { faultTickets } from '../schema.ts';

/** How many tickets a customer's or a provider's list holds, over all pages (the portals page it). */
export async function countFaultTickets(
  db: Db,
  filter: { readonly customerId?: string; readonly providerId?: string },
): Promise<number> {
  const where: SQL[] = [];
  if (filter.customerId) where.push(eq(faultTickets.customerId, filter.customerId));
  if (filter.providerId) where.push(eq(faultTickets.providerId, filter.providerId));
  const [row] = await db
    .select({ total: count() })
    .from(faultTickets)
    .where(where.length > 0 ? and(...where) : undefined);
  return Number(row?.total ?? 0);
}
