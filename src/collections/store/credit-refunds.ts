import { and, eq, isNull, sql } from 'drizzle-orm';
import { customers } from '../../customers/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { paymentAllocations, payments } from '../schema.ts';

/** A payment not used up: what it has left is credit on the customer's account. */
export interface CreditHeld {
  readonly paymentId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly customerIban: string | null;
  readonly language: 'nl' | 'en';
  readonly creditCents: number;
}

/**
 * The seller's payments with money left: amount less their allocations in force (a refund is one),
 * not returned. By customer, then oldest first.
 */
export async function creditsHeld(db: Db, sellerId: string): Promise<CreditHeld[]> {
  const rows = await queryRows<{
    id: string;
    customer_id: string;
    legal_name: string;
    iban: string | null;
    language: 'nl' | 'en';
    credit_cents: string;
  }>(
    db,
    sql`SELECT * FROM (
          SELECT p.id, p.customer_id, c.legal_name, c.iban, c.language, p.value_date, p.recorded_at,
                 (p.amount_cents - COALESCE((SELECT SUM(a.amount_cents) FROM ${paymentAllocations} a
                                              WHERE a.payment_id = p.id AND a.reversed_on IS NULL), 0)
                 )::text AS credit_cents
            FROM ${payments} p JOIN ${customers} c ON c.id = p.customer_id
           WHERE p.seller_id = ${sellerId} AND p.returned_on IS NULL) held
         WHERE credit_cents::bigint > 0
         ORDER BY customer_id, value_date, recorded_at, id`,
  );
  return rows.map((row) => ({
    paymentId: row.id,
    customerId: row.customer_id,
    customerName: row.legal_name,
    customerIban: row.iban,
    language: row.language,
    creditCents: Number(row.credit_cents),
  }));
}

/** A refund that came back: its allocations stop counting from `on`, so the credit is back. */
export async function reverseRefundAllocations(db: Db, endToEndId: string, on: string): Promise<void> {
  await db
    .update(paymentAllocations)
    .set({ reversedOn: on })
    .where(and(eq(paymentAllocations.bankTransferId, endToEndId), isNull(paymentAllocations.reversedOn)));
}
