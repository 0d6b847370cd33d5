import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { networkServices, serviceHolds } from '../schema.ts';
import { activeHoldsOf } from '../store/holds.ts';
import type { ServiceHoldRow } from '../store/holds.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import type { ProvisioningAction } from '../store/provisioning-jobs.ts';

export type HoldMeasure = ServiceHoldRow['measure'];
export type HoldReason = ServiceHoldRow['reason'];

export interface ServiceHold {
  readonly serviceId: string;
  readonly reason: HoldReason;
  readonly measure: HoldMeasure;
  /** The case or event behind it: `AB-3`, `FM-1`. */
  readonly reference: string;
  readonly because: readonly RuleId[];
}

const START: Record<HoldMeasure, ProvisioningAction> = {
  block: 'service.block',
  filter: 'service.filter',
  suspend: 'service.suspend',
};
const END: Record<HoldMeasure, ProvisioningAction> = {
  block: 'service.unblock',
  filter: 'service.unfilter',
  suspend: 'service.resume',
};

/**
 * Puts a hold on a service in the caller's transaction: the network is asked to block, filter or
 * suspend it through a provisioning job, and a suspension sets the service `suspended`. Billing is
 * not touched (vn:4.1.5). The same measure for the same reference twice is refused.
 */
export async function holdService(
  tx: Context['db'],
  context: Pick<Context, 'clock'>,
  hold: ServiceHold,
): Promise<ServiceHoldRow> {
  const service = await serviceForUpdate(tx, hold.serviceId);
  if (service.state !== 'active' && service.state !== 'suspended')
    throw new ConflictError(
      `Service '${service.id}' is ${service.state}: only a running service can be held`,
    );
  const holds = await activeHoldsOf(tx, service.id);
  if (holds.some((other) => other.reference === hold.reference && other.measure === hold.measure))
    throw new ConflictError(`Service '${service.id}' already has a ${hold.measure} for ${hold.reference}`);
  const suspending = holds.find((other) => other.measure === 'suspend');
  const now = context.clock.now().toString();
  const [row] = await tx
    .insert(serviceHolds)
    .values({
      serviceId: service.id,
      reason: hold.reason,
      measure: hold.measure,
      reference: hold.reference,
      startedAt: now,
      resumesTo: suspending?.resumesTo ?? service.state,
    })
    .returning();
  if (hold.measure === 'suspend' && service.state === 'active')
    await tx.update(networkServices).set({ state: 'suspended' }).where(eq(networkServices.id, service.id));
  await enqueueProvisioningJob(tx, context.clock, {
    subject: `service:${service.id}`,
    action: START[hold.measure],
    payload: provisioningPayload(service, hold, now),
  });
  return row!;
}

/**
 * Lifts the holds of `reference` on a service. When no suspending hold is left the service goes back
 * to the state it had before (still `suspended` while it is not paid for). Answers the holds lifted.
 */
export async function liftHold(
  tx: Context['db'],
  context: Pick<Context, 'clock'>,
  lift: Omit<ServiceHold, 'measure' | 'reason'> & { readonly measure?: HoldMeasure },
): Promise<ServiceHoldRow[]> {
  const service = await serviceForUpdate(tx, lift.serviceId);
  const now = context.clock.now().toString();
  const lifted = await tx
    .update(serviceHolds)
    .set({ liftedAt: now })
    .where(
      and(
        eq(serviceHolds.serviceId, service.id),
        eq(serviceHolds.reference, lift.reference),
        lift.measure ? eq(serviceHolds.measure, lift.measure) : undefined,
        isNull(serviceHolds.liftedAt),
      ),
    )
    .returning();
  const remaining = await activeHoldsOf(tx, service.id);
  // A service closed meanwhile has nothing left to undo on the network.
  if (service.state === 'closed') return lifted;
  for (const hold of lifted) {
    if (remaining.some((other) => other.measure === hold.measure)) continue;
    if (hold.measure === 'suspend') {
      // Still unpaid: the non-payment suspension keeps it down (vn:7.1.7, bit:11.5).
      if (hold.resumesTo !== 'active') continue;
      await tx.update(networkServices).set({ state: 'active' }).where(eq(networkServices.id, service.id));
    }
    await enqueueProvisioningJob(tx, context.clock, {
      subject: `service:${service.id}`,
      action: END[hold.measure],
      payload: provisioningPayload(service, { ...lift, measure: hold.measure }, now),
    });
  }
  return lifted;
}

async function serviceForUpdate(tx: Context['db'], serviceId: string) {
  const [service] = await tx
    .select()
    .from(networkServices)
    .where(eq(networkServices.id, serviceId))
    .for('update');
  if (!service) throw new NotFoundError('Service', serviceId);
  return service;
}

function provisioningPayload(
  service: { id: string; napId: string | null; linkId: string | null },
  hold: { reference: string; measure: HoldMeasure; because: readonly RuleId[] },
  at: string,
): Record<string, unknown> {
  return {
    serviceId: service.id,
    napId: service.napId,
    linkId: service.linkId,
    measure: hold.measure,
    reference: hold.reference,
    at,
    because: [...hold.because],
  };
}
