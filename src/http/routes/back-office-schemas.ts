import { Type } from 'typebox';

const closed = { additionalProperties: false } as const;
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Nullable = (description: string) => Type.Union([Type.String({ description }), Type.Null()]);
const Amount = (description: string) =>
  Type.String({ pattern: '^-?\\d+\\.\\d{2}$', description: `${description}, in euros as a decimal string` });
const SellerId = Type.Optional(
  Type.String({ minLength: 1, maxLength: 64, description: 'One seller only; default all (or your own)' }),
);

export const AttentionQuery = Type.Object({ sellerId: SellerId }, closed);

const AttentionItem = Type.Object(
  {
    id: Type.String(),
    sellerId: Nullable('The seller it concerns, where known'),
    customerId: Nullable('The customer it concerns'),
    customerName: Nullable("The customer's legal name"),
    date: Nullable('The date that matters (YYYY-MM-DD), or for an SLA clock its maximum (an instant)'),
    amount: Type.Union([Amount('The amount'), Type.Null()]),
    detail: Nullable(
      'What it is in its section: the quarter, the dunning step, warning/breached, the switch serial, ' +
        'notice-deadline/renewal/effective-end, the order kind, the invoice number',
    ),
    reference: Nullable('A second id or text: the disputed invoice, the provider, the run state'),
  },
  closed,
);
const AttentionSection = Type.Object(
  {
    count: Type.Integer({ minimum: 0, description: 'All the items of the section' }),
    items: Type.Array(AttentionItem, { description: 'The first few, most urgent first' }),
  },
  closed,
);

export const AttentionSchema = Type.Object(
  {
    today: Day,
    now: Type.String({ description: 'The server clock, an ISO instant' }),
    sellerId: Nullable('The seller looked at; null: all'),
    sections: Type.Object(
      {
        billRunsDue: AttentionSection,
        unmatchedPayments: AttentionSection,
        disputes: AttentionSection,
        dunningDue: AttentionSection,
        faults: AttentionSection,
        cpeReturns: AttentionSection,
        contractDates: AttentionSection,
        networkOrders: AttentionSection,
      },
      closed,
    ),
  },
  closed,
);

export const RangeQuery = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day), sellerId: SellerId },
  closed,
);

export const RevenueSchema = Type.Object(
  {
    from: Day,
    to: Day,
    sellerId: Nullable('The seller looked at; null: all'),
    quarters: Type.Array(Type.String({ examples: ['2026-Q4'] })),
    figures: Type.Array(
      Type.Object(
        {
          quarter: Type.String(),
          sellerId: Type.String(),
          productId: Nullable('The product billed; null for a fee without one'),
          productName: Nullable('Its name'),
          amount: Amount('Net recurring revenue excl. VAT, credit notes subtracted'),
        },
        closed,
      ),
    ),
    totals: Type.Array(
      Type.Object({ quarter: Type.String(), amount: Amount('The quarter’s total') }, closed),
    ),
  },
  closed,
);

export const AgeingQuery = Type.Object({ asOf: Type.Optional(Day), sellerId: SellerId }, closed);

const AgeingFigures = {
  notDue: Amount('Not yet due'),
  days1to30: Amount('1 to 30 days past due'),
  days31to60: Amount('31 to 60 days past due'),
  days61to90: Amount('61 to 90 days past due'),
  over90: Amount('More than 90 days past due'),
  total: Amount('All open'),
  invoices: Type.Integer({ description: 'Invoices with something open' }),
};

export const AgeingSchema = Type.Object(
  {
    asOf: Day,
    sellerId: Nullable('The seller looked at; null: all'),
    sellers: Type.Array(Type.Object({ sellerId: Type.String(), ...AgeingFigures }, closed)),
    total: Type.Object(AgeingFigures, closed),
  },
  closed,
);

export const UsageSchema = Type.Object(
  {
    from: Day,
    to: Day,
    sellerId: Nullable('The seller looked at; null: all'),
    months: Type.Array(Type.String({ examples: ['2026-11'] })),
    figures: Type.Array(
      Type.Object(
        {
          month: Type.String(),
          sellerId: Type.String(),
          productId: Type.String(),
          productName: Nullable('The usage product'),
          unit: Nullable('GB, kWh, hour, Mbps…'),
          quantity: Type.String({ description: 'A decimal string' }),
        },
        closed,
      ),
    ),
  },
  closed,
);
