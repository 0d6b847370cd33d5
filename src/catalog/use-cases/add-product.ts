import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import {
  PRODUCT_KINDS,
  PRODUCT_VAT_CATEGORIES,
  billingCadence,
  checkNewPrice,
  isProductKind,
  isProductVatCategory,
} from '../rules/index.ts';
import type { ProductKind, VatCategory } from '../rules/index.ts';
import { findProductByCode, findProvider, insertPrice, insertProduct } from '../store.ts';
import { productView } from './product-view.ts';
import type { ProductView } from './product-view.ts';
import { sellerTerms } from './seller-terms.ts';

export interface AddProduct {
  readonly sellerId: string;
  /** The seller's own article code, unique per seller. */
  readonly code: string;
  readonly name: string;
  readonly kind: ProductKind;
  readonly vatCategory: VatCategory;
  /** Required for a third-party service, the admitted provider that delivers it (vn:3.1); else none. */
  readonly providerId?: string | null;
  /** The first dated price, net per unit (bit:5.1, vn:7.1.2); `effectiveFrom` default today. */
  readonly firstPrice?: { readonly amountCents: Cents; readonly effectiveFrom?: Temporal.PlainDate };
}

const MAX_CODE = 64;
const MAX_NAME = 200;

/**
 * Adds a product to a seller's catalog, with its first price when given. The kind must be one the
 * seller's terms bill (a VitrumNet domain is refused: its terms have no article for it).
 */
export async function addProduct(context: Context, input: AddProduct): Promise<ProductView> {
  const today = context.clock.today();
  checkInput(input, today);
  const profile = await sellerTerms(context.db, input.sellerId);
  billingCadence(profile, input.kind);
  const code = input.code.trim();
  return context.db.transaction(async (tx) => {
    if (input.providerId) await checkProvider(tx, input.providerId, today);
    const taken = await findProductByCode(tx, input.sellerId, code);
    const product = taken
      ? undefined
      : await insertProduct(tx, {
          sellerId: input.sellerId,
          code,
          name: input.name.trim(),
          kind: input.kind,
          vatCategory: input.vatCategory,
          providerId: input.providerId ?? null,
          retiredOn: null,
          createdAt: context.clock.now().toString(),
        });
    if (!product) {
      const holder = taken ?? (await findProductByCode(tx, input.sellerId, code));
      throw new ConflictError(
        `seller ${input.sellerId} already has product ${holder?.id ?? '?'} with code ${quote(code)}` +
          `${holder ? ` (${holder.name})` : ''}; choose another code`,
      );
    }
    const first = input.firstPrice;
    if (first) {
      await insertPrice(tx, {
        productId: product.id,
        effectiveFrom: (first.effectiveFrom ?? today).toString(),
        amountCents: first.amountCents,
        announcedOn: today.toString(),
        recordedAt: context.clock.now().toString(),
        recordedBy: context.actor.id,
      });
    }
    await auditChange(tx, context, {
      action: 'product.added',
      subject: { type: 'product', id: product.id },
      details: {
        sellerId: product.sellerId,
        code: product.code,
        kind: product.kind,
        providerId: product.providerId,
        firstPrice: first
          ? { amountCents: first.amountCents, effectiveFrom: (first.effectiveFrom ?? today).toString() }
          : null,
      },
    });
    return productView(tx, profile, product, today);
  });
}

/** Every problem of the input at once, before anything is read or written. */
function checkInput(input: AddProduct, today: Temporal.PlainDate): void {
  const problems: FieldProblem[] = [];
  if (typeof input.sellerId !== 'string' || input.sellerId.trim() === '') {
    problems.push({ field: 'sellerId', problem: 'is required' });
  }
  problems.push(...textProblems('code', input.code, MAX_CODE), ...textProblems('name', input.name, MAX_NAME));
  if (!isProductKind(input.kind)) {
    problems.push({
      field: 'kind',
      problem: `${quote(input.kind)} is not a product kind; one of ${PRODUCT_KINDS.join(', ')}`,
    });
  }
  if (!isProductVatCategory(input.vatCategory)) {
    problems.push({
      field: 'vatCategory',
      problem: `${quote(input.vatCategory)} is not a VAT category; one of ${PRODUCT_VAT_CATEGORIES.join(', ')}`,
    });
  }
  // vn:3.1: a third-party service is delivered by an admitted provider; nothing else names one.
  const hasProvider = input.providerId !== undefined && input.providerId !== null;
  if (input.kind === 'third-party-service' && (!hasProvider || input.providerId === '')) {
    problems.push({
      field: 'providerId',
      problem: 'is required for a third-party service: the admitted provider that delivers it (vn:3.1)',
    });
  } else if (hasProvider && input.kind !== 'third-party-service' && isProductKind(input.kind)) {
    problems.push({
      field: 'providerId',
      problem: `only a third-party service names a provider, not ${input.kind}; leave it out`,
    });
  }
  if (input.firstPrice !== undefined) problems.push(...firstPriceProblems(input.firstPrice, today));
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function textProblems(field: string, value: unknown, max: number): FieldProblem[] {
  if (typeof value !== 'string' || value.trim() === '') return [{ field, problem: 'is required' }];
  if (value.trim().length > max) return [{ field, problem: `is longer than ${max} characters` }];
  return [];
}

function firstPriceProblems(price: NonNullable<AddProduct['firstPrice']>, today: Temporal.PlainDate) {
  try {
    const effectiveFrom = (price.effectiveFrom ?? today).toString();
    checkNewPrice([], { effectiveFrom, amountCents: price.amountCents }, today);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.problems.map((p) => ({ ...p, field: `firstPrice.${p.field}` }));
  }
}

/** vn:3.1: the provider must be admitted on `today`, and not suspended. */
async function checkProvider(db: Context['db'], providerId: string, today: Temporal.PlainDate) {
  const provider = await findProvider(db, providerId);
  if (!provider) throw new NotFoundError('provider', providerId);
  const admitted = Temporal.PlainDate.compare(Temporal.PlainDate.from(provider.admittedOn), today) <= 0;
  const suspended =
    provider.suspendedOn !== null &&
    Temporal.PlainDate.compare(Temporal.PlainDate.from(provider.suspendedOn), today) <= 0;
  if (!admitted || suspended) {
    throw new ConflictError(
      suspended
        ? `provider ${providerId} is suspended since ${provider.suspendedOn}: only an admitted provider's service is sold (vn:3.1); lift the suspension first`
        : `provider ${providerId} is admitted only from ${provider.admittedOn}: add its service from that day on (vn:3.1)`,
    );
  }
}
