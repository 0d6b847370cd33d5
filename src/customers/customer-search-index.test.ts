import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../platform/database/index.ts';
import { describeEachStore } from '../../test/support/stores.ts';

// Migration 0014: a part of a name or of an invoice number is found through a trigram index, not by
// reading the whole table (the lists of issue 8, the load target of issue 9).
describeEachStore('the trigram search indexes', (database) => {
  const planOf = async (query: string) =>
    database().db.transaction(async (tx) => {
      // On a small table the planner would rightly read it all (or walk the b-tree on the name and
      // filter); forbid both, to see that the trigram index can answer the condition itself.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      await tx.execute(sql`set local enable_indexonlyscan = off`);
      const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`explain ${query}`));
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });

  it('serves a search for a part of a customer name', async () => {
    const plan = await planOf(`select count(*) from customers where legal_name ilike '%korenaar%'`);
    expect(plan).toContain('customers_legal_name_trgm_idx');
  });

  it('serves a search for a part of an invoice number', async () => {
    const plan = await planOf(`select id from invoices where number ilike '%000123%'`);
    expect(plan).toContain('invoices_number_trgm_idx');
  });
});
