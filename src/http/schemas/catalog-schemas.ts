import { Type } from 'typebox';
import { literalUnion } from '../../shared/json-schema/literal-union.ts';
import { CHARGE_KINDS, PRODUCT_KINDS, PRODUCT_VAT_CATEGORIES } from '../../catalog/index.ts';
import { explanation } from './explanation-schema.ts';

const Cents = Type.Integer({ minimum: 0, description: 'euro cents, net (excl. VAT)' });
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const ProductKindSchema = literalUnion(PRODUCT_KINDS);
export const VatCategorySchema = literalUnion(PRODUCT_VAT_CATEGORIES);

const ListedPrice = Type.Object({ effectiveFrom: IsoDate, amountCents: Cents, announcedOn: IsoDate });
const PriceChange = Type.Object({
  effectiveFrom: IsoDate,
  amountCents: Cents,
  previousCents: Type.Union([Cents, Type.Null()]),
});

export const ProductSchema = Type.Object({
  id: Type.String(),
  sellerId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  kind: ProductKindSchema,
  vatCategory: VatCategorySchema,
  providerId: Type.Union([Type.String(), Type.Null()], {
    description: 'The admitted provider that delivers a third-party service (vn:3.1)',
  }),
  retiredOn: Type.Union([IsoDate, Type.Null()], {
    description: 'vn:2.2.3: no longer sold from this day',
  }),
  charged: literalUnion(CHARGE_KINDS),
  unit: Type.String({ description: 'What the price is per: period, hour, GB, kWh, Mbps, each' }),
  billing: explanation(
    Type.Union([
      Type.Object({ period: Type.String(), timing: literalUnion(['in-advance', 'in-arrears'] as const) }),
      Type.Null(),
    ]),
    "How often the seller's terms bill it (bit:11.1, bit:11.2, vn:7.1.3–7.1.5); null when billed once",
  ),
  prices: Type.Array(ListedPrice, { description: 'The price list, oldest first (bit:5.2, vn:7.4.1)' }),
  priceToday: Type.Union([explanation(Cents, 'The price in force today'), Type.Null()]),
  knownFutureIncreases: explanation(
    Type.Array(PriceChange),
    'bit:5.2: the listed increases after today, stated on an order confirmation',
  ),
  asOf: IsoDate,
});

export const NewProductSchema = Type.Object(
  {
    sellerId: Type.String({ minLength: 1 }),
    code: Type.String({
      minLength: 1,
      maxLength: 64,
      description: "The seller's own code, unique per seller",
    }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: ProductKindSchema,
    vatCategory: VatCategorySchema,
    providerId: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Required for a third-party-service (vn:3.1), else left out',
      }),
    ),
    firstPrice: Type.Optional(
      Type.Object(
        { amountCents: Cents, effectiveFrom: Type.Optional(IsoDate) },
        { additionalProperties: false, description: 'Default effectiveFrom: today' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const NewPriceSchema = Type.Object(
  {
    amountCents: Cents,
    effectiveFrom: IsoDate,
    minimumNoticeDays: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 3660,
        description:
          'Days of notice owed; default 0 (announced any day before). Dutch telecom law may require one month for end users: pass 30.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ScheduledPriceSchema = Type.Object({
  productId: Type.String(),
  price: ListedPrice,
  previousCents: Type.Union([Cents, Type.Null()]),
  changed: Type.Boolean({ description: 'Whether the price from effectiveFrom differs from before' }),
  told: Type.Array(Type.String(), { description: 'The customers a price-change message was queued for' }),
  messageIds: Type.Array(Type.String()),
  notice: explanation(Type.Boolean(), 'Whether the change was announced in time (minimumNoticeDays)'),
});

export const ProductPriceSchema = explanation(Cents, 'The price on the day asked, net per unit');

export const ProductIdParams = Type.Object({ id: Type.String() });
