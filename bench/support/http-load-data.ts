import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/database/index.ts';
import { BENCH_SELLER, generateOperator } from './generate-operator.ts';

/*
 * Bench data for the HTTP load run, made by the database itself (INSERT … SELECT generate_series), not
 * timed: the bill-run operator (N customers CU-0000001…, 4 subscriptions and 3 traffic records each),
 * and for every customer a contract (an order under VitrumNet's shipped terms, formed and activated
 * in 2025: C-B1…) and an issued invoice of 2026-Q4 with a line per subscription (INV-B1…).
 */

export const LOAD_PROFILE = 'vitrumnet-2.5-2018-04-15';

export interface HttpLoadData {
  readonly customers: number;
}

export async function generateHttpLoadData(db: Db, customers: number): Promise<HttpLoadData> {
  await generateOperator(db, customers);
  await contracts(db, customers);
  await issuedInvoices(db, customers);
  // A vacuum, as an operator's tables have had, so the reads measured are not slowed by the first
  // vacuum of a bulk load (it rewrites every page of the new tables) or by setting hint bits.
  await db.execute(
    sql`VACUUM (ANALYZE) customers, subscriptions, usage_records, orders, contracts, invoices, invoice_lines`,
  );
  await checkpoint(db);
  return { customers };
}

/**
 * Writes the bulk load's dirty pages now: otherwise the next checkpoint spreads writing them over
 * minutes (checkpoint_completion_target), in the middle of the mixes measured. Needs a superuser or
 * the pg_checkpoint role (scripts/test-postgres.sh grants it); without, the run says so and goes on.
 */
async function checkpoint(db: Db): Promise<void> {
  try {
    await db.execute(sql`CHECKPOINT`);
  } catch (error) {
    console.log(`  (no CHECKPOINT before the load: ${(error as Error).message})`);
  }
}

/** The i-th customer's id, as generate-operator.ts makes them. */
export const customerId = (i: number) => `CU-${String(i).padStart(7, '0')}`;

async function contracts(db: Db, customers: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO orders (id, quote_id, seller_id, profile_id, customer_id, customer_kind, terms, received_on,
                        signed_form_on, confirmed_on, execution_started_on, accepted_on, activated_on)
    SELECT 'O-B' || i, NULL, ${BENCH_SELLER}, ${LOAD_PROFILE}, 'CU-' || lpad(i::text, 7, '0'),
           CASE WHEN i % 10 = 3 THEN 'consumer' ELSE 'business' END,
           jsonb_build_object('contractKind', 'fixed-term', 'service', 'access',
                              'description', 'Glasvezel 1 Gbit/s, Rotterdam', 'termMonths', 12,
                              'paymentTermMonths', NULL, 'recurringCents', 13500, 'oneTimeCents', 25000,
                              'orderTotalInclVatCents', 46585),
           DATE '2025-01-01' + i % 300, DATE '2025-01-02' + i % 300, DATE '2025-01-03' + i % 300,
           DATE '2025-01-10' + i % 300, DATE '2025-01-20' + i % 300, DATE '2025-01-20' + i % 300
      FROM generate_series(1, ${customers}::int) AS i`);
  await db.execute(sql`
    INSERT INTO contracts (id, order_id, customer_id, created_at)
    SELECT 'C-B' || i, 'O-B' || i, 'CU-' || lpad(i::text, 7, '0'), '2025-01-03T09:00:00Z'
      FROM generate_series(1, ${customers}::int) AS i`);
}

async function issuedInvoices(db: Db, customers: number): Promise<void> {
  // 135.00 + 30.00 + 60.00 + 24.00 = 249.00 net, 52.29 VAT at 21 %, 301.29 in all.
  await db.execute(sql`
    INSERT INTO invoices (id, kind, state, seller_id, customer_id, series, number, issued_on, due_on,
                          payment_term_days, period_from, period_to, language, seller, customer,
                          reverse_charge, notes, net_cents, vat_cents, total_cents, vat_subtotals,
                          payment_reference, because, created_at, issued_at, issued_by)
    SELECT 'INV-B' || i, 'invoice', 'issued', s.id, c.id, 'VNB', 'VNB-' || lpad(i::text, 7, '0'),
           DATE '2026-10-01', DATE '2026-10-15', 14, DATE '2026-10-01', DATE '2026-12-31', c.language,
           jsonb_build_object('id', s.id, 'legalName', s.legal_name, 'kvkNumber', s.kvk_number,
                              'vatId', s.vat_id, 'address', s.address, 'email', s.email, 'iban', s.iban,
                              'bic', s.bic),
           jsonb_build_object('id', c.id, 'legalName', c.legal_name, 'kind', c.kind,
                              'kvkNumber', c.kvk_number, 'vatId', c.vat_id, 'address', c.billing_address,
                              'email', c.email, 'iban', NULL, 'bic', NULL),
           false, '{}', 24900, 5229, 30129,
           '[{"category": "standard", "percent": "21", "taxableCents": 24900, "vatCents": 5229}]'::jsonb,
           'RF' || lpad(i::text, 12, '0'), ARRAY['vn:7.1.3'], '2026-10-01T06:00:00Z', '2026-10-01T06:00:00Z',
           'bench'
      FROM generate_series(1, ${customers}::int) AS i
      JOIN customers c ON c.id = 'CU-' || lpad(i::text, 7, '0')
      JOIN sellers s ON s.id = ${BENCH_SELLER}`);
  await db.execute(sql`
    INSERT INTO invoice_lines (invoice_id, position, source, subscription_id, description, period_from,
                               period_to, quantity, unit_code, unit_price_cents, net_cents, vat_category,
                               vat_percent, because, figures, billing_key)
    SELECT 'INV-B' || i, j, 'recurring', 'SUB-B' || i || '-' || j,
           (ARRAY['Glasvezel 1 Gbit/s', 'Vaste IP-adressen /29', 'VoIP-trunk 10 kanalen', 'Managed router'])[j],
           DATE '2026-10-01', DATE '2026-12-31', 1, 'C62', (ARRAY[13500, 3000, 6000, 2400])[j],
           (ARRAY[13500, 3000, 6000, 2400])[j], 'standard', 21, ARRAY['vn:7.1.3'], '{}'::jsonb,
           'bench:' || i || ':' || j
      FROM generate_series(1, ${customers}::int) AS i, generate_series(1, 4) AS j`);
}
