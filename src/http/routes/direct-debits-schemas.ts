import { Type } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Cents = Type.Integer({ description: 'Euro cents' });
const NullableText = Type.Union([Type.String(), Type.Null()]);
const NullableDay = Type.Union([Day, Type.Null()]);

export const MandateIdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const CustomerIdParams = Type.Object({ id: Id }, { additionalProperties: false });
export const SellerIdParams = Type.Object({ sellerId: Id }, { additionalProperties: false });
export const BankFileParams = Type.Object({ id: Id }, { additionalProperties: false });

export const RegisterMandateBody = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 35,
      description: 'The mandate reference (UMR) the customer signed',
    }),
    sellerId: Id,
    customerId: Id,
    scheme: Type.Union([Type.Literal('CORE'), Type.Literal('B2B')]),
    iban: Type.String({ minLength: 1, maxLength: 50 }),
    debtorName: Type.String({ minLength: 1, maxLength: 140, description: 'The account holder' }),
    signedOn: Day,
  },
  { additionalProperties: false },
);

export const RevokeMandateBody = Type.Object(
  { on: Type.Optional(Type.String({ format: 'date', description: 'Default: today' })) },
  { additionalProperties: false },
);

export const MandateSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  customerId: Type.String(),
  scheme: Type.String(),
  iban: Type.String(),
  debtorName: Type.String(),
  signedOn: Day,
  firstCollectedOn: NullableDay,
  revokedOn: NullableDay,
  state: Type.Union([Type.Literal('active'), Type.Literal('revoked')]),
});

export const DirectDebitBatchBody = Type.Object(
  {
    collectionDate: Type.String({
      format: 'date',
      description: 'The due date; at least 1 inter-bank business day after today (EPC rulebooks)',
    }),
    creditorId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 50,
        description:
          "The SEPA creditor identifier to collect under, e.g. NL69ZZZ123456780000; default the seller's own",
      }),
    ),
  },
  { additionalProperties: false },
);

export const RefundBatchBody = Type.Object(
  { executionDate: Type.Optional(Type.String({ format: 'date', description: 'Default: today' })) },
  { additionalProperties: false },
);

const BankFileSummarySchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  kind: Type.String(),
  executionDate: Day,
  transactions: Type.Integer(),
  totalCents: Cents,
  createdAt: Type.String(),
  createdBy: Type.String(),
});

const Collection = Type.Object({
  endToEndId: Type.String(),
  customerId: Type.String(),
  invoiceId: Type.String(),
  invoiceNumber: Type.String(),
  mandateId: Type.String(),
  scheme: Type.String(),
  sequenceType: Type.String(),
  amountCents: Cents,
});

export const DirectDebitBatchSchema = Type.Object({
  sellerId: Type.String(),
  collectionDate: Day,
  file: Type.Union([BankFileSummarySchema, Type.Null()], { description: 'null: nothing (more) to collect' }),
  collections: Type.Array(Collection),
  skipped: Type.Array(
    Type.Object({ mandateId: Type.String(), customerId: Type.String(), reason: Type.String() }),
  ),
});

const Refund = Type.Object({
  endToEndId: Type.String(),
  customerId: Type.String(),
  refundOf: Type.String(),
  amountCents: Cents,
  creditorName: Type.String(),
  creditorIban: Type.String(),
});

export const RefundBatchSchema = Type.Object({
  sellerId: Type.String(),
  executionDate: Day,
  file: Type.Union([BankFileSummarySchema, Type.Null()], { description: 'null: no refund due' }),
  refunds: Type.Array(Refund),
  skipped: Type.Array(
    Type.Object({
      refundOf: Type.String(),
      customerId: Type.String(),
      amountCents: Cents,
      reason: Type.String(),
    }),
  ),
});

export const BankTransferSchema = Type.Object({
  endToEndId: Type.String(),
  customerId: Type.String(),
  invoiceId: NullableText,
  refundOf: NullableText,
  mandateId: NullableText,
  sequenceType: NullableText,
  amountCents: Cents,
  returnedOn: Type.Union([Day, Type.Null()], { description: 'The bank rejected or returned it' }),
  returnReason: NullableText,
});
