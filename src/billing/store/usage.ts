import { eq, sql } from 'drizzle-orm';
import type { AnyColumn, SQL } from 'drizzle-orm';
import { products } from '../../catalog/schema.ts';
import type { ProductKind } from '../../catalog/index.ts';
import { customers } from '../../customers/schema.ts';
import { queryRows } from '../../platform/database/index.ts';
import type { Db } from '../../platform/database/index.ts';
import { sellers } from '../../sellers/schema.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import type { UsageRecord, UsageReferences } from '../rules/usage-record.ts';
import { meteredPorts, subscriptions, usageRecords } from '../schema.ts';

/* The SQL of usage intake and the 95th percentile. Bulk writes pass whole columns as arrays to
   unnest(): one statement and a handful of parameters for thousands of rows, on either store. */

export type MeteredPortRow = typeof meteredPorts.$inferSelect;
export type UsageRecordRow = typeof usageRecords.$inferSelect;

/** The terms profile a seller sells under; undefined for an unknown seller. */
export async function sellerProfileId(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.select({ profileId: sellers.profileId }).from(sellers).where(eq(sellers.id, id));
  return row?.profileId;
}

/** The customers, products and subscriptions among `ids` that exist, for the reference checks. */
export async function usageReferences(
  db: Db,
  ids: {
    readonly customers: readonly string[];
    readonly products: readonly string[];
    readonly subscriptions: readonly string[];
  },
): Promise<UsageReferences> {
  // One after the other: inside a transaction there is one connection.
  const customerRows =
    ids.customers.length === 0
      ? []
      : await db.select({ id: customers.id }).from(customers).where(anyOf(customers.id, ids.customers));
  const productRows =
    ids.products.length === 0
      ? []
      : await db
          .select({ id: products.id, sellerId: products.sellerId, kind: products.kind })
          .from(products)
          .where(anyOf(products.id, ids.products));
  const subscriptionRows =
    ids.subscriptions.length === 0
      ? []
      : await db
          .select({
            id: subscriptions.id,
            sellerId: subscriptions.sellerId,
            customerId: subscriptions.customerId,
          })
          .from(subscriptions)
          .where(anyOf(subscriptions.id, ids.subscriptions));
  return {
    customers: new Set(customerRows.map((row) => row.id)),
    products: new Map(
      productRows.map((row) => [row.id, { sellerId: row.sellerId, kind: row.kind as ProductKind }]),
    ),
    subscriptions: new Map(
      subscriptionRows.map((row) => [row.id, { sellerId: row.sellerId, customerId: row.customerId }]),
    ),
  };
}

/** `column = ANY($1)`: one parameter for thousands of ids, where `IN ($1, $2, …)` takes a while to plan. */
function anyOf(column: AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} = ANY(${sql.param(ids)}::text[])`;
}

/** Rows per statement: large enough that a statement's overhead vanishes, small enough for memory. */
const SLICE = 5000;

/**
 * Inserts the records that are new for the seller and answers how many were: a record whose
 * (seller, recordId) exists already, or repeats one earlier in the batch, is left alone.
 */
export async function insertUsageRecords(
  db: Db,
  sellerId: string,
  records: readonly { readonly record: UsageRecord; readonly because: readonly RuleId[] }[],
  receivedAt: string,
): Promise<number> {
  let added = 0;
  for (let start = 0; start < records.length; start += SLICE) {
    const slice = records.slice(start, start + SLICE);
    const column = <T>(pick: (entry: (typeof slice)[number]) => T) => sql.param(slice.map(pick));
    const [row] = await queryRows<{ added: number | string }>(
      db,
      sql`WITH added AS (
            INSERT INTO usage_records (seller_id, record_id, customer_id, subscription_id, product_id,
                                       quantity, occurred_on, description, because, received_at)
            SELECT ${sellerId}, r.record_id, r.customer_id, r.subscription_id, r.product_id,
                   r.quantity::numeric, r.occurred_on::date, r.description,
                   string_to_array(r.because, ','), ${receivedAt}::timestamptz
              FROM unnest(${column((e) => e.record.recordId)}::text[],
                          ${column((e) => e.record.customerId)}::text[],
                          ${column((e) => e.record.subscriptionId)}::text[],
                          ${column((e) => e.record.productId)}::text[],
                          ${column((e) => e.record.quantity)}::text[],
                          ${column((e) => e.record.occurredOn)}::text[],
                          ${column((e) => e.record.description)}::text[],
                          ${column((e) => e.because.join(','))}::text[])
                AS r(record_id, customer_id, subscription_id, product_id, quantity, occurred_on,
                     description, because)
            ON CONFLICT (seller_id, record_id) DO NOTHING
            RETURNING 1)
          SELECT count(*) AS added FROM added`,
    );
    added += Number(row?.added ?? 0);
  }
  return added;
}

export async function findUsageRecord(
  db: Db,
  sellerId: string,
  recordId: string,
): Promise<UsageRecordRow | undefined> {
  const [row] = await db
    .select()
    .from(usageRecords)
    .where(sql`${usageRecords.sellerId} = ${sellerId} AND ${usageRecords.recordId} = ${recordId}`);
  return row;
}

export async function insertMeteredPort(
  db: Db,
  port: typeof meteredPorts.$inferInsert,
): Promise<MeteredPortRow | undefined> {
  const [row] = await db.insert(meteredPorts).values(port).onConflictDoNothing().returning();
  return row;
}

export async function findMeteredPort(db: Db, id: string): Promise<MeteredPortRow | undefined> {
  const [row] = await db.select().from(meteredPorts).where(eq(meteredPorts.id, id));
  return row;
}

export interface StoredSample {
  /** UTC, `YYYY-MM-DDTHH:MM:SS.sssZ`. */
  readonly at: string;
  /** The counters as decimal text: 64-bit values do not fit a JavaScript number. */
  readonly inOctets: string;
  readonly outOctets: string;
}

/** Adds the samples the port has no reading for at that instant yet; answers how many were new. */
export async function insertPortSamples(
  db: Db,
  portId: string,
  samples: readonly StoredSample[],
): Promise<number> {
  let added = 0;
  for (let start = 0; start < samples.length; start += SLICE) {
    const slice = samples.slice(start, start + SLICE);
    const [row] = await queryRows<{ added: number | string }>(
      db,
      sql`WITH added AS (
            INSERT INTO port_samples (port_id, at, in_octets, out_octets)
            SELECT ${portId}, s.at::timestamptz, s.in_octets::numeric, s.out_octets::numeric
              FROM unnest(${sql.param(slice.map((s) => s.at))}::text[],
                          ${sql.param(slice.map((s) => s.inOctets))}::text[],
                          ${sql.param(slice.map((s) => s.outOctets))}::text[]) AS s(at, in_octets, out_octets)
            ON CONFLICT (port_id, at) DO NOTHING
            RETURNING 1)
          SELECT count(*) AS added FROM added`,
    );
    added += Number(row?.added ?? 0);
  }
  return added;
}

/**
 * The samples closing the intervals that end in (from, to], in time order, led by the last sample at
 * or before `from` (it opens the first interval).
 */
export function portSamplesFor(db: Db, portId: string, from: string, to: string): Promise<StoredSample[]> {
  return queryRows<StoredSample>(
    db,
    sql`SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at",
               in_octets::text AS "inOctets", out_octets::text AS "outOctets"
          FROM (
            (SELECT at, in_octets, out_octets FROM port_samples
              WHERE port_id = ${portId} AND at <= ${from}::timestamptz ORDER BY at DESC LIMIT 1)
            UNION ALL
            (SELECT at, in_octets, out_octets FROM port_samples
              WHERE port_id = ${portId} AND at > ${from}::timestamptz AND at <= ${to}::timestamptz)
          ) AS s
         ORDER BY s.at`,
  );
}
