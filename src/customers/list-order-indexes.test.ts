import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../platform/database/index.ts';
import { describeEachStore } from '../../test/support/stores.ts';

// Migration 0018: the first page of the two big lists in their default order (customers by name,
// invoices newest made first) is read from an index, both ways, not by sorting every row (issue 8).
describeEachStore('the indexes of the big lists’ default order', (database) => {
  const planOf = async (query: string) =>
    database().db.transaction(async (tx) => {
      // A small table is rightly read whole and sorted; forbid that, to see the index can give the order.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`explain ${query}`));
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });

  it('reads the customers by name from the index, either way', async () => {
    for (const order of ['asc', 'desc']) {
      const plan = await planOf(
        `select id from customers order by lower(legal_name) ${order}, id ${order} limit 50 offset 100`,
      );
      expect(plan).toContain('customers_name_sort_idx');
      expect(plan).not.toMatch(/^\s*(->\s*)?Sort\b/m);
    }
  });

  it('reads the invoices newest made first from the index, either way', async () => {
    for (const order of ['asc', 'desc']) {
      const plan = await planOf(`select id from invoices order by created_at ${order}, id ${order} limit 50`);
      expect(plan).toContain('invoices_created_idx');
      expect(plan).not.toMatch(/^\s*(->\s*)?Sort\b/m);
    }
  });
});
