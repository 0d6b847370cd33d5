import { liftHold } from '../../network/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { NotFoundError } from '../../shared/errors/index.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { checkAbuseCaseAction } from '../rules/abuse-measures.ts';
import { findAbuseCase, liftAbuseMeasures, updateAbuseCase } from '../store/abuse-cases.ts';
import { notifyAbuseCase } from './abuse-notices.ts';
import { loadAbuseCaseView } from './abuse-case-view.ts';
import type { AbuseCaseView } from './abuse-case-view.ts';

/** vn:4.1.4: the measures stay "until the obligations are met". */
const BECAUSE: readonly RuleId[] = ['vn:4.1.4'];

/**
 * The customer complied: every measure of the case in force is lifted, the network is asked to undo
 * them (a service a non-payment suspension also holds stays down), and the case is `complied`.
 */
export async function liftAbuseMeasure(
  context: Context,
  input: { readonly caseId: string },
): Promise<AbuseCaseView> {
  return context.db.transaction(async (tx) => {
    const row = await findAbuseCase(tx, input.caseId, true);
    if (!row) throw new NotFoundError('abuse case', input.caseId);
    checkAbuseCaseAction(row.id, row.state, 'lift');
    const lifted = await liftAbuseMeasures(tx, row.id, {
      at: context.clock.now().toString(),
      by: context.actor.id,
    });
    const serviceIds = [...new Set(lifted.map((measure) => measure.serviceId))];
    for (const serviceId of serviceIds)
      await liftHold(tx, context, { serviceId, reference: row.id, because: BECAUSE });
    const updated = await updateAbuseCase(tx, row.id, { state: 'complied' });
    await notifyAbuseCase(tx, context, updated, {
      kind: 'abuse-measure-lifted',
      subject: 'The measure on your service is lifted',
      lines: [`You have put an end to the breach: the measures on ${serviceIds.join(', ')} are lifted.`],
      because: BECAUSE,
    });
    await auditChange(tx, context, {
      action: 'abuse-case.complied',
      subject: { type: 'abuse-case', id: row.id },
      details: {
        from: row.state,
        to: 'complied',
        lifted: lifted.map((m) => m.measure),
        serviceIds,
        because: BECAUSE,
      },
    });
    return loadAbuseCaseView(tx, updated);
  });
}
