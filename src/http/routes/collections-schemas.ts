import { Type } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Cents = Type.Integer({ description: 'Euro cents' });

export const PaymentIdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const RecordPaymentBody = Type.Object(
  {
    sellerId: Id,
    customerId: Id,
    amountCents: Type.Integer({ minimum: 1, description: 'Euro cents, above 0' }),
    valueDate: Type.String({ format: 'date', description: 'The payment date: the value date (bit:11.3)' }),
    invoiceNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const AssignPaymentBody = Type.Object(
  { customerId: Id, invoiceNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })) },
  { additionalProperties: false },
);

const Allocation = Type.Object({
  invoiceId: Type.Union([Type.String(), Type.Null()]),
  costClaimId: Type.Union([Type.String(), Type.Null()]),
  component: Type.Union([
    Type.Literal('costs'),
    Type.Literal('interest'),
    Type.Literal('principal'),
    Type.Literal('refund'),
  ]),
  amountCents: Cents,
  allocatedOn: Day,
  reversedOn: Type.Union([Day, Type.Null()]),
  because: Type.Array(Type.String()),
});

const NullableText = Type.Union([Type.String(), Type.Null()]);

export const PaymentSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  customerId: NullableText,
  source: Type.String(),
  amountCents: Cents,
  valueDate: Day,
  counterpartyName: NullableText,
  counterpartyIban: NullableText,
  endToEndId: NullableText,
  remittance: Type.String(),
  namedInvoiceId: NullableText,
  matchedBy: NullableText,
  statementId: NullableText,
  returnedOn: Type.Union([Day, Type.Null()]),
  returnReason: NullableText,
  allocations: Type.Array(Allocation),
  unallocatedCents: Type.Integer({ description: 'Credit left on the account, used first next time' }),
});

export const UnmatchedQuery = Type.Object({ sellerId: Type.Optional(Id) }, { additionalProperties: false });

export const BankImportSchema = Type.Object({
  statementId: Type.String(),
  kind: Type.String(),
  alreadyImported: Type.Boolean(),
  entries: Type.Integer(),
  matched: Type.Integer(),
  unmatched: Type.Integer(),
  duplicates: Type.Integer(),
  returned: Type.Integer(),
  skipped: Type.Integer(),
});

export const SellerParams = Type.Object({ sellerId: Id }, { additionalProperties: false });

export const StatementParams = Type.Object({ sellerId: Id, customerId: Id }, { additionalProperties: false });

export const StatementQuery = Type.Object(
  {
    asOf: Type.Optional(Type.String({ format: 'date', description: 'Default: today' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('pdf')])),
  },
  { additionalProperties: false },
);

const StatementRow = Type.Object({
  date: Day,
  kind: Type.String(),
  reference: Type.String(),
  description: Type.String(),
  debitCents: Cents,
  creditCents: Cents,
  balanceCents: Cents,
});

const OpenClaimSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  costKind: NullableText,
  number: Type.String(),
  issuedOn: Day,
  dueOn: Day,
  costsCents: Cents,
  interestCents: Cents,
  principalCents: Cents,
  disputedCents: Cents,
});

export const AccountStatementSchema = Type.Object({
  sellerId: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  asOf: Day,
  rows: Type.Array(StatementRow),
  balanceCents: Cents,
  accruedInterestCents: Cents,
  disputedCents: Cents,
  openClaims: Type.Array(OpenClaimSchema),
});

export const RecordComplaintBody = Type.Object(
  {
    sellerId: Id,
    customerId: Id,
    about: Type.Union([Type.Literal('delivery'), Type.Literal('invoice')]),
    invoiceNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    deliveredOn: Type.Optional(Day),
    receivedOn: Day,
    channel: Type.Union([
      Type.Literal('letter'),
      Type.Literal('email'),
      Type.Literal('portal'),
      Type.Literal('phone'),
    ]),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    disputedCents: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

const ComplaintSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  customerId: Type.String(),
  about: Type.String(),
  invoiceId: NullableText,
  countsFrom: Day,
  receivedOn: Day,
  channel: Type.String(),
  description: Type.String(),
  deadline: Type.Union([Day, Type.Null()]),
  inTime: Type.Boolean({ description: 'false: received after the deadline (bit:9.3)' }),
  because: Type.Array(Type.String()),
});

export const DisputeSchema = Type.Object({
  id: Type.String(),
  invoiceId: Type.String(),
  customerId: Type.String(),
  complaintId: NullableText,
  amountCents: Cents,
  reason: Type.String(),
  openedOn: Day,
  state: Type.String(),
  resolvedOn: Type.Union([Day, Type.Null()]),
  creditNoteId: NullableText,
});

export const ComplaintAnswer = Type.Object({
  complaint: ComplaintSchema,
  dispute: Type.Union([DisputeSchema, Type.Null()]),
});

export const ResolveDisputeBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('credit'), Type.Literal('uphold')]),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    lines: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1 })),
    on: Type.Optional(Type.String({ format: 'date', description: 'Default: today' })),
  },
  { additionalProperties: false },
);
