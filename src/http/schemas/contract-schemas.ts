import { Type } from 'typebox';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import {
  CONTRACT_ACTIONS,
  CONTRACT_KINDS,
  CUSTOMER_KINDS,
  ORDER_ACTIONS,
  SERVICE_KINDS,
} from '../../contracts/index.ts';

const Cents = Type.Integer({ minimum: 0, description: 'euro cents' });
export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableDate = Type.Union([IsoDate, Type.Null()]);
export const CustomerKind = literalUnion(CUSTOMER_KINDS);
export const OrderActionName = literalUnion(ORDER_ACTIONS);

export const OfferTermsSchema = Type.Object(
  {
    contractKind: literalUnion(CONTRACT_KINDS),
    service: literalUnion(SERVICE_KINDS),
    description: Type.String({ minLength: 1 }),
    termMonths: Type.Union([Type.Integer({ minimum: 1, maximum: 1200 }), Type.Null()]),
    paymentTermMonths: Type.Union([Type.Integer({ minimum: 1, maximum: 120 }), Type.Null()]),
    recurringCents: Cents,
    oneTimeCents: Cents,
    orderTotalInclVatCents: Cents,
    productId: Type.Optional(Type.String({ minLength: 1, description: 'The catalog product taken' })),
    removalCents: Type.Optional(Cents),
  },
  { additionalProperties: false },
);

/** Who offers to whom: the seller (default: the one using profileId) and an existing customer. */
export const OfferParties = {
  sellerId: Type.Optional(Type.String({ minLength: 1, description: 'Default: the seller using profileId' })),
  profileId: Type.Optional(Type.String({ description: "Default: the seller's current terms profile" })),
  customerId: Type.String({ minLength: 1 }),
};

const offer = {
  sellerId: Type.String(),
  profileId: Type.String(),
  customerId: Type.String(),
  customerKind: CustomerKind,
  terms: OfferTermsSchema,
};

export const QuoteSchema = Type.Object({
  id: Type.String(),
  ...offer,
  binding: Type.Boolean({ description: 'bit:2.1, vn:1.4.1: non-binding unless stated' }),
  issuedOn: IsoDate,
  validUntil: IsoDate,
  withdrawnOn: NullableDate,
});

export const OrderSchema = Type.Object({
  id: Type.String(),
  quoteId: Type.Union([Type.String(), Type.Null()]),
  ...offer,
  receivedOn: IsoDate,
  signedFormOn: NullableDate,
  refusedOn: NullableDate,
  refusalReason: Type.Union([Type.String(), Type.Null()]),
  confirmedOn: NullableDate,
  executionStartedOn: NullableDate,
  acceptedOn: NullableDate,
  activatedOn: NullableDate,
});

const Figures = Type.Record(Type.String(), Type.Unknown(), {
  description: 'The intermediate figures of the rule',
});

export const TimelineSchema = Type.Object({
  status: literalUnion(['forming', 'formed', 'running', 'ending', 'ended'] as const),
  formedOn: NullableDate,
  startsOn: NullableDate,
  currentTerm: Type.Union([
    Type.Object({ index: Type.Integer(), start: IsoDate, end: IsoDate }),
    Type.Null(),
  ]),
  noticeDeadline: NullableDate,
  effectiveEnd: NullableDate,
  endedBy: Type.Union([Type.String(), Type.Null()]),
  entries: Type.Array(
    Type.Object({
      date: IsoDate,
      event: Type.String(),
      because: Type.Array(Type.String(), { description: 'The rule ids that produced the date' }),
      figures: Figures,
    }),
  ),
});

export const ContractSchema = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  customerId: Type.String(),
  sellerId: Type.String(),
  profileId: Type.String(),
  terms: OfferTermsSchema,
  termsVersion: Type.Object(
    {
      id: Type.String(),
      because: Type.Array(Type.String()),
      figures: Type.Record(Type.String(), Type.Unknown()),
    },
    { description: 'The version of the terms that governs the contract on the day asked (vn:1.1.4)' },
  ),
  timeline: TimelineSchema,
  events: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  actions: Type.Object(
    Object.fromEntries(CONTRACT_ACTIONS.map((action) => [action, Type.Union([Type.String(), Type.Null()])])),
    { description: 'Each action: null when allowed now, else why not' },
  ),
});

export const IdParams = Type.Object({ id: Type.String() });
