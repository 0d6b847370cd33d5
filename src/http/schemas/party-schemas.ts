import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import {
  CONTACT_ROLES,
  CUSTOMER_KINDS,
  CUSTOMER_SORTS,
  FAULT_READINESS_ITEMS,
} from '../../customers/index.ts';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';

/*
 * Sellers and customers over HTTP. The request schemas check the shape (types, known fields); the
 * formats (KvK number, VAT id, IBAN, postcode, phone) are checked by the use cases, which name every
 * wrong field at once with what is wrong, in words the validators of src/shared/identifiers choose.
 */

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const optionalNullable = <T extends TSchema>(schema: T) => Type.Optional(nullable(schema));
const Instant = Type.String({ format: 'date-time' });

const addressParts = {
  street: Type.String(),
  houseNumber: Type.String({ description: 'In the Netherlands the number only (1 to 99999)' }),
  houseNumberAddition: Type.Optional(Type.String({ description: "Huisletter or toevoeging: 'A', '2 hoog'" })),
  postcode: Type.String({ description: "Dutch: 4 digits and 2 letters, '1234 AB'" }),
  city: Type.String(),
};

export const AddressInput = Type.Object(
  {
    ...addressParts,
    houseNumberAddition: optionalNullable(addressParts.houseNumberAddition),
    country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2; default NL' })),
  },
  { additionalProperties: false },
);

export const AddressSchema = Type.Object({ ...addressParts, country: Type.String() });

const identifiers = {
  kvkNumber: Type.String({ description: 'KvK number: 8 digits' }),
  vatId: Type.String({ description: 'EU VAT id with its country prefix; Dutch ones are checked in full' }),
  iban: Type.String({ description: 'IBAN; spaces allowed' }),
};

// Sellers

const sellerFields = {
  legalName: Type.String(),
  profileId: Type.String({ description: 'A known terms profile: the one its new contracts are made under' }),
  ...identifiers,
  vatId: Type.String({ description: 'Dutch (NL…B..) for a seller in the Netherlands; else its EU VAT id' }),
  bic: optionalNullable(Type.String()),
  creditorId: optionalNullable(
    Type.String({
      description: 'The SEPA creditor identifier direct debits go out under, e.g. NL69ZZZ123456780000',
    }),
  ),
  address: AddressInput,
  email: Type.String(),
  phone: optionalNullable(Type.String()),
  invoiceSeries: Type.String({
    description: 'Invoice numbers are <series>-<year>-<n>: 1 to 10 capitals and digits, no other seller’s',
  }),
  creditNoteSeries: optionalNullable(
    Type.String({ description: 'Credit notes in a series of their own; null: in the invoice series' }),
  ),
};

export const AddSellerBody = Type.Object(
  { id: Type.String({ description: 'A lowercase slug, e.g. acme-fiber' }), ...sellerFields },
  { additionalProperties: false },
);

export const SellerChangesBody = Type.Object(
  Object.fromEntries(
    Object.entries(sellerFields).map(([field, schema]) => [field, Type.Optional(schema as TSchema)]),
  ),
  { additionalProperties: false, description: 'The fields to change; null clears an optional one' },
);

export const SellerSchema = Type.Object({
  id: Type.String(),
  legalName: Type.String(),
  profileId: Type.String(),
  ...identifiers,
  bic: nullable(Type.String()),
  creditorId: nullable(Type.String()),
  address: AddressSchema,
  email: Type.String(),
  phone: nullable(Type.String({ description: 'E.164' })),
  invoiceSeries: Type.String(),
  creditNoteSeries: nullable(Type.String()),
  createdAt: Instant,
  createdBy: Type.String(),
});

// Customers

const contactFields = {
  name: Type.String(),
  roles: Type.Array(literalUnion(CONTACT_ROLES), {
    description: 'fault: answers for fault reports (vn:6.4.9)',
  }),
  email: optionalNullable(Type.String()),
  phoneOfficeHours: optionalNullable(Type.String({ description: 'vn:6.4.9: reachable in office hours' })),
  phoneOutsideOfficeHours: optionalNullable(
    Type.String({ description: 'vn:6.4.9: reachable outside office hours' }),
  ),
};

export const ContactBody = Type.Object(contactFields, { additionalProperties: false });

export const ContactChangesBody = Type.Object(
  { ...contactFields, name: Type.Optional(contactFields.name), roles: Type.Optional(contactFields.roles) },
  { additionalProperties: false, description: 'The fields to change; null clears an optional one' },
);

const customerFields = {
  kind: Type.Optional(literalUnion(CUSTOMER_KINDS)),
  legalName: Type.String(),
  kvkNumber: optionalNullable(
    Type.String({ description: 'Required for a business in the Netherlands; none for a consumer' }),
  ),
  vatId: optionalNullable(identifiers.vatId),
  iban: optionalNullable(identifiers.iban),
  email: Type.String({ description: 'Where invoices and letters go' }),
  billingAddress: AddressInput,
  deliveryAddress: optionalNullable(AddressInput),
  /** Invoices and letters in Dutch (default) or English. */
  language: Type.Optional(literalUnion(['nl', 'en'] as const)),
};

export const CreateCustomerBody = Type.Object(
  { ...customerFields, contacts: Type.Optional(Type.Array(ContactBody)) },
  { additionalProperties: false },
);

export const CustomerChangesBody = Type.Object(
  {
    ...customerFields,
    legalName: Type.Optional(customerFields.legalName),
    email: Type.Optional(customerFields.email),
    billingAddress: Type.Optional(customerFields.billingAddress),
  },
  { additionalProperties: false, description: 'The fields to change; null clears an optional one' },
);

export const ContactSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  roles: Type.Array(literalUnion(CONTACT_ROLES)),
  email: nullable(Type.String()),
  phoneOfficeHours: nullable(Type.String({ description: 'E.164' })),
  phoneOutsideOfficeHours: nullable(Type.String({ description: 'E.164' })),
  createdAt: Instant,
});

const customerSummary = {
  id: Type.String(),
  kind: literalUnion(CUSTOMER_KINDS),
  legalName: Type.String(),
  kvkNumber: nullable(Type.String()),
  vatId: nullable(Type.String()),
  iban: nullable(Type.String()),
  email: Type.String(),
  billingAddress: AddressSchema,
  deliveryAddress: nullable(AddressSchema),
  language: literalUnion(['nl', 'en'] as const),
  createdAt: Instant,
  createdBy: Type.String(),
};

export const CustomerSchema = Type.Object({
  ...customerSummary,
  contacts: Type.Array(ContactSchema),
  faultReadiness: Type.Object(
    { ready: Type.Boolean(), missing: Type.Array(literalUnion(FAULT_READINESS_ITEMS)) },
    { description: 'Whether the contacts give what a fault report needs (vn:6.4.9), and what is missing' },
  ),
});

export const CustomerPageSchema = Type.Object({
  items: Type.Array(Type.Object(customerSummary)),
  total: Type.Integer({ description: 'Every customer that matches, on all pages' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const CustomerListQuery = Type.Object(
  {
    search: Type.Optional(
      Type.String({ description: 'A part of the legal name, or a whole KvK number, VAT id or customer id' }),
    ),
    sort: Type.Optional(literalUnion(CUSTOMER_SORTS)),
    order: Type.Optional(literalUnion(['asc', 'desc'] as const)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

export const ContactChangeSchema = Type.Object({ contact: ContactSchema, customer: CustomerSchema });

export const IdParams = Type.Object({ id: Type.String() });
export const ContactParams = Type.Object({ id: Type.String(), contactId: Type.Integer({ minimum: 1 }) });
