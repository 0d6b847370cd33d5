import { holdService } from '../../network/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { abuseMeasure, checkAbuseCaseAction } from '../rules/abuse-measures.ts';
import {
  findAbuseCase,
  findServiceOfCase,
  insertAbuseMeasure,
  runningServicesOfContract,
  updateAbuseCase,
} from '../store/abuse-cases.ts';
import type { AbuseCaseRow, ServiceOfCase } from '../store/abuse-cases.ts';
import { sellerTerms } from '../store/seller-terms.ts';
import { notifyAbuseCase } from './abuse-notices.ts';
import { loadAbuseCaseView } from './abuse-case-view.ts';
import type { AbuseCaseView } from './abuse-case-view.ts';

export interface TakeAbuseMeasure {
  readonly caseId: string;
  /** block, filter or suspend, as the seller's terms allow (vn:4.1.4; BIT: suspend). */
  readonly measure: string;
}

const VERB = { block: 'blocked', filter: 'filtered', suspend: 'suspended' } as const;

/**
 * Takes a measure on the case's service, or on every running service of its contract: the network
 * blocks, filters or suspends it through provisioning (vn:4.1.4) until the customer complies.
 * Billing is not touched: the payment obligations continue (vn:4.1.5). The customer is told.
 */
export async function takeAbuseMeasure(context: Context, input: TakeAbuseMeasure): Promise<AbuseCaseView> {
  return context.db.transaction(async (tx) => {
    const row = await findAbuseCase(tx, input.caseId, true);
    if (!row) throw new NotFoundError('abuse case', input.caseId);
    const terms = await sellerTerms(tx, row.sellerId);
    const measure = abuseMeasure(terms, input.measure);
    checkAbuseCaseAction(row.id, row.state, 'measure');
    const services = await servicesOf(tx, row);
    const now = context.clock.now().toString();
    for (const service of services) {
      await holdService(tx, context, {
        serviceId: service.id,
        reason: 'abuse',
        measure: measure.value,
        reference: row.id,
        because: measure.because,
      });
      await insertAbuseMeasure(tx, {
        caseId: row.id,
        serviceId: service.id,
        measure: measure.value,
        startedAt: now,
        startedBy: context.actor.id,
      });
    }
    const updated = await updateAbuseCase(tx, row.id, { state: 'measured' });
    const serviceIds = services.map((service) => service.id);
    await notifyAbuseCase(tx, context, updated, {
      kind: 'abuse-measure',
      subject: `Your service is ${VERB[measure.value]}`,
      lines: [
        `We have ${VERB[measure.value]} ${serviceIds.join(', ')} because of a breach of our fair use policy.`,
        'The measure stays until you have put an end to the breach; tell us when you have.',
        'Your payment obligations continue while the measure is in force.',
      ],
      because: measure.because,
    });
    await auditChange(tx, context, {
      action: 'abuse-case.measure-taken',
      subject: { type: 'abuse-case', id: row.id },
      details: {
        from: row.state,
        to: 'measured',
        measure: measure.value,
        serviceIds,
        billingContinues: measure.figures.billingContinues,
        because: measure.because,
      },
    });
    return loadAbuseCaseView(tx, updated);
  });
}

/** The case's own service, or the running services of its contract; refused when there is none. */
async function servicesOf(tx: Context['db'], row: AbuseCaseRow): Promise<ServiceOfCase[]> {
  if (row.serviceId) {
    const service = await findServiceOfCase(tx, row.serviceId);
    return service ? [service] : [];
  }
  const services = row.contractId ? await runningServicesOfContract(tx, row.contractId) : [];
  if (services.length === 0)
    throw new ConflictError(
      `abuse case ${row.id} has no running service to take a measure on (contract ${row.contractId ?? 'none'})`,
    );
  return services;
}
