import { Type } from 'typebox';
import { FAULT_BOARD_SORTS } from '../../operations/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { OrderKind, OrderState } from './network-order-schemas.ts';

/* The shapes of the portals' own reads (portals.ts). */

const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableDate = Type.Union([IsoDate, Type.Null()]);
const RuleIds = Type.Array(Type.String(), { description: 'The rule ids that give the answer' });

const page = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 25 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};
const search = { search: Type.Optional(Type.String({ maxLength: 40 })) };
/** A list's sort keys; the order is ascending by default once a key is given. */
const sortOf = <T extends string>(keys: readonly T[]) => ({
  sort: Type.Optional(literalUnion(keys)),
  order: Type.Optional(literalUnion(['asc', 'desc'] as const)),
});

export const PortalContractQuery = Type.Object(
  { ...page, ...sortOf(['id', 'description'] as const) },
  { additionalProperties: false },
);
export const PortalInvoiceQuery = Type.Object(
  { ...page, ...search, ...sortOf(['issuedOn', 'dueOn', 'number', 'total'] as const) },
  { additionalProperties: false },
);
export const PortalFaultQuery = Type.Object(
  { ...page, ...search, ...sortOf(FAULT_BOARD_SORTS) },
  { additionalProperties: false },
);
export const ProviderOrderQuery = Type.Object(
  { ...page, ...search, ...sortOf(['submittedAt', 'plannedOn', 'customer'] as const) },
  { additionalProperties: false },
);

export const IdParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const PortalContractSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  description: Type.String(),
  contractKind: Type.String(),
  status: Type.String(),
  startsOn: NullableDate,
  currentTermEnd: NullableDate,
  noticeDeadline: NullableDate,
  nextPossibleEnd: Type.Union([IsoDate, Type.Null()], {
    description: 'The effective end once notice was given; else the end notice given today would have',
  }),
  nextPossibleEndBecause: RuleIds,
  effectiveEnd: NullableDate,
});

export const PortalContractPageSchema = Type.Object({
  items: Type.Array(PortalContractSchema),
  total: Type.Integer({ minimum: 0 }),
});

export const NoticePreviewSchema = Type.Object({
  contractId: Type.String(),
  noticeOn: IsoDate,
  refusal: Type.Union([Type.String(), Type.Null()], { description: 'Why notice cannot be given now' }),
  effectiveEnd: NullableDate,
  because: RuleIds,
  figures: Type.Record(Type.String(), Type.Unknown()),
});

export const TermsChangeSchema = Type.Object({
  contractId: Type.String(),
  contractDescription: Type.String(),
  versionId: Type.String(),
  title: Type.String(),
  version: Type.String(),
  publishedOn: IsoDate,
  notifiedOn: IsoDate,
  objectionWindowEnd: NullableDate,
  canObject: Type.Boolean(),
  objectedOn: NullableDate,
  objectionReasons: Type.Union([Type.String(), Type.Null()]),
  decision: Type.Union([Type.Literal('new-version-applies'), Type.Literal('old-version-kept'), Type.Null()]),
  because: RuleIds,
});

export const ObjectionBody = Type.Object(
  {
    contractId: Type.String({ minLength: 1 }),
    reasons: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);

/** A fault ticket as the portals show it (the fields of GET /faults/:id without its history). */
export const PortalTicketSchema = Type.Object(
  {
    id: Type.String(),
    customerId: Type.String(),
    serviceId: Type.Union([Type.String(), Type.Null()]),
    linkId: Type.Union([Type.String(), Type.Null()]),
    kind: Type.String(),
    channel: Type.String(),
    reportedAt: Type.String(),
    state: Type.String(),
    slaStatus: Type.String(),
    sla: Type.Union([
      Type.Object(
        { averageBy: Type.String(), maximumBy: Type.String(), because: RuleIds },
        { additionalProperties: true },
      ),
      Type.Null(),
    ]),
    report: Type.Object({ description: Type.String() }, { additionalProperties: true }),
    closedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: true },
);

export const PortalTicketPageSchema = Type.Object({
  items: Type.Array(PortalTicketSchema),
  total: Type.Integer({ minimum: 0 }),
});

export const PortalFaultBody = Type.Object(
  {
    serviceId: Type.Optional(Type.String()),
    linkId: Type.Optional(Type.String()),
    kind: Type.String({ description: 'fiber-break or other' }),
    report: Type.Object({}, { additionalProperties: true, description: 'The vn:6.4.9 items' }),
  },
  { additionalProperties: false },
);

export const PortalServiceSchema = Type.Object(
  {
    id: Type.String(),
    napId: Type.Union([Type.String(), Type.Null()]),
    linkId: Type.Union([Type.String(), Type.Null()]),
    contractId: Type.Union([Type.String(), Type.Null()]),
    state: Type.String(),
    openedOn: NullableDate,
  },
  { additionalProperties: false },
);

export const StatementPortalQuery = Type.Object(
  {
    sellerId: Type.Optional(Type.String({ description: 'Default: the seller of its first contract' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('pdf')])),
  },
  { additionalProperties: false },
);

const NullableText = Type.Union([Type.String(), Type.Null()]);

/** A provider's network order in its portal's list: state, planned dates and the end user's name. */
export const ProviderOrderPageSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: OrderKind,
      state: OrderState,
      tmf622State: Type.String(),
      customerId: Type.String(),
      customerName: Type.String(),
      productId: NullableText,
      napId: NullableText,
      requestedOn: NullableDate,
      plannedOn: NullableDate,
      releasedOn: NullableDate,
      activatedOn: NullableDate,
      cancelledOn: NullableDate,
      rejectionReason: NullableText,
      submittedAt: Type.String(),
    }),
  ),
  total: Type.Integer({ minimum: 0 }),
});
