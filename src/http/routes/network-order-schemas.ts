import { Type } from 'typebox';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import {
  ACTIVATION_CHARGES,
  NETWORK_ORDER_ACTIONS,
  NETWORK_ORDER_KINDS,
  NETWORK_ORDER_STATES,
  NETWORK_SERVICE_STATES,
  TMF622_STATES,
} from '../../network/rules/index.ts';

const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const NullableDate = Type.Union([IsoDate, Type.Null()]);
const NullableText = Type.Union([Type.String(), Type.Null()]);
const Anything = Type.Record(Type.String(), Type.Unknown());

export const OrderKind = literalUnion(NETWORK_ORDER_KINDS);
export const OrderState = literalUnion(NETWORK_ORDER_STATES);
export const ActivationCharge = literalUnion(ACTIVATION_CHARGES);
/** The steps only the operator takes; `cancel` has a route of its own, open to providers too. */
export const OperatorStep = literalUnion(NETWORK_ORDER_ACTIONS.filter((action) => action !== 'cancel'));

export const SubmitOrderBody = Type.Object(
  {
    kind: OrderKind,
    customerId: Type.String({
      minLength: 1,
      description: 'The end user (a provider’s order) or the customer',
    }),
    providerId: Type.Optional(
      Type.String({ description: 'The operator names the provider; a provider leaves it out' }),
    ),
    productId: Type.Optional(Type.String({ description: 'The provider’s admitted service (vn:3.1)' })),
    napId: Type.Optional(Type.String({ description: 'A termination point at the customer’s premises' })),
    signedForm: Type.Optional(
      Type.Object(
        {
          fileName: Type.Optional(Type.String()),
          content: Type.Optional(
            Type.String({
              contentEncoding: 'base64',
              description:
                'The file itself, base64: a PDF, PNG or JPEG of at most 5 MiB (larger, or another kind, is ' +
                'refused naming signedForm.content). Kept with the order: GET /network-orders/{id}/signed-form',
            }),
          ),
          mediaType: Type.Optional(
            Type.String({
              description:
                'application/pdf, image/png or image/jpeg; optional, checked against the file’s first bytes',
            }),
          ),
          sha256: Type.Optional(
            Type.String({
              description:
                'SHA-256 of the file, hex. With content the server computes it (a given one must match); ' +
                'without content (a fingerprint only, the file not kept) it is required',
            }),
          ),
          signedOn: Type.Optional(IsoDate),
          signedBy: Type.Optional(Type.String({ description: 'Who signed it for the end user' })),
        },
        {
          additionalProperties: false,
          description:
            'vn:2.3.3: the operator’s form, completed and signed by the end user. The order shows it without ' +
            'its content, with mediaType and sizeBytes when the file is kept',
        },
      ),
    ),
    requestedOn: Type.Optional(IsoDate),
    contractId: Type.Optional(Type.String()),
    spec: Type.Optional(
      Type.Object(
        {
          aNapId: Type.Optional(Type.String()),
          z: Type.Optional(
            Type.Union([
              Type.Object({ napId: Type.String() }, { additionalProperties: false }),
              Type.Object({ handoff: Type.String() }, { additionalProperties: false }),
            ]),
          ),
          bandwidthMbps: Type.Optional(Type.Integer({ minimum: 1 })),
          vlan: Type.Optional(Type.Integer({ minimum: 2, maximum: 4094 })),
          cpeId: Type.Optional(Type.String()),
          model: Type.Optional(Type.String()),
        },
        {
          additionalProperties: false,
          description:
            'link: { aNapId, z: { napId } | { handoff }, bandwidthMbps, vlan? }; cpe-installation: { cpeId?, model? }',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

const Activation = Type.Object({
  cleared: Type.Boolean({ description: 'Whether the right of use may start today' }),
  missing: Type.Array(ActivationCharge),
  firstInvoicePaidOn: NullableDate,
  oneTimeChargesPaidOn: NullableDate,
  waiver: Type.Union([Type.Object({ by: Type.String(), on: IsoDate, reason: Type.String() }), Type.Null()]),
  because: Type.Array(Type.String()),
});

const summary = {
  id: Type.String(),
  kind: OrderKind,
  providerId: NullableText,
  customerId: Type.String(),
  productId: NullableText,
  napId: NullableText,
  spec: Anything,
  signedForm: Type.Union([Anything, Type.Null()]),
  requestedOn: NullableDate,
  state: OrderState,
  tmf622State: literalUnion(TMF622_STATES),
  rejectionReason: NullableText,
  plannedOn: NullableDate,
  releasedOn: NullableDate,
  activatedOn: NullableDate,
  cancelledOn: NullableDate,
  activation: Activation,
  contractId: NullableText,
  submittedAt: Type.String(),
  updatedAt: Type.String(),
  allowedActions: Type.Array(literalUnion(NETWORK_ORDER_ACTIONS)),
};

export const OrderSummarySchema = Type.Object(summary);

export const OrderSchema = Type.Object({
  ...summary,
  serviceId: NullableText,
  events: Type.Array(
    Type.Object({
      kind: Type.String(),
      state: OrderState,
      payload: Anything,
      at: Type.String(),
      by: Type.String(),
    }),
  ),
});

export const ServiceSchema = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  customerId: Type.String(),
  providerId: NullableText,
  napId: NullableText,
  linkId: NullableText,
  cpeId: NullableText,
  contractId: NullableText,
  state: literalUnion(NETWORK_SERVICE_STATES),
  openedOn: NullableDate,
  closedOn: NullableDate,
  createdAt: Type.String(),
});
