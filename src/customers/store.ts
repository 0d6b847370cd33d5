import { and, asc, count, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { Db, SortOrder } from '../platform/database/index.ts';
import type { ContactRole as RuleRole } from './rules/contact-fields.ts';
import { customerContacts, customers } from './schema.ts';
import type { ContactRole as TableRole } from './schema.ts';
import { containsPattern, orderedBy, pageWithTotal } from '../platform/database/index.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomerRow = Omit<typeof customers.$inferInsert, 'id'>;
export type ContactRow = typeof customerContacts.$inferSelect;
export type NewContactRow = Omit<typeof customerContacts.$inferInsert, 'id'>;

// The rules name the same roles as the table: a change to one without the other fails to compile.
const sameRoles: [RuleRole, TableRole] extends [TableRole, RuleRole] ? true : never = true;
void sameRoles;

export async function insertCustomer(db: Db, row: NewCustomerRow): Promise<CustomerRow> {
  const [inserted] = await db.insert(customers).values(row).returning();
  return inserted!;
}

export async function findCustomerRow(db: Db, id: string): Promise<CustomerRow | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  return row;
}

/** Other customers that already have this KvK number or VAT id. */
export async function findHoldersOf(
  db: Db,
  identifiers: { readonly kvkNumber: string | null; readonly vatId: string | null },
  exceptId?: string,
): Promise<Pick<CustomerRow, 'id' | 'kvkNumber' | 'vatId'>[]> {
  const same = [
    ...(identifiers.kvkNumber === null ? [] : [eq(customers.kvkNumber, identifiers.kvkNumber)]),
    ...(identifiers.vatId === null ? [] : [eq(customers.vatId, identifiers.vatId)]),
  ];
  if (same.length === 0) return [];
  return db
    .select({ id: customers.id, kvkNumber: customers.kvkNumber, vatId: customers.vatId })
    .from(customers)
    .where(and(or(...same), exceptId === undefined ? undefined : ne(customers.id, exceptId)))
    .orderBy(asc(customers.id));
}

export async function updateCustomerRow(
  db: Db,
  id: string,
  changes: Partial<Omit<NewCustomerRow, 'createdAt' | 'createdBy'>>,
): Promise<void> {
  await db.update(customers).set(changes).where(eq(customers.id, id));
}

export const CUSTOMER_SORTS = ['name', 'id', 'createdAt'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface CustomerSearch {
  readonly search?: string;
  readonly sort: CustomerSort;
  readonly order: SortOrder;
  readonly limit: number;
  readonly offset: number;
}

// Each sort ends on the id, so paging is stable. The name sort is served by the index on
// (lower(legal_name), id) of migration 0016; a number sorts by its length first (CU-9 before CU-10).
const customerOrder: Record<CustomerSort, readonly SQLWrapper[]> = {
  name: [sql`lower(${customers.legalName})`, customers.id],
  id: [sql`length(${customers.id})`, customers.id],
  createdAt: [customers.createdAt, customers.id],
};

/** One page of customers by name (case-insensitive) or `sort`, then id; `total` counts every match. */
export async function searchCustomerRows(
  db: Db,
  query: CustomerSearch,
): Promise<{ rows: CustomerRow[]; total: number }> {
  const where = query.search === undefined ? undefined : matching(query.search);
  return pageWithTotal(
    query,
    () =>
      db
        .select()
        .from(customers)
        .where(where)
        .orderBy(...orderedBy(query.order, ...customerOrder[query.sort]))
        .limit(query.limit)
        .offset(query.offset),
    async () => {
      const [counted] = await db.select({ total: count() }).from(customers).where(where);
      return Number(counted?.total ?? 0);
    },
  );
}

/** A part of the name, or a KvK number, VAT id or customer id as a whole (separators ignored). */
function matching(search: string): SQL | undefined {
  const compact = search.replace(/[\s.-]/gu, '').toUpperCase();
  const pattern = containsPattern(search);
  return or(
    ilike(customers.legalName, pattern),
    eq(customers.kvkNumber, compact),
    eq(customers.vatId, compact),
    eq(customers.id, search.toUpperCase()),
  );
}

export function contactsOf(db: Db, customerIds: readonly string[]): Promise<ContactRow[]> {
  if (customerIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(customerContacts)
    .where(inArray(customerContacts.customerId, [...customerIds]))
    .orderBy(asc(customerContacts.id));
}

export async function findContact(db: Db, customerId: string, id: number): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(customerContacts)
    .where(and(eq(customerContacts.customerId, customerId), eq(customerContacts.id, id)));
  return row;
}

export async function insertContacts(db: Db, rows: readonly NewContactRow[]): Promise<ContactRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(customerContacts)
    .values([...rows])
    .returning();
}

export async function updateContactRow(
  db: Db,
  id: number,
  changes: Partial<Omit<NewContactRow, 'customerId' | 'createdAt'>>,
): Promise<void> {
  await db.update(customerContacts).set(changes).where(eq(customerContacts.id, id));
}

export async function deleteContact(db: Db, id: number): Promise<void> {
  await db.delete(customerContacts).where(eq(customerContacts.id, id));
}
