import { Temporal } from 'temporal-polyfill';
import type { Db, SortOrder } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import type { Address } from '../../shared/identifiers/index.ts';
import type { ContactRole } from '../rules/contact-fields.ts';
import type { CustomerKind } from '../rules/customer-kind.ts';
import { faultReadiness } from '../rules/fault-contact.ts';
import type { FaultReadiness } from '../rules/fault-contact.ts';
import { contactsOf, findCustomerRow, searchCustomerRows } from '../store.ts';
import type { ContactRow, CustomerRow, CustomerSort } from '../store.ts';

export { CUSTOMER_SORTS } from '../store.ts';
export type { CustomerSort } from '../store.ts';

export interface ContactView {
  readonly id: number;
  readonly name: string;
  readonly roles: ContactRole[];
  readonly email: string | null;
  readonly phoneOfficeHours: string | null;
  readonly phoneOutsideOfficeHours: string | null;
  readonly createdAt: string;
}

/** A customer as listed: without its contacts. */
export interface CustomerSummary {
  readonly id: string;
  readonly kind: CustomerKind;
  readonly legalName: string;
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
  readonly iban: string | null;
  readonly email: string;
  readonly billingAddress: Address;
  readonly deliveryAddress: Address | null;
  readonly language: 'nl' | 'en';
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface CustomerView extends CustomerSummary {
  readonly contacts: ContactView[];
  /** Whether the contacts give what a fault report needs (vn:6.4.9), and what is missing. */
  readonly faultReadiness: FaultReadiness;
}

export interface CustomerPage {
  readonly items: CustomerSummary[];
  /** Every customer that matches, on all pages. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface ListCustomers {
  /** A part of the legal name, or a whole KvK number, VAT id or customer id. */
  readonly search?: string;
  /** Default by name; `id` sorts the customer numbers as numbers (CU-9 before CU-10). */
  readonly sort?: CustomerSort;
  /** Default ascending. */
  readonly order?: SortOrder;
  /** Default 50, at most 500. */
  readonly limit?: number;
  readonly offset?: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export async function getCustomer(db: Db, id: string): Promise<CustomerView> {
  const row = await findCustomerRow(db, id);
  if (!row) throw new NotFoundError('customer', id);
  return customerView(row, await contactsOf(db, [row.id]));
}

/** Customers sorted by name (or `sort`), one page at a time. */
export async function listCustomers(db: Db, query: ListCustomers = {}): Promise<CustomerPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const problems = [
    ...(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT
      ? []
      : [{ field: 'limit', problem: `must be a whole number from 1 to ${MAX_LIMIT}` }]),
    ...(Number.isInteger(offset) && offset >= 0
      ? []
      : [{ field: 'offset', problem: 'must be a whole number of 0 or more' }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const search = query.search?.trim() || undefined;
  const { rows, total } = await searchCustomerRows(db, {
    search,
    sort: query.sort ?? 'name',
    order: query.order ?? 'asc',
    limit,
    offset,
  });
  return { items: rows.map(customerSummary), total, limit, offset };
}

/** Whether a customer with this id exists. */
export async function customerExists(db: Db, id: string): Promise<boolean> {
  return (await findCustomerRow(db, id)) !== undefined;
}

/** The customer's id and kind, or `NotFoundError`: for other contexts that refuse unknown customers. */
export async function requireCustomer(
  db: Db,
  id: string,
): Promise<{ readonly id: string; readonly kind: CustomerKind; readonly legalName: string }> {
  const row = await findCustomerRow(db, id);
  if (!row) throw new NotFoundError('customer', id);
  return { id: row.id, kind: row.kind, legalName: row.legalName };
}

export function customerView(row: CustomerRow, contacts: readonly ContactRow[]): CustomerView {
  const views = contacts.map(contactView);
  return { ...customerSummary(row), contacts: views, faultReadiness: faultReadiness(views) };
}

export function contactView(row: ContactRow): ContactView {
  return {
    id: row.id,
    name: row.name,
    roles: row.roles,
    email: row.email,
    phoneOfficeHours: row.phoneOfficeHours,
    phoneOutsideOfficeHours: row.phoneOutsideOfficeHours,
    createdAt: isoInstant(row.createdAt),
  };
}

function customerSummary(row: CustomerRow): CustomerSummary {
  return {
    id: row.id,
    kind: row.kind,
    legalName: row.legalName,
    kvkNumber: row.kvkNumber,
    vatId: row.vatId,
    iban: row.iban,
    email: row.email,
    billingAddress: row.billingAddress,
    deliveryAddress: row.deliveryAddress,
    language: row.language,
    createdAt: isoInstant(row.createdAt),
    createdBy: row.createdBy,
  };
}

/** An instant in ISO 8601; the drivers answer PostgreSQL's own text form ("2026-11-22 11:00:00+00"). */
function isoInstant(text: string): string {
  return Temporal.Instant.from(text).toString();
}
