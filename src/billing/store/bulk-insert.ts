import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/database/index.ts';
import { queryRows } from '../../platform/database/index.ts';

/**
 * Inserts many rows in one statement with one parameter per column, an array the server unnests:
 * the statement stays the same size whatever the number of rows, where a VALUES list of thousands
 * of rows costs more to build, send and parse than to insert (a bill run writes millions). Each
 * value travels as text and is cast to its column's type by the server.
 *
 * The columns are those the rows give a value; a row without one gets NULL, not the default.
 * `returning` is SQL, e.g. `id, customer_id`.
 */
export async function bulkInsert<Returned = never>(
  db: Db,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
  returning?: string,
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  const columns = Object.entries(getTableColumns(table))
    .filter(([key]) => rows.some((row) => row[key] !== undefined))
    .map(([key, column]) => ({ key, name: quoted(column.name), type: column.getSQLType() }));
  const names = sql.raw(columns.map((column) => column.name).join(', '));
  const arrays = columns.map(
    ({ key, type }) => sql`${sql.param(rows.map((row) => asText(row[key], type)))}::text[]`,
  );
  const casts = sql.raw(columns.map(({ name, type }) => `u.${name}::${type}`).join(', '));
  return queryRows<Returned>(
    db,
    sql`INSERT INTO ${sql.raw(quoted(getTableName(table)))} (${names})
        SELECT ${casts} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${names})
        ${returning ? sql.raw(`RETURNING ${returning}`) : sql``}`,
  );
}

function asText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type.endsWith('[]')) return arrayLiteral(value as readonly unknown[]);
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A one-dimensional PostgreSQL array literal: `{"a","b \"c\""}`. */
function arrayLiteral(items: readonly unknown[]): string {
  const elements = items.map((item) =>
    item === null || item === undefined
      ? 'NULL'
      : `"${String(item).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${elements.join(',')}}`;
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
