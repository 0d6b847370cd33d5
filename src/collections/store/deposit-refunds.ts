import { sql } from 'drizzle-orm';
import { contracts, orders } from '../../contracts/schema.ts';
import { customers } from '../../customers/schema.ts';
import { cpeDevices } from '../../network/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';
import { bankTransfers } from '../schema.ts';

/** A switch deposit settled with money to give back (vn:7.2.2), and where it goes. */
export interface DepositToRefund {
  readonly cpeId: string;
  readonly serialNumber: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly customerIban: string | null;
  readonly language: 'nl' | 'en';
  readonly refundCents: number;
  readonly settledOn: string;
}

/**
 * The deposits of the seller's contracts that the network settled (settle-deposit) with a refund above
 * zero and that no credit transfer refunds yet (`deposit:<cpe id>`). A switch without a contract has
 * no seller to pay it back: it is not found here.
 */
export async function depositsToRefund(db: Db, sellerId: string): Promise<DepositToRefund[]> {
  const rows = await queryRows<{
    id: string;
    serial_number: string;
    customer_id: string;
    legal_name: string;
    iban: string | null;
    language: 'nl' | 'en';
    refund_cents: string;
    settled_on: string;
  }>(
    db,
    sql`SELECT d.id, d.serial_number, d.customer_id, c.legal_name, c.iban, c.language,
               (d.deposit_settlement->>'refundCents')::bigint::text AS refund_cents,
               d.deposit_settlement->>'settledOn' AS settled_on
          FROM ${cpeDevices} d
          JOIN ${contracts} k ON k.id = d.contract_id
          JOIN ${orders} o ON o.id = k.order_id
          JOIN ${customers} c ON c.id = d.customer_id
         WHERE o.seller_id = ${sellerId}
           AND d.deposit_settlement IS NOT NULL
           AND (d.deposit_settlement->>'refundCents')::bigint > 0
           AND NOT EXISTS (SELECT 1 FROM ${bankTransfers} t WHERE t.refund_of = 'deposit:' || d.id)
         ORDER BY d.deposit_settlement->>'settledOn', d.id`,
  );
  return rows.map((row) => ({
    cpeId: row.id,
    serialNumber: row.serial_number,
    customerId: row.customer_id,
    customerName: row.legal_name,
    customerIban: row.iban,
    language: row.language,
    refundCents: Number(row.refund_cents),
    settledOn: row.settled_on,
  }));
}
