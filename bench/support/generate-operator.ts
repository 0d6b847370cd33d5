import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/database/index.ts';

/*
 * Bench data for a quarterly bill run of VitrumNet (the shipped seller), made by the database itself
 * (INSERT … SELECT generate_series): a million subscriptions in seconds, not the hours the use cases
 * would take one at a time. Not the demo: enough variety to walk every path of a draft, no more.
 */

/** The quarter the bench bills, in advance; the usage of the quarter before it is billed in arrears. */
export const BENCH_PERIOD = '2027-Q1';
export const BENCH_SELLER = 'vitrumnet';

export interface GeneratedOperator {
  readonly customers: number;
  readonly subscriptions: number;
  readonly usageRecords: number;
}

/**
 * `customers` customers of VitrumNet, each with 4 quarterly subscriptions and a monthly traffic
 * record for each month of 2026-Q4:
 * - most subscriptions started in 2025 and are billed through 2026-12-31: one line for 2027-Q1;
 * - 1 customer in 20 started inside 2026-Q4 and was never billed: a prorated Q4 line, then Q1;
 * - 1 in 50 has its access fee from a product whose list price changes on 15 February: two Q1 lines;
 * - 1 in 100 ended its router on 30 November after it was billed through December: a credit line;
 * - 1 in 100 is a Belgian business (reverse charge), 1 in 10 a consumer, 1 in 20 reads English.
 */
export async function generateOperator(db: Db, customers: number): Promise<GeneratedOperator> {
  await products(db);
  await db.execute(sql`
    INSERT INTO customers (id, kind, legal_name, kvk_number, vat_id, email, language, billing_address,
                           created_at, created_by)
    SELECT 'CU-' || lpad(i::text, 7, '0'),
           CASE WHEN i % 10 = 3 THEN 'consumer' ELSE 'business' END,
           CASE WHEN i % 10 = 3 THEN 'Klant ' || i ELSE 'Klant ' || i || ' B.V.' END,
           NULL,
           CASE WHEN i % 100 = 42 THEN 'BE0' || lpad(i::text, 9, '0') END,
           'factuur+' || i || '@klant.example',
           CASE WHEN i % 20 = 11 THEN 'en' ELSE 'nl' END,
           CASE WHEN i % 100 = 42
                THEN jsonb_build_object('street', 'Wetstraat', 'houseNumber', (i % 200 + 1)::text,
                                        'postcode', '1000', 'city', 'Brussel', 'country', 'BE')
                ELSE jsonb_build_object('street', 'Coolsingel', 'houseNumber', (i % 400 + 1)::text,
                                        'postcode', '3011 AD', 'city', 'Rotterdam', 'country', 'NL') END,
           '2025-01-01T09:00:00Z', 'bench'
      FROM generate_series(1, ${customers}::int) AS i`);
  await db.execute(sql`
    INSERT INTO subscriptions (id, seller_id, customer_id, contract_id, product_id, description, cadence,
                               proration, price_cents, vat_category, starts_on, ends_on, billed_through,
                               because, created_at)
    SELECT 'SUB-B' || i || '-' || j, ${BENCH_SELLER}, 'CU-' || lpad(i::text, 7, '0'), NULL,
           CASE WHEN j = 1 AND i % 50 = 1 THEN 'P-BENCH-LINK' END,
           (ARRAY['Glasvezel 1 Gbit/s', 'Vaste IP-adressen /29', 'VoIP-trunk 10 kanalen',
                  'Managed router'])[j],
           'quarter', 'days',
           (ARRAY[13500, 3000, 6000, 2400])[j],
           'standard',
           CASE WHEN i % 20 = 0 THEN DATE '2026-10-01' + (i / 20) % 92
                ELSE DATE '2025-01-01' + (i * 7 + j) % 365 END,
           CASE WHEN j = 4 AND i % 100 = 7 THEN DATE '2026-11-30' END,
           CASE WHEN i % 20 = 0 THEN NULL ELSE DATE '2026-12-31' END,
           ARRAY['vn:7.1.3', 'vn:7.1.5'],
           '2025-01-01T09:00:00Z'
      FROM generate_series(1, ${customers}::int) AS i, generate_series(1, 4) AS j`);
  await db.execute(sql`
    INSERT INTO usage_records (seller_id, record_id, customer_id, subscription_id, product_id, quantity,
                               occurred_on, description, because, received_at)
    SELECT ${BENCH_SELLER}, 'TR-' || i || '-' || m, 'CU-' || lpad(i::text, 7, '0'), 'SUB-B' || i || '-1',
           'P-BENCH-TRAFFIC', ((i * 7919 + m * 104729) % 250000) / 1000.0,
           (DATE '2026-11-01' + (m - 1) * INTERVAL '1 month' - INTERVAL '1 day')::date,
           NULL, ARRAY['vn:7.1.4'],
           (DATE '2026-11-01' + (m - 1) * INTERVAL '1 month')::timestamptz
      FROM generate_series(1, ${customers}::int) AS i, generate_series(1, 3) AS m`);
  // Fresh statistics, as autovacuum would have them on an operator's database.
  await db.execute(sql`ANALYZE customers, subscriptions, usage_records, products, product_prices`);
  return { customers, subscriptions: customers * 4, usageRecords: customers * 3 };
}

/** An access product whose price rises mid-quarter (bit:5.2, vn:7.4), and metered traffic per GB. */
async function products(db: Db): Promise<void> {
  await db.execute(sql`
    INSERT INTO products (id, seller_id, code, name, kind, vat_category, created_at)
    VALUES ('P-BENCH-LINK', ${BENCH_SELLER}, 'BENCH-LINK', 'Glasvezel 1 Gbit/s', 'link', 'standard',
            '2025-01-01T09:00:00Z'),
           ('P-BENCH-TRAFFIC', ${BENCH_SELLER}, 'BENCH-TRAFFIC', 'Dataverkeer', 'usage-traffic', 'standard',
            '2025-01-01T09:00:00Z')`);
  await db.execute(sql`
    INSERT INTO product_prices (product_id, effective_from, amount_cents, announced_on, recorded_at, recorded_by)
    VALUES ('P-BENCH-LINK', '2025-01-01', 13500, '2024-11-01', '2024-11-01T09:00:00Z', 'bench'),
           ('P-BENCH-LINK', '2027-02-15', 14500, '2026-12-01', '2026-12-01T09:00:00Z', 'bench'),
           ('P-BENCH-TRAFFIC', '2025-01-01', 25, '2024-11-01', '2024-11-01T09:00:00Z', 'bench')`);
}
