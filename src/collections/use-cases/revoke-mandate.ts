import { Temporal } from 'temporal-polyfill';
import { dayOfRecord } from '../../contracts/rules/day-of-record.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { findMandate, revokeMandateRow } from '../store/direct-debits.ts';
import { mandateView } from './mandate-view.ts';
import type { MandateView } from './mandate-view.ts';

export interface RevokeMandate {
  readonly mandateId: string;
  /** The day the customer revoked it; default today, never later. */
  readonly on?: Temporal.PlainDate;
}

/**
 * The customer withdraws the mandate: no collection is due under it from that day. Files already
 * handed to the bank are not recalled by this; the bank's refund or return comes back on a camt.054.
 */
export async function revokeMandate(context: Context, input: RevokeMandate): Promise<MandateView> {
  const on = dayOfRecord('on', input.on, context.clock.today());
  return context.db.transaction(async (tx) => {
    const mandate = await findMandate(tx, input.mandateId);
    if (!mandate) throw new NotFoundError('mandate', input.mandateId);
    if (mandate.revokedOn !== null)
      throw new ConflictError(`mandate ${mandate.id} was revoked on ${mandate.revokedOn}`);
    if (Temporal.PlainDate.compare(on, mandate.signedOn) < 0)
      throw new InvalidInputError(
        'on',
        `${on.toString()} is before the mandate was signed (${mandate.signedOn})`,
      );
    if (!(await revokeMandateRow(tx, mandate.id, on.toString())))
      throw new ConflictError(`mandate ${mandate.id} was revoked meanwhile`);
    await auditChange(tx, context, {
      action: 'mandate.revoked',
      subject: { type: 'mandate', id: mandate.id },
      details: { revokedOn: on.toString() },
    });
    return mandateView({ ...mandate, revokedOn: on.toString() });
  });
}
