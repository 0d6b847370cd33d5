import type { Context } from '../../platform/context.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { enqueueProvisioningJob } from '../store/provisioning-jobs.ts';
import { servicesSuspendedByHold, setResumeState } from '../store/holds.ts';
import { servicesOfCustomer, setServiceState } from '../store/suspensions.ts';

export interface NonPaymentSuspension {
  readonly customerId: string;
  readonly sellerId: string;
  readonly on: string;
  readonly because: readonly RuleId[];
}

/**
 * Suspends the customer's active services under the seller's contracts while it does not pay
 * (vn:7.1.7, bit:11.5): a provisioning job per service, in the caller's transaction. Billing goes on.
 * A service already down under an abuse or force-majeure hold stays down when that hold lifts.
 * Answers the services suspended.
 */
export async function suspendForNonPayment(
  tx: Context['db'],
  context: Pick<Context, 'clock'>,
  suspension: NonPaymentSuspension,
): Promise<string[]> {
  const held = await servicesOfCustomer(tx, suspension, 'suspended');
  await setResumeState(
    tx,
    [
      ...(await servicesSuspendedByHold(
        tx,
        held.map((service) => service.id),
      )),
    ],
    'suspended',
  );
  const services = await servicesOfCustomer(tx, suspension, 'active');
  await setServiceState(tx, services, 'suspended');
  for (const service of services)
    await enqueueProvisioningJob(tx, context.clock, {
      subject: `service:${service.id}`,
      action: 'service.suspend',
      payload: {
        serviceId: service.id,
        napId: service.napId,
        linkId: service.linkId,
        on: suspension.on,
        because: [...suspension.because],
      },
    });
  return services.map((service) => service.id);
}

/**
 * Everything paid: the suspended services are reopened on the network through provisioning, except
 * those an abuse or force-majeure hold keeps down; they reopen when it lifts.
 */
export async function resumeAfterPayment(
  tx: Context['db'],
  context: Pick<Context, 'clock'>,
  suspension: NonPaymentSuspension,
): Promise<string[]> {
  const suspended = await servicesOfCustomer(tx, suspension, 'suspended');
  const held = await servicesSuspendedByHold(
    tx,
    suspended.map((service) => service.id),
  );
  await setResumeState(tx, [...held], 'active');
  const services = suspended.filter((service) => !held.has(service.id));
  await setServiceState(tx, services, 'active');
  for (const service of services)
    await enqueueProvisioningJob(tx, context.clock, {
      subject: `service:${service.id}`,
      action: 'service.resume',
      payload: {
        serviceId: service.id,
        napId: service.napId,
        linkId: service.linkId,
        on: suspension.on,
        because: [...suspension.because],
      },
    });
  return services.map((service) => service.id);
}
