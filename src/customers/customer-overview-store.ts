import { sql } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';

export interface CustomerSellerRow {
  readonly id: string;
  readonly legalName: string;
}

/**
 * The sellers a customer deals with: those of its contracts, subscriptions, invoices, payments and
 * dunning cases. Its account statement is kept per seller, so the customer page needs them.
 */
export async function sellersOfCustomer(db: Db, customerId: string): Promise<CustomerSellerRow[]> {
  const rows = await queryRows<{ id: string; legal_name: string }>(
    db,
    sql`select s.id, s.legal_name from sellers s
         where s.id in (
           select o.seller_id from contracts c join orders o on o.id = c.order_id
            where c.customer_id = ${customerId}
           union select seller_id from subscriptions where customer_id = ${customerId}
           union select seller_id from invoices where customer_id = ${customerId}
           union select seller_id from payments where customer_id = ${customerId}
           union select seller_id from dunning_cases where customer_id = ${customerId})
         order by s.legal_name, s.id`,
  );
  return rows.map((row) => ({ id: row.id, legalName: row.legal_name }));
}

export interface CustomerCountsRow {
  readonly contracts: number;
  readonly networkServices: number;
  readonly openFaults: number;
  readonly cpe: number;
  readonly invoices: number;
  readonly openDunningCases: number;
}

/** How much the customer has of each kind: the numbers beside the sections of the customer page. */
export async function countsOfCustomer(db: Db, customerId: string): Promise<CustomerCountsRow> {
  const [row] = await queryRows<Record<keyof CustomerCountsRow, number | string>>(
    db,
    sql`select
          (select count(*) from contracts where customer_id = ${customerId}) as "contracts",
          (select count(*) from network_services where customer_id = ${customerId}) as "networkServices",
          (select count(*) from fault_tickets
            where customer_id = ${customerId} and state not in ('resolved', 'closed')) as "openFaults",
          (select count(*) from cpe_devices where customer_id = ${customerId}) as "cpe",
          (select count(*) from invoices where customer_id = ${customerId}) as "invoices",
          (select count(*) from dunning_cases
            where customer_id = ${customerId} and closed_on is null) as "openDunningCases"`,
  );
  return {
    contracts: Number(row?.contracts ?? 0),
    networkServices: Number(row?.networkServices ?? 0),
    openFaults: Number(row?.openFaults ?? 0),
    cpe: Number(row?.cpe ?? 0),
    invoices: Number(row?.invoices ?? 0),
    openDunningCases: Number(row?.openDunningCases ?? 0),
  };
}
