import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import {
  CPE_OWNERSHIPS,
  CPE_RETURN_STATUSES,
  CPE_STATES,
  FIBER_COUNTS,
  NAP_STATES,
  VLAN_FIRST,
  VLAN_LAST,
} from '../../network/rules/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { explanation } from './explanation-schema.ts';
import { AddressInput, AddressSchema } from './party-schemas.ts';

/*
 * The network inventory over HTTP: premises, cables, NAPs, switches (CPE), links and VLAN pools.
 * The schemas check the shape; the use cases check the rest and name every wrong field at once.
 */

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Instant = Type.String({ format: 'date-time' });
const Text = Type.String({ minLength: 1 });

export const IdParams = Type.Object({ id: Type.String() }, { additionalProperties: false });
const pageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'default 50' })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
};
const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });

export const NapStateSchema = literalUnion(NAP_STATES);
export const CpeStateSchema = literalUnion(CPE_STATES);
const FiberCount = Type.Unsafe<number>(
  Type.Union(
    FIBER_COUNTS.map((count) => Type.Literal(count)),
    { description: 'The class of the repair-time table (vn:6.4.10)' },
  ),
);

// Premises, cables, NAPs

export const AddPremisesBody = Type.Object(
  { address: AddressInput, customerId: Type.Optional(nullable(Text)) },
  { additionalProperties: false },
);
export const PremisesListQuery = Type.Object(
  { customerId: Type.Optional(Type.String()), ...pageQuery },
  { additionalProperties: false },
);
const premisesFields = {
  id: Type.String(),
  address: AddressSchema,
  customerId: nullable(Type.String()),
  createdAt: Instant,
};
export const PremisesSummarySchema = Type.Object(premisesFields);

export const AddCableBody = Type.Object(
  {
    id: Type.String({ description: "The operator's own cable name, e.g. EDE-NOORD-07" }),
    fiberCount: Type.Integer({ description: '12, 24, 48, 96, 144 or 192 (vn:6.4.10)' }),
    description: Type.Optional(nullable(Type.String())),
  },
  { additionalProperties: false },
);
export const CableSchema = Type.Object({
  id: Type.String(),
  fiberCount: FiberCount,
  description: nullable(Type.String()),
  createdAt: Instant,
});

export const AddNapBody = Type.Object(
  {
    premisesId: Text,
    cableId: Text,
    fiber: Type.Optional(
      nullable(Type.Integer({ description: 'The fiber of the cable it uses, 1 to its count' })),
    ),
  },
  { additionalProperties: false },
);
export const NapStateBody = Type.Object(
  {
    state: NapStateSchema,
    on: Type.Optional(IsoDate),
    reason: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export const NapSchema = Type.Object({
  id: Type.String(),
  premisesId: Type.String(),
  cableId: Type.String(),
  fiberCount: FiberCount,
  fiber: nullable(Type.Integer()),
  state: NapStateSchema,
  activatedOn: nullable(IsoDate),
  createdAt: Instant,
});
export const CableWithNapsSchema = Type.Object({ ...CableSchema.properties, naps: Type.Array(NapSchema) });

// Switches

export const RegisterCpeBody = Type.Object(
  {
    serialNumber: Text,
    model: Text,
    ports: Type.Integer({ minimum: 1 }),
    sticker: Type.String({ description: 'vn:2.1.10: the code on the ownership sticker' }),
  },
  { additionalProperties: false },
);
export const CpeListQuery = Type.Object(
  {
    state: Type.Optional(CpeStateSchema),
    customerId: Type.Optional(Type.String()),
    premisesId: Type.Optional(Type.String()),
    serialNumber: Type.Optional(Type.String()),
    ...pageQuery,
  },
  { additionalProperties: false },
);
export const InstallCpeBody = Type.Object(
  {
    customerId: Text,
    contractId: Type.Optional(nullable(Text)),
    premisesId: Text,
    ownership: literalUnion(CPE_OWNERSHIPS),
    depositCents: Type.Optional(
      Type.Integer({ minimum: 0, description: 'vn:2.1.8, vn:7.2.1: for a lent or rented switch; default 0' }),
    ),
    installedOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export const CpeReturnBody = Type.Object(
  {
    returnedOn: Type.Optional(IsoDate),
    damageShare: Type.Optional(
      Type.String({ description: 'vn:7.2.4: the share lost to damage, decimal 0..1 ("0.25"); default "0"' }),
    ),
    sticker: nullable(
      Type.String({ description: 'vn:2.1.10: what the ownership sticker reads; null when it is gone' }),
    ),
  },
  { additionalProperties: false },
);
export const CpeLostBody = Type.Object(
  { reason: Text, on: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
const cpeFields = {
  id: Type.String(),
  serialNumber: Type.String(),
  model: Type.String(),
  ports: Type.Integer(),
  sticker: Type.String(),
  state: CpeStateSchema,
  ownership: nullable(literalUnion(CPE_OWNERSHIPS)),
  depositCents: Type.Integer({ description: 'euro cents' }),
  customerId: nullable(Type.String()),
  contractId: nullable(Type.String()),
  premisesId: nullable(Type.String({ description: 'Where it is installed (vn:2.1.13)' })),
  installedOn: nullable(IsoDate),
  returnDueOn: nullable(IsoDate),
  returnedOn: nullable(IsoDate),
  damageShare: nullable(Type.String()),
  returnRemindersSent: Type.Integer(),
  depositSettlement: nullable(Type.Record(Type.String(), Type.Unknown())),
  createdAt: Instant,
};
export const CpeSchema = Type.Object(cpeFields);
export const InstalledCpeSchema = Type.Object({
  ...cpeFields,
  riskPassesOn: explanation(
    IsoDate,
    'vn:2.1.12: the risk of loss and damage is the customer’s from this day',
  ),
  owner: explanation(
    literalUnion(['operator', 'customer'] as const),
    'vn:2.1.8, vn:1.6.5: whose the switch is, and whether it comes back when the contract ends',
  ),
});
export const ReturnedCpeSchema = Type.Object({
  ...cpeFields,
  stickerPresent: Type.Boolean({ description: 'vn:2.1.10' }),
  returnStatus: nullable(explanation(literalUnion(CPE_RETURN_STATUSES), 'vn:1.6.5: on time, or how late')),
});
export const PremisesSchema = Type.Object({
  ...premisesFields,
  naps: Type.Array(NapSchema),
  cpe: Type.Array(CpeSchema, { description: 'The switches installed there' }),
});

// Links and VLANs

const Vlan = Type.Integer({ minimum: VLAN_FIRST, maximum: VLAN_LAST, description: 'IEEE 802.1Q VLAN id' });
export const OrderLinkBody = Type.Object(
  {
    customerId: Text,
    aNapId: Type.String({ description: "The customer's end: an active NAP with its switch (vn:2.2.1)" }),
    z: Type.Union([
      Type.Object({ napId: Text }, { additionalProperties: false }),
      Type.Object({ handoff: Text }, { additionalProperties: false, description: 'An external hand-off' }),
    ]),
    bandwidthMbps: Type.Integer({ minimum: 1 }),
    vlan: Type.Optional(Vlan),
    contractId: Type.Optional(nullable(Text)),
    poolId: Type.Optional(Type.String({ description: 'The VLAN pool; default "default"' })),
  },
  { additionalProperties: false },
);
export const LinkListQuery = Type.Object(
  {
    customerId: Type.Optional(Type.String()),
    napId: Type.Optional(Type.String({ description: 'Links with this NAP at either end' })),
    active: Type.Optional(Type.Boolean({ description: 'true: running links; false: ended ones' })),
    ...pageQuery,
  },
  { additionalProperties: false },
);
export const EndLinkBody = Type.Object(
  { endedOn: Type.Optional(IsoDate), reason: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export const LinkSchema = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  aNapId: Type.String(),
  zNapId: nullable(Type.String()),
  zHandoff: nullable(Type.String()),
  bandwidthMbps: Type.Integer(),
  poolId: Type.String(),
  vlan: Type.Integer(),
  contractId: nullable(Type.String()),
  createdAt: Instant,
  endedOn: nullable(IsoDate),
});
export const VlanPoolSchema = Type.Object({
  id: Type.String(),
  first: Type.Integer(),
  last: Type.Integer(),
  size: Type.Integer(),
  used: Type.Integer({ description: 'VLANs carried by links that have not ended' }),
  free: Type.Integer(),
});

export const PremisesPageSchema = pageOf(PremisesSummarySchema);
export const CablePageSchema = pageOf(CableSchema);
export const CpePageSchema = pageOf(CpeSchema);
export const LinkPageSchema = pageOf(LinkSchema);
