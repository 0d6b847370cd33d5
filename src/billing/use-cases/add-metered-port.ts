import { customerExists } from '../../customers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, FieldChecks, NotFoundError, isBlank, quote } from '../../shared/errors/index.ts';
import { MAX_REFERENCE } from '../rules/usage-record.ts';
import { findMeteredPort, insertMeteredPort, sellerProfileId, usageReferences } from '../store/usage.ts';
import type { MeteredPortRow } from '../store/usage.ts';

export interface AddMeteredPort {
  /** The operator's own name of the port, e.g. `ams1-sw3:xe-0/0/12`. */
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  /** A usage-bandwidth-95 product of the seller: its price per Mbit/s rates the 95th percentile. */
  readonly productId: string;
  readonly description: string;
  readonly subscriptionId?: string | null;
}

/** A metered port as stored. */
export type MeteredPortView = MeteredPortRow;

const PORT_ID = /^[^\s\p{Cc}]+$/u;
const MAX_DESCRIPTION = 200;

/** Adds a switch port whose 5-minute samples are billed by the 95th percentile (vn:7.1.4). */
export async function addMeteredPort(context: Context, input: AddMeteredPort): Promise<MeteredPortView> {
  checkInput(input);
  return context.db.transaction(async (tx) => {
    if ((await sellerProfileId(tx, input.sellerId)) === undefined)
      throw new NotFoundError('seller', input.sellerId);
    if (!(await customerExists(tx, input.customerId))) throw new NotFoundError('customer', input.customerId);
    const subscriptionId = isBlank(input.subscriptionId) ? null : input.subscriptionId!;
    const known = await usageReferences(tx, {
      customers: [],
      products: [input.productId],
      subscriptions: subscriptionId === null ? [] : [subscriptionId],
    });
    const product = known.products.get(input.productId);
    if (!product) throw new NotFoundError('product', input.productId);
    if (product.sellerId !== input.sellerId || product.kind !== 'usage-bandwidth-95') {
      throw new ConflictError(
        `product ${input.productId} is seller ${product.sellerId}'s ${product.kind} product: a metered port ` +
          `is billed by a usage-bandwidth-95 product of seller ${input.sellerId}`,
      );
    }
    const subscription = subscriptionId === null ? undefined : known.subscriptions.get(subscriptionId);
    if (subscriptionId !== null && !subscription) throw new NotFoundError('subscription', subscriptionId);
    if (
      subscription &&
      (subscription.customerId !== input.customerId || subscription.sellerId !== input.sellerId)
    ) {
      throw new ConflictError(
        `subscription ${subscriptionId} is not customer ${input.customerId}'s with ${input.sellerId}`,
      );
    }
    const port = await insertMeteredPort(tx, {
      id: input.id,
      sellerId: input.sellerId,
      customerId: input.customerId,
      subscriptionId,
      productId: input.productId,
      description: input.description.trim(),
      createdAt: context.clock.now().toString(),
    });
    if (!port) {
      const holder = await findMeteredPort(tx, input.id);
      throw new ConflictError(
        `metered port ${input.id} exists already (customer ${holder?.customerId ?? '?'})`,
      );
    }
    await auditChange(tx, context, {
      action: 'metered-port.added',
      subject: { type: 'metered-port', id: port.id },
      details: { sellerId: port.sellerId, customerId: port.customerId, productId: port.productId },
    });
    return port;
  });
}

function checkInput(input: AddMeteredPort): void {
  const checks = new FieldChecks();
  if (typeof input.id !== 'string' || !PORT_ID.test(input.id)) {
    checks.add('id', `${quote(input.id)} is not a port id: give the port's name without spaces`);
  } else if (input.id.length > MAX_REFERENCE) checks.add('id', `is longer than ${MAX_REFERENCE} characters`);
  for (const field of ['sellerId', 'customerId', 'productId'] as const) {
    if (typeof input[field] !== 'string' || input[field].trim() === '') checks.add(field, 'is required');
  }
  if (typeof input.description !== 'string' || input.description.trim() === '')
    checks.add('description', 'is required');
  else if (input.description.length > MAX_DESCRIPTION) {
    checks.add('description', `is longer than ${MAX_DESCRIPTION} characters`);
  }
  checks.throwIfAny();
}
