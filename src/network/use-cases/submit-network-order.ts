import { Temporal } from 'temporal-polyfill';
import { customerExists } from '../../customers/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import type { Db } from '../../platform/database/index.ts';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import type { NetworkOrderKind } from '../rules/index.ts';
import {
  appendNetworkOrderEvent,
  findNapOfPremises,
  findOrderedProduct,
  findOrderingProvider,
  findResubmittedOrder,
  insertNetworkOrder,
} from '../store/orders.ts';
import { findContractHolder, findCpe } from '../store/inventory.ts';
import { insertNetworkOrderForm } from '../store/order-forms.ts';
import { loadNetworkOrder } from './get-network-order.ts';
import type { NetworkOrderView } from './get-network-order.ts';
import { cpeSpec, linkSpec, noSpec, orderKind, Problems, signedForm } from './network-order-input.ts';
import type { CheckedSignedForm, CpeSpecInput, LinkSpec, SignedFormInput } from './network-order-input.ts';

/**
 * A network order as submitted: a provider's order for an end user (`third-party-service`, vn:2.3.3)
 * or the operator's own work (`access`, `link`, `cpe-installation`, vn:2.4).
 */
export interface SubmitNetworkOrder {
  readonly kind: NetworkOrderKind;
  /** The end user (a provider's order) or the customer (the operator's own). */
  readonly customerId: string;
  /** The ordering provider: the operator names it; a provider's token is it (leave it out). */
  readonly providerId?: string;
  /** The provider's service (a catalog product naming it, vn:3.1); optional on the operator's orders. */
  readonly productId?: string;
  /** The termination point of the customer's premises; a link order names it in `spec.aNapId`. */
  readonly napId?: string;
  /** vn:2.3.3: required on a provider's order; with its file (`content`), the file is kept. */
  readonly signedForm?: SignedFormInput;
  /** The day the customer would like it delivered; the operator tries to meet it (vn:2.3.3, vn:6.1). */
  readonly requestedOn?: Temporal.PlainDate;
  /** The operator's contract the order delivers, when there is one. */
  readonly contractId?: string;
  /** A link's ends and bandwidth, or the switch to install. */
  readonly spec?: Readonly<Record<string, unknown>>;
}

interface Checked {
  readonly kind: NetworkOrderKind;
  readonly customerId: string;
  readonly providerId: string | null;
  readonly productId: string | null;
  readonly napId: string | null;
  readonly signedForm: Record<string, unknown> | null;
  readonly requestedOn: string | null;
  readonly contractId: string | null;
  readonly spec: Record<string, unknown>;
}

/**
 * Checks every field, then every row the order names, and records it `submitted` with its first event.
 * A provider's system that retries a submission gets the order it made the first time: the same
 * signed form (by its SHA-256) for the same service, end user and NAP is one order, while it is open.
 * The form's file, when sent, is kept with the order.
 */
export async function submitNetworkOrder(
  context: Context,
  input: SubmitNetworkOrder,
): Promise<NetworkOrderView> {
  const today = context.clock.today();
  const { order, form } = checkShape(context, input, today);
  const id = await context.db.transaction(async (tx) => {
    await checkReferences(tx, order, today);
    const same = await findResubmittedOrder(tx, order);
    if (same) return same.id;
    const now = context.clock.now().toString();
    const row = await insertNetworkOrder(tx, {
      ...order,
      state: 'submitted',
      submittedAt: now,
      updatedAt: now,
    });
    await keepFormFile(context, tx, row.id, form);
    const payload = { kind: order.kind, customerId: order.customerId, productId: order.productId };
    await appendNetworkOrderEvent(tx, {
      orderId: row.id,
      kind: 'submit',
      state: 'submitted',
      payload: { ...payload, requestedOn: order.requestedOn },
      at: now,
      by: context.actor.id,
    });
    await auditChange(tx, context, {
      action: 'network-order.submitted',
      subject: { type: 'network-order', id: row.id },
      details: { ...order },
    });
    return row.id;
  });
  return loadNetworkOrder(context, context.db, id);
}

/** vn:2.3.3: the signed form's file, kept with the order it came with. */
async function keepFormFile(
  context: Context,
  db: Db,
  orderId: string,
  form: CheckedSignedForm | null,
): Promise<void> {
  if (!form?.file) return;
  const { file } = form;
  await insertNetworkOrderForm(db, {
    orderId,
    fileName: form.form.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    content: file.content,
    storedAt: context.clock.now().toString(),
    storedBy: context.actor.id,
  });
}

function checkShape(
  context: Context,
  input: SubmitNetworkOrder,
  today: Temporal.PlainDate,
): { order: Checked; form: CheckedSignedForm | null } {
  const problems = new Problems();
  const own = context.actor.providerId;
  const kind = orderKind(input.kind, problems);
  const customerId = problems.text(input.customerId, 'customerId');
  const contractId = problems.text(input.contractId, 'contractId', false);
  const given = problems.text(input.providerId, 'providerId', false);
  if (own !== undefined) {
    if (kind !== undefined && kind !== 'third-party-service')
      problems.add(
        'kind',
        "a provider orders third-party-service only; the operator's own orders (vn:2.4) are its own",
      );
    if (given !== undefined && given !== own)
      problems.add('providerId', 'a provider orders for itself; leave it out');
    if (contractId !== undefined) problems.add('contractId', 'is set by the operator; leave it out');
  }
  const thirdParty = kind === 'third-party-service';
  let providerId: string | null = null;
  if (thirdParty) providerId = own ?? problems.text(input.providerId, 'providerId') ?? null;
  else if (given !== undefined && own === undefined)
    problems.add('providerId', `the operator's own ${kind ?? ''} order has no provider (vn:2.4)`);
  const productId = problems.text(input.productId, 'productId', thirdParty) ?? null;
  let napId =
    problems.text(input.napId, 'napId', thirdParty || kind === 'access' || kind === 'cpe-installation') ??
    null;
  const form = signedForm(input.signedForm, today, problems, thirdParty);
  let spec: LinkSpec | CpeSpecInput | Record<string, never> = {};
  if (kind === 'link') {
    const link = linkSpec(input.spec, problems);
    if (link && napId !== null && napId !== link.aNapId)
      problems.add('napId', 'of a link order is its A end: leave it out or give spec.aNapId');
    if (link) {
      spec = link;
      napId = link.aNapId;
    }
  } else if (kind === 'cpe-installation') spec = cpeSpec(input.spec, problems);
  else if (kind !== undefined) noSpec(input.spec, kind, problems);
  const requestedOn = input.requestedOn;
  if (requestedOn !== undefined && Temporal.PlainDate.compare(requestedOn, today) < 0)
    problems.add('requestedOn', `${requestedOn.toString()} is before today (${today.toString()})`);
  if (problems.list.length > 0) throw new InvalidInputError(problems.list);
  const order: Checked = {
    kind: kind!,
    customerId: customerId!,
    providerId,
    productId,
    napId,
    signedForm: form && { ...form.form },
    requestedOn: requestedOn?.toString() ?? null,
    contractId: contractId ?? null,
    spec: { ...spec },
  };
  return { order, form };
}

/** Every row the order names exists and fits it; all problems named at once. */
async function checkReferences(db: Db, order: Checked, today: Temporal.PlainDate): Promise<void> {
  const problems = new Problems();
  if (!(await customerExists(db, order.customerId)))
    problems.add('customerId', `no customer '${order.customerId}'`);
  if (order.providerId !== null) {
    const provider = await findOrderingProvider(db, order.providerId);
    if (!provider) problems.add('providerId', `no provider '${order.providerId}' is admitted (vn:3.1)`);
    else if (provider.suspendedOn !== null)
      throw new ConflictError(
        `provider ${provider.id} is suspended since ${provider.suspendedOn}; it cannot order`,
      );
  }
  if (order.productId !== null) await checkProduct(db, order, today, problems);
  if (order.napId !== null) {
    const field = order.kind === 'link' ? 'spec.aNapId' : 'napId';
    await checkNap(db, order.napId, field, order, problems);
  }
  const z = order.spec.z as { napId?: string } | undefined;
  if (z?.napId !== undefined) {
    const nap = await findNapOfPremises(db, z.napId);
    if (!nap || nap.state === 'removed')
      problems.add('spec.z.napId', `no termination point '${z.napId}' in service`);
  }
  if (order.contractId !== null) {
    const contract = await findContractHolder(db, order.contractId);
    if (!contract || contract.customerId !== order.customerId)
      problems.add('contractId', `no contract '${order.contractId}' of customer ${order.customerId}`);
  }
  const cpeId = order.spec.cpeId;
  if (typeof cpeId === 'string') {
    const device = await findCpe(db, cpeId);
    if (!device) problems.add('spec.cpeId', `no switch '${cpeId}'`);
    else if (device.state !== 'in-stock')
      problems.add('spec.cpeId', `switch ${cpeId} is ${device.state}, not in stock`);
  }
  if (problems.list.length > 0) throw new InvalidInputError(problems.list);
}

/**
 * vn:3.1: a provider orders only services the operator admitted for it. The answer is the same for a
 * product that does not exist and one of another provider, so a provider learns nothing of others'.
 */
async function checkProduct(db: Db, order: Checked, today: Temporal.PlainDate, problems: Problems) {
  const product = await findOrderedProduct(db, order.productId!);
  if (!product || product.providerId !== order.providerId) {
    problems.add(
      'productId',
      order.providerId === null
        ? `no product '${order.productId}' of the operator's own`
        : `'${order.productId}' is not a service admitted for provider ${order.providerId} (vn:3.1)`,
    );
    return;
  }
  // vn:2.2.3: the range on offer may change; a retired product is no longer sold.
  if (product.retiredOn !== null && product.retiredOn <= today.toString())
    problems.add(
      'productId',
      `${product.id} was retired on ${product.retiredOn} and is no longer sold (vn:2.2.3)`,
    );
}

/** The NAP is at the customer's premises, and in service for what the order needs. */
async function checkNap(db: Db, napId: string, field: string, order: Checked, problems: Problems) {
  const nap = await findNapOfPremises(db, napId);
  if (!nap || nap.customerId !== order.customerId) {
    problems.add(field, `no termination point '${napId}' at a premises of customer ${order.customerId}`);
    return;
  }
  // A provider's service runs over a connected premises; the operator's own work may connect it (vn:2.4).
  const usable = order.kind === 'third-party-service' ? ['active'] : ['planned', 'active'];
  if (!usable.includes(nap.state))
    problems.add(field, `${nap.id} is ${nap.state}; a ${order.kind} order needs it ${usable.join(' or ')}`);
}
