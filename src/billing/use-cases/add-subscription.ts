import { Temporal } from 'temporal-polyfill';
import { productKindOf } from '../../catalog/index.ts';
import type { VatCategory } from '../../catalog/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, NotFoundError, isBlank } from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import { subscriptionCadence } from '../rules/subscription-cadence.ts';
import { customerRows, findSellerRow, productFacts } from '../store/billing-inputs.ts';
import { insertSubscription } from '../store/subscriptions.ts';
import type { SubscriptionRow } from '../store/subscriptions.ts';

export interface AddSubscription {
  readonly sellerId: string;
  readonly customerId: string;
  readonly contractId?: string | null;
  /** A recurring product of the seller: its dated prices apply, its kind gives the cadence. */
  readonly productId?: string | null;
  readonly description?: string;
  /** The agreed fee per period excl. VAT; default the product's price on `startsOn`. */
  readonly priceCents?: number;
  /** Default the product's, else standard. */
  readonly vatCategory?: VatCategory;
  /** A domain name billed per calendar year (bit:11.2); given by the product when there is one. */
  readonly domain?: boolean;
  /** The day the service is made available (vn:7.1.3). */
  readonly startsOn: Temporal.PlainDate;
  readonly endsOn?: Temporal.PlainDate | null;
}

/**
 * Puts a recurring fee on the bill runs of its seller from the day the service is available: the
 * cadence and proration come from the seller's terms (bit:11.1, bit:11.2, vn:7.1.5). Contracts get
 * theirs through their own facts; this is for services sold outside a contract and for imports.
 */
export async function addSubscription(
  tx: Context['db'],
  context: Context,
  input: AddSubscription,
): Promise<SubscriptionRow> {
  const checks = new FieldChecks();
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  if (isBlank(input.customerId)) checks.add('customerId', 'is required');
  if (!(input.startsOn instanceof Temporal.PlainDate)) checks.add('startsOn', 'is required (YYYY-MM-DD)');
  if (input.priceCents !== undefined && (!Number.isSafeInteger(input.priceCents) || input.priceCents < 0))
    checks.add('priceCents', 'must be a whole number of cents, 0 or more');
  if (input.endsOn && input.startsOn && Temporal.PlainDate.compare(input.endsOn, input.startsOn) < 0)
    checks.add('endsOn', `must not be before startsOn ${input.startsOn.toString()}`);
  checks.throwIfAny();
  const seller = await findSellerRow(tx, input.sellerId);
  if (!seller) throw new InvalidInputError('sellerId', `no seller '${input.sellerId}'`);
  const [customer] = await customerRows(tx, [input.customerId]);
  if (!customer) throw new InvalidInputError('customerId', `no customer '${input.customerId}'`);
  const product = input.productId
    ? (await productFacts(tx, [input.productId])).get(input.productId)
    : undefined;
  if (input.productId && !product) throw new NotFoundError('product', input.productId);
  if (product && productKindOf(product.kind).charged !== 'recurring')
    throw new InvalidInputError(
      'productId',
      `${product.id} is a ${product.kind} product, not a recurring fee`,
    );
  const { profile } = await getProfile(tx, seller.profileId);
  const cadence = subscriptionCadence(profile, product ? product.kind === 'domain' : input.domain === true);
  const start = input.startsOn.toString();
  const listed = product?.prices.filter((p) => p.from <= start).at(-1)?.cents;
  const priceCents = input.priceCents ?? listed;
  if (priceCents === undefined)
    throw new InvalidInputError(
      'priceCents',
      `is required: ${product?.id ?? 'no product'} lists no price on ${start}`,
    );
  const row = await insertSubscription(tx, {
    sellerId: seller.id,
    customerId: customer.id,
    contractId: input.contractId ?? null,
    productId: product?.id ?? null,
    description: input.description?.trim() || product?.name || 'Subscription',
    cadence: cadence.cadence,
    proration: cadence.proration,
    priceCents,
    vatCategory: input.vatCategory ?? (product?.vatCategory as VatCategory | undefined) ?? 'standard',
    startsOn: start,
    endsOn: input.endsOn?.toString() ?? null,
    billedThrough: null,
    because: [...cadence.because],
    createdAt: context.clock.now().toString(),
  });
  await auditChange(tx, context, {
    action: 'subscription.added',
    subject: { type: 'subscription', id: row.id },
    details: {
      customerId: row.customerId,
      contractId: row.contractId,
      cadence: row.cadence,
      priceCents,
      startsOn: start,
    },
  });
  return row;
}
