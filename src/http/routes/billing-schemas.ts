import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import { INVOICE_SORTS } from '../../billing/index.ts';
import type { BillRunView, InvoiceSummary, InvoiceView, SubscriptionView } from '../../billing/index.ts';
import { VatCategorySchema } from '../schemas/catalog-schemas.ts';

/*
 * Bill runs, invoices and subscriptions over HTTP. The request schemas check shapes and limits; the
 * use cases check the meaning (a quarter, an invoice date not after it, a known seller) and name every
 * wrong field. The views are typed by the use cases (readonly throughout), hence `Type.Unsafe`.
 */

/** One of a few strings, as a JSON Schema `enum`: refused with one problem naming them all. */
const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A YYYY-MM-DD date, described. */
const day = (description = 'YYYY-MM-DD') => Type.String({ format: 'date', description });
export const IsoDate = day();
const NullableDate = nullable(IsoDate);
const Timestamp = Type.String({ description: 'An instant, UTC' });
const Cents = Type.Integer({ description: 'euro cents' });
const RuleIds = Type.Array(Type.String(), { description: 'The rule ids that produced it' });
const Id = Type.String({ minLength: 1, maxLength: 64 });

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

// Bill runs

export const BILL_RUN_STATES = ['drafting', 'drafted', 'issuing', 'issued'] as const;

export const StartBillRunBody = Type.Object(
  {
    sellerId: Id,
    period: Type.String({
      minLength: 1,
      maxLength: 16,
      description: 'The calendar quarter billed in advance, YYYY-Qn, e.g. 2027-Q1 (bit:11.1, vn:7.1.5)',
    }),
    invoiceDate: Type.Optional(day("The invoice date; default the quarter's first day, and never after it")),
    chunkSize: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 10_000,
        description: 'Customers a worker drafts or issues in one transaction; default 500',
      }),
    ),
  },
  { additionalProperties: false },
);

export const BillRunListQuery = Type.Object({ sellerId: Type.Optional(Id) }, { additionalProperties: false });

export const BillRunSchema = Type.Unsafe<BillRunView>(
  Type.Object({
    id: Type.String(),
    sellerId: Type.String(),
    period: Type.String({ description: 'YYYY-Qn' }),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    invoiceDate: IsoDate,
    state: oneOf(BILL_RUN_STATES),
    customers: Type.Integer({ minimum: 0, description: 'Customers with something to bill' }),
    progress: Type.Object(
      {
        chunks: Type.Integer({ minimum: 0 }),
        drafted: Type.Integer({ minimum: 0 }),
        issued: Type.Integer({ minimum: 0 }),
      },
      { description: 'Chunks of customers, and how many of them are drafted and issued' },
    ),
    invoices: Type.Object(
      {
        drafts: Type.Integer({ minimum: 0 }),
        issued: Type.Integer({ minimum: 0 }),
        totalCents: Type.Integer({ description: 'Invoices less credit notes, incl. VAT' }),
      },
      { description: "The run's invoices and credit notes" },
    ),
    createdAt: Timestamp,
    createdBy: Type.String(),
    draftedAt: nullable(Timestamp),
    issuedAt: nullable(Timestamp),
  }),
);

// Invoices

export const INVOICE_STATES = ['draft', 'issued'] as const;
export const INVOICE_KINDS = ['invoice', 'credit-note'] as const;

export const InvoiceListQuery = Type.Object(
  {
    sellerId: Type.Optional(Id),
    customerId: Type.Optional(Id),
    billRunId: Type.Optional(Id),
    state: Type.Optional(oneOf(INVOICE_STATES)),
    kind: Type.Optional(oneOf(INVOICE_KINDS)),
    search: Type.Optional(
      Type.String({ maxLength: 40, description: 'A part of the invoice number, case-insensitive' }),
    ),
    sort: Type.Optional(
      oneOf(
        INVOICE_SORTS,
        'Default: the newest made first. customer: the name on the invoice; total: incl. VAT',
      ),
    ),
    order: Type.Optional(
      oneOf(
        ['asc', 'desc'] as const,
        'Default asc with a sort; a draft without a date or number sorts last asc, first desc',
      ),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

export const CreditNoteBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 500, description: 'Why, printed on the credit note' }),
    lines: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1 }), {
        minItems: 1,
        maxItems: 10_000,
        uniqueItems: true,
        description: 'The positions of the lines to credit; default all. A line is credited once.',
      }),
    ),
  },
  { additionalProperties: false },
);

const AddressSchema = Type.Object({
  street: Type.String(),
  houseNumber: Type.String(),
  houseNumberAddition: Type.Optional(nullable(Type.String())),
  postcode: Type.String(),
  city: Type.String(),
  country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
});

const PartySchema = Type.Object(
  {
    id: Type.String(),
    legalName: Type.String(),
    kind: Type.Optional(oneOf(['business', 'consumer'] as const)),
    kvkNumber: nullable(Type.String()),
    vatId: nullable(Type.String()),
    address: AddressSchema,
    email: nullable(Type.String()),
    iban: nullable(Type.String({ description: "The seller's account the customer pays to" })),
    bic: nullable(Type.String()),
  },
  { description: 'As on the invoice: copied when drafted and again when issued (nl:vat)' },
);

const VatSubtotalSchema = Type.Object({
  category: Type.String({ description: 'Peppol VAT category (UNCL5305): S, Z, E, AE, K, G, O' }),
  percent: Type.String({ description: '"21", "9", "0"' }),
  taxableCents: Cents,
  vatCents: Cents,
  exemptionReasonCode: Type.Optional(Type.String({ description: 'VATEX code, e.g. VATEX-EU-AE' })),
  exemptionReason: Type.Optional(Type.String()),
});

const LineSchema = Type.Object({
  position: Type.Integer({ minimum: 1 }),
  source: oneOf(['recurring', 'credit', 'usage', 'charge', 'correction'] as const),
  contractId: nullable(Type.String()),
  subscriptionId: nullable(Type.String()),
  productId: nullable(Type.String()),
  description: Type.String(),
  periodFrom: NullableDate,
  periodTo: NullableDate,
  quantity: Type.String({ description: 'Decimal text: "1", "0.5"' }),
  unitCode: Type.String({ description: 'UN/ECE recommendation 20: C62 one, HUR hour, KWH…' }),
  unitPriceCents: Type.String({ description: 'Net cents per unit, decimal text with up to 4 decimals' }),
  netCents: Cents,
  vatCategory: Type.String(),
  vatPercent: Type.String(),
  because: RuleIds,
});

const invoiceFields = {
  id: Type.String(),
  kind: oneOf(INVOICE_KINDS, 'A credit note shows its amounts positive, as on paper'),
  state: oneOf(INVOICE_STATES),
  sellerId: Type.String(),
  customerId: Type.String(),
  billRunId: nullable(Type.String()),
  number: nullable(Type.String({ description: 'Consecutive in its series (nl:vat); null while a draft' })),
  issuedOn: NullableDate,
  dueOn: NullableDate,
  paymentTermDays: Type.Integer({ minimum: 0, description: 'bit:11.3: 14 days; vn:7.1.5: 30 days' }),
  periodFrom: NullableDate,
  periodTo: NullableDate,
  language: oneOf(['nl', 'en'] as const),
  currency: Type.String(),
  seller: PartySchema,
  customer: PartySchema,
  reverseCharge: Type.Boolean({
    description: 'nl:vat: VAT reverse-charged to a business in another EU state',
  }),
  notes: Type.Array(Type.String()),
  netCents: Cents,
  vatCents: Cents,
  totalCents: Cents,
  vatSubtotals: Type.Array(VatSubtotalSchema),
  paymentReference: nullable(Type.String({ description: 'ISO 11649 creditor reference to pay with' })),
  because: RuleIds,
};

export const InvoiceSchema = Type.Unsafe<InvoiceView>(
  Type.Object({
    ...invoiceFields,
    corrects: nullable(
      Type.Object(
        { id: Type.String(), number: nullable(Type.String()), issuedOn: NullableDate },
        { description: 'The invoice a credit note corrects' },
      ),
    ),
    lines: Type.Array(LineSchema),
  }),
);

export const InvoicePageSchema = Type.Unsafe<{ invoices: InvoiceSummary[]; total: number }>(
  Type.Object({
    invoices: Type.Array(
      Type.Object(
        { ...invoiceFields, correctsId: nullable(Type.String()) },
        { description: 'Without lines' },
      ),
    ),
    total: Type.Integer({ minimum: 0, description: 'How many match, over all pages' }),
  }),
);

/** A file in the answer rather than JSON: the PDF or the UBL document. */
export const fileResponse = (mediaType: string, description: string) => ({
  200: {
    description,
    content: { [mediaType]: { schema: Type.Unsafe<Buffer | string>(Type.String({ format: 'binary' })) } },
  },
});

// Subscriptions

export const AddSubscriptionBody = Type.Object(
  {
    sellerId: Id,
    customerId: Id,
    productId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'A recurring product of the seller: its dated prices apply, its kind gives the cadence',
      }),
    ),
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    priceCents: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100_000_000_00,
        description: "The fee per period excl. VAT; default the product's price on startsOn",
      }),
    ),
    vatCategory: Type.Optional(VatCategorySchema),
    domain: Type.Optional(
      Type.Boolean({
        description: 'A domain name billed per calendar year (bit:11.2); a product says so itself',
      }),
    ),
    startsOn: day('The day the service is made available (vn:7.1.3), YYYY-MM-DD'),
    endsOn: Type.Optional(nullable(day('The last day of service, inclusive'))),
  },
  { additionalProperties: false },
);

export const EndSubscriptionBody = Type.Object(
  {
    endsOn: day('The last day of service, inclusive; prepaid days after it are credited by the next run'),
  },
  { additionalProperties: false },
);

export const SubscriptionListQuery = Type.Object(
  { customerId: Type.Optional(Id), sellerId: Type.Optional(Id) },
  { additionalProperties: false },
);

export const SubscriptionSchema = Type.Unsafe<SubscriptionView>(
  Type.Object({
    id: Type.String(),
    sellerId: Type.String(),
    customerId: Type.String(),
    contractId: nullable(Type.String({ description: 'Set when a contract keeps it in step' })),
    productId: nullable(Type.String()),
    description: Type.String(),
    cadence: oneOf(['quarter', 'year'] as const, 'bit:11.1, vn:7.1.5 quarters; bit:11.2 years (domains)'),
    proration: oneOf(['days', 'none'] as const, 'A partial period by days, or in full (bit:11.2)'),
    priceCents: Cents,
    vatCategory: Type.String(),
    startsOn: IsoDate,
    endsOn: NullableDate,
    billedThrough: nullable(day('The last day an invoice (draft or issued) covers')),
    because: RuleIds,
    createdAt: Timestamp,
  }),
);
