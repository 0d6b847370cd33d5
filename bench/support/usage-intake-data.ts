import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Db } from '../../src/platform/database/index.ts';
import type { FreshStore } from './fresh-store.ts';

/* Bench data for usage intake: VitrumNet (its terms bill usage, vn:7.1.4), customers and traffic products. */

export const USAGE_SELLER = 'vitrumnet';
const CUSTOMERS = 10_000;
const PRODUCTS = ['P-BENCH-GB', 'P-BENCH-KWH'];

/** Customers CU-B0000001… and two usage products, made by the database itself. */
export async function seedUsageParties(db: Db): Promise<void> {
  await db.execute(sql`
    INSERT INTO customers (id, kind, legal_name, email, billing_address, created_at, created_by)
    SELECT 'CU-B' || lpad(i::text, 7, '0'), 'business', 'Klant ' || i || ' B.V.', 'f' || i || '@klant.example',
           jsonb_build_object('street', 'Coolsingel', 'houseNumber', '1', 'postcode', '3011 AD',
                              'city', 'Rotterdam', 'country', 'NL'),
           '2025-01-01T09:00:00Z', 'bench'
      FROM generate_series(1, ${CUSTOMERS}::int) AS i`);
  await db.execute(sql`
    INSERT INTO products (id, seller_id, code, name, kind, vat_category, created_at)
    VALUES (${PRODUCTS[0]}, ${USAGE_SELLER}, 'BENCH-GB', 'Traffic per GB', 'usage-traffic', 'standard', now()),
           (${PRODUCTS[1]}, ${USAGE_SELLER}, 'BENCH-KWH', 'Power per kWh', 'usage-power', 'standard', now())`);
}

/** The i-th record of a bench batch: a day of October 2026, a customer, a product, a quantity. */
export function benchRecord(prefix: string, i: number) {
  return {
    recordId: `${prefix}-${i}`,
    customerId: `CU-B${String((i % CUSTOMERS) + 1).padStart(7, '0')}`,
    productId: PRODUCTS[i % 2]!,
    quantity: `${((i * 7919) % 100_000) + 1}.${String(i % 1000).padStart(3, '0')}`,
    occurredOn: `2026-10-${String((i % 31) + 1).padStart(2, '0')}`,
  };
}

/** A CSV file of `rows` records, written in 1 MiB pieces. */
export async function writeUsageCsv(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  let chunk = 'record_id,customer_id,product_id,quantity,occurred_on\n';
  for (let i = 0; i < rows; i++) {
    const r = benchRecord('F', i);
    chunk += `${r.recordId},${r.customerId},${r.productId},${r.quantity},${r.occurredOn}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

export interface Floor {
  readonly rows: number;
  readonly millis: number;
}

export interface UsageFloors {
  /** COPY into a bare copy of usage_records: no keys, indexes, constraints or triggers. */
  readonly bare: Floor;
  /** COPY into a copy with usage_records' keys, indexes and foreign keys: the least the fixed schema allows. */
  readonly schema: Floor;
}

const REPLICA = `
  CREATE TABLE bench_schema_usage (LIKE usage_records INCLUDING ALL);
  ALTER TABLE bench_schema_usage ADD FOREIGN KEY (seller_id) REFERENCES sellers (id);
  ALTER TABLE bench_schema_usage ADD FOREIGN KEY (customer_id) REFERENCES customers (id);`;

/**
 * The floors: the usage rows the import wrote, read back (not timed) and written again with COPY,
 * into a bare copy of usage_records and into a copy with its keys, indexes and foreign keys. Only
 * the COPY is timed.
 */
export async function usageCopyFloors(store: FreshStore, recordPrefix: string): Promise<UsageFloors> {
  const select = `SELECT * FROM usage_records WHERE record_id LIKE '${recordPrefix}-%'`;
  return store.database.kind === 'pglite'
    ? floorsOnPglite((store.database.db as unknown as { $client: PGlite }).$client, select)
    : floorsOnPostgres(store.url!, select);
}

async function floorsOnPglite(client: PGlite, select: string): Promise<UsageFloors> {
  await client.exec(`CREATE TABLE bench_floor_usage (LIKE usage_records); ${REPLICA}`);
  const { blob } = await client.query(`COPY (${select}) TO '/dev/blob'`);
  const copy = async (table: string): Promise<Floor> => {
    const started = performance.now();
    const result = await client.query(`COPY ${table} FROM '/dev/blob'`, [], { blob: blob! });
    return { rows: result.affectedRows ?? 0, millis: performance.now() - started };
  };
  return { bare: await copy('bench_floor_usage'), schema: await copy('bench_schema_usage') };
}

async function floorsOnPostgres(url: string, select: string): Promise<UsageFloors> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vezel-bench-usage-floor-'));
  const file = path.join(folder, 'usage.copy');
  try {
    await client.query(`CREATE TABLE bench_floor_usage (LIKE usage_records); ${REPLICA}`);
    await pipeline(client.query(copyTo(`COPY (${select}) TO STDOUT`)), fs.createWriteStream(file));
    const copy = async (table: string): Promise<Floor> => {
      const started = performance.now();
      const writer = client.query(copyFrom(`COPY ${table} FROM STDIN`));
      await pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), writer);
      return { rows: writer.rowCount, millis: performance.now() - started };
    };
    return { bare: await copy('bench_floor_usage'), schema: await copy('bench_schema_usage') };
  } finally {
    await client.end();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
