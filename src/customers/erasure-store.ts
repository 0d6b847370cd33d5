import { eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../platform/database/index.ts';
import { queryRows } from '../platform/database/index.ts';
import { customerTables, textColumnsOf } from './customer-data-catalogue.ts';
import { customerContacts, customers } from './schema.ts';
import type { CustomerRow } from './store.ts';

export const ERASED = '[erased]';

/** The customer's row, locked until the transaction ends: two erasures of one customer run one after the other. */
export async function lockCustomerRow(db: Db, id: string): Promise<CustomerRow | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id)).for('update');
  return row;
}

/**
 * The values that identify the customer and its people (names, e-mail addresses, phone numbers, KvK
 * number, VAT id, IBAN), and the street and postcode of its addresses, which identify it only in its
 * own rows. Short values (under 4 characters) are left out: they would match too much.
 */
export interface PersonalValues {
  readonly identifying: string[];
  readonly address: string[];
}

export async function personalValuesOf(db: Db, customer: CustomerRow): Promise<PersonalValues> {
  const contacts = await db
    .select()
    .from(customerContacts)
    .where(eq(customerContacts.customerId, customer.id));
  const addresses = [customer.billingAddress, customer.deliveryAddress].filter((a) => a !== null);
  return {
    identifying: cleaned([
      customer.legalName,
      customer.email,
      customer.kvkNumber,
      customer.vatId,
      customer.iban,
      ...contacts.flatMap((c) => [c.name, c.email, c.phoneOfficeHours, c.phoneOutsideOfficeHours]),
    ]),
    address: cleaned(addresses.flatMap((address) => [address.street, address.postcode])),
  };
}

function cleaned(values: readonly (string | null)[]): string[] {
  const kept = values.map((value) => value?.trim() ?? '').filter((value) => value.length >= 4);
  return [...new Set(kept)].sort((a, b) => b.length - a.length);
}

/** Tables whose rows the erasure itself rewrites whole, or keeps on purpose. */
// The customer's users are erased whole by clearFreeText (their e-mail addresses must stay unique).
const NOT_SEARCHED = new Set(['customers', 'customer_contacts', 'users']);

/**
 * Replaces every occurrence of the values, in any case, by `[erased]` in the text and jsonb columns
 * of every table holding the customer's rows, except issued invoices and their lines: those stay as
 * issued for the fiscal retention (nl:vat, art. 52 AWR). Answers the rows changed per table.
 */
export async function replacePersonalValues(
  db: Db,
  customerId: string,
  values: readonly string[],
): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  if (values.length === 0) return changed;
  const textPattern = alternation(values.map(regexEscaped));
  // Inside jsonb text a value is JSON-escaped; a match right after a backslash would split an escape.
  const jsonPattern = `(?<!\\\\)${alternation(values.map((v) => regexEscaped(JSON.stringify(v).slice(1, -1))))}`;
  for (const { table, rowsOf } of await customerTables(db)) {
    if (NOT_SEARCHED.has(table)) continue;
    const rows = sql.join([rowsOf(customerId), ...keptAsIssued(table)], sql` and `);
    for (const { column, type } of await textColumnsOf(db, table)) {
      const c = sql.identifier(column);
      const [pattern, value, replaced] =
        type === 'jsonb'
          ? [
              jsonPattern,
              sql`t.${c}::text`,
              sql`regexp_replace(t.${c}::text, ${jsonPattern}, ${ERASED}, 'gi')::jsonb`,
            ]
          : [textPattern, sql`t.${c}`, sql`regexp_replace(t.${c}, ${textPattern}, ${ERASED}, 'gi')`];
      const count = await updated(
        db,
        sql`update ${sql.identifier(table)} t set ${c} = ${replaced} where ${rows} and ${value} ~* ${pattern}`,
      );
      if (count > 0) changed[table] = (changed[table] ?? 0) + count;
    }
  }
  return changed;
}

/** nl:vat: an issued invoice (and its lines) is kept exactly as issued. */
function keptAsIssued(table: string): SQL[] {
  if (table === 'invoices') return [sql`t.state <> 'issued'`];
  if (table === 'invoice_lines')
    return [sql`t.invoice_id in (select id from invoices where state <> 'issued')`];
  return [];
}

/**
 * The fields that hold free text or a person's details whatever their words: cleared whole, since
 * they may name people the customer's own values do not (a neighbour, a technician, a witness).
 */
export async function clearFreeText(
  db: Db,
  customerId: string,
  today: string,
): Promise<Record<string, number>> {
  const of = sql`customer_id = ${customerId}`;
  const statements: [string, SQL][] = [
    ['orders', sql`update orders set refusal_reason = ${ERASED} where ${of} and refusal_reason is not null`],
    [
      'network_orders',
      sql`update network_orders set signed_form = '{"erased": true}'::jsonb where ${of} and signed_form is not null`,
    ],
    // The signed form's file names and shows the end user's signatory: it goes whole.
    [
      'network_order_forms',
      sql`delete from network_order_forms where order_id in (select id from network_orders where ${of})`,
    ],
    [
      'contract_events',
      sql`update contract_events set payload = jsonb_set(payload, '{agreedBy}', to_jsonb(${ERASED}::text))
          where payload ? 'agreedBy' and contract_id in (select id from contracts where ${of})`,
    ],
    [
      'fault_tickets',
      sql`update fault_tickets set report = (select jsonb_object_agg(key, ${ERASED}::text) from jsonb_each(report))
          where ${of} and report <> '{}'::jsonb`,
    ],
    [
      'fault_ticket_events',
      sql`update fault_ticket_events set note = ${ERASED}
          where note is not null and ticket_id in (select id from fault_tickets where ${of})`,
    ],
    ['abuse_cases', sql`update abuse_cases set evidence = ${ERASED} where ${of}`],
    ['liability_claims', sql`update liability_claims set description = ${ERASED} where ${of}`],
    ['complaints', sql`update complaints set description = ${ERASED} where ${of}`],
    ['disputes', sql`update disputes set reason = ${ERASED} where ${of}`],
    [
      'payments',
      sql`update payments set counterparty_name = case when counterparty_name is null then null else ${ERASED} end,
          counterparty_iban = null where ${of} and (counterparty_name is not null or counterparty_iban is not null)`,
    ],
    [
      'mandates',
      sql`update mandates set debtor_name = ${ERASED}, iban = ${ERASED}, revoked_on = coalesce(revoked_on, ${today})
          where ${of}`,
    ],
    // Messages not yet sent are given up: their recipient is gone.
    [
      'messages',
      sql`update messages set recipient = ${ERASED}, body = ${ERASED},
          state = case when state = 'pending' then 'failed' else state end,
          last_error = case when state = 'pending' then 'the customer was erased' else last_error end
          where ${of}`,
    ],
    // The customer's portal users can no longer sign in, and say nothing of who they were.
    [
      'sign_in_attempts',
      sql`delete from sign_in_attempts where email in (select email from users where ${of})`,
    ],
    ['user_sessions', sql`delete from user_sessions where user_id in (select id from users where ${of})`],
    ['user_api_tokens', sql`delete from user_api_tokens where user_id in (select id from users where ${of})`],
    [
      'users',
      sql`update users set name = ${ERASED}, email = 'erased-' || id || '@erased.invalid', password_hash = null,
          active = false where ${of}`,
    ],
    // The premises stays a place on the network; it no longer says who lives there.
    ['premises', sql`update premises set customer_id = null where ${of}`],
  ];
  const changed: Record<string, number> = {};
  for (const [table, statement] of statements) {
    const count = await updated(db, statement);
    if (count > 0) changed[table] = (changed[table] ?? 0) + count;
  }
  return changed;
}

/** The bank files sent with the customer's collections or refunds name its account holder and IBAN. */
export async function eraseFromBankFiles(
  db: Db,
  customerId: string,
  values: readonly string[],
): Promise<number> {
  if (values.length === 0) return 0;
  const pattern = alternation([...values, ...values.map(xmlEscaped)].map(regexEscaped));
  return updated(
    db,
    sql`update outgoing_bank_files set xml = regexp_replace(xml, ${pattern}, ${ERASED}, 'gi')
        where id in (select file_id from bank_transfers where customer_id = ${customerId}) and xml ~* ${pattern}`,
  );
}

/**
 * The stored first answers of `Idempotency-Key` requests (kept until they expire) may repeat the
 * customer as it was, e.g. the answer to the POST that created it: the values are erased there too.
 */
export async function eraseFromStoredAnswers(db: Db, values: readonly string[]): Promise<number> {
  if (values.length === 0) return 0;
  const pattern = alternation(values.map((v) => regexEscaped(JSON.stringify(v).slice(1, -1))));
  return updated(
    db,
    sql`update idempotency_keys set body = regexp_replace(body, ${pattern}, ${ERASED}, 'gi')
        where body ~* ${pattern}`,
  );
}

/** The customer row keeps its id, kind, language and country; its contacts go. */
export async function anonymiseCustomerRow(db: Db, customer: CustomerRow): Promise<number> {
  await db
    .update(customers)
    .set({
      legalName: `Erased customer ${customer.id}`,
      email: `${customer.id.toLowerCase()}@erased.invalid`,
      kvkNumber: null,
      vatId: null,
      iban: null,
      billingAddress: {
        street: ERASED,
        houseNumber: '-',
        postcode: '-',
        city: ERASED,
        country: customer.billingAddress.country,
      },
      deliveryAddress: null,
    })
    .where(eq(customers.id, customer.id));
  const removed = await db
    .delete(customerContacts)
    .where(eq(customerContacts.customerId, customer.id))
    .returning({ id: customerContacts.id });
  return removed.length;
}

async function updated(db: Db, statement: SQL): Promise<number> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`with changed as (${statement} returning 1 as one) select one from changed`,
  );
  return rows.length;
}

/** Any of the parts as a whole word: `Customer CU-1` does not match inside `Customer CU-10`. */
function alternation(parts: readonly string[]): string {
  return `(?<![[:alnum:]_])(${parts.join('|')})(?![[:alnum:]_])`;
}

/** A literal for a PostgreSQL regular expression. */
function regexEscaped(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/gu, (c) => `\\${c}`);
}

function xmlEscaped(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll("'", '&apos;')
    .replaceAll('"', '&quot;');
}
