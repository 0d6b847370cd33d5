import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../test/support/stores.ts';
import { queryRows } from '../platform/database/index.ts';
import { customerTables } from './customer-data-catalogue.ts';

/** Tables that point at a customer's row but hold nothing about the customer. */
const NOT_ABOUT_THE_CUSTOMER: Record<string, string> = {
  contract_dates: "a cache of the dates the rules compute from a contract's facts, which are exported",
  naps: 'a network access point at a premises is network inventory; the premises names the customer',
  user_sessions: "a credential of a customer's portal user, not data about the customer",
  user_api_tokens: "a credential of a customer's portal user, not data about the customer",
};

describeEachStore('the catalogue of where customer data lives', (database) => {
  it('covers every table that points at a row of the customer', async () => {
    const covered = new Set((await customerTables(database().db)).map((entry) => entry.table));
    const references = await queryRows<{ child: string; parent: string }>(
      database().db,
      sql`select distinct tc.table_name as child, ccu.table_name as parent
          from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu
            on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
          order by 1, 2`,
    );
    const missed = references
      .filter(({ child, parent }) => covered.has(parent) && child !== parent)
      .filter(({ child }) => !covered.has(child) && !(child in NOT_ABOUT_THE_CUSTOMER))
      .map(({ child, parent }) => `${child} -> ${parent}`);
    expect(missed).toEqual([]);
    expect(covered.has('customers') && covered.has('invoice_lines') && covered.has('messages')).toBe(true);
  });
});
