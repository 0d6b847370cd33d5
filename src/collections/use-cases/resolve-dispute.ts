import { Temporal } from 'temporal-polyfill';
import { issueCreditNote } from '../../billing/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, FieldChecks, NotFoundError, isBlank } from '../../shared/errors/index.ts';
import { findDispute, resolveDisputeRow } from '../store/disputes.ts';
import type { DisputeRow } from '../store/disputes.ts';

export interface ResolveDispute {
  readonly disputeId: string;
  /** `credit`: the customer was right, the part is credited; `uphold`: it is owed after all. */
  readonly outcome: 'credit' | 'uphold';
  readonly reason: string;
  /** With `credit`: the invoice lines to credit (positions); default every line. */
  readonly lines?: readonly number[];
  readonly on: Temporal.PlainDate;
}

/**
 * Ends a dispute (bit:9.4, bit:9.5): crediting issues a credit note for the disputed lines, upholding
 * puts the part back into dunning and interest from the day of resolution.
 */
export async function resolveDispute(context: Context, input: ResolveDispute): Promise<DisputeRow> {
  const checks = new FieldChecks();
  if (isBlank(input.disputeId)) checks.add('disputeId', 'is required');
  if (input.outcome !== 'credit' && input.outcome !== 'uphold')
    checks.add('outcome', 'must be credit or uphold');
  if (isBlank(input.reason)) checks.add('reason', 'is required');
  if (!(input.on instanceof Temporal.PlainDate)) checks.add('on', 'is required (YYYY-MM-DD)');
  checks.throwIfAny();
  const dispute = await findDispute(context.db, input.disputeId);
  if (!dispute) throw new NotFoundError('dispute', input.disputeId);
  if (dispute.state !== 'open') throw new ConflictError(`dispute ${dispute.id} is already ${dispute.state}`);
  // The credit note is issued (and numbered) in its own transaction; crediting a line twice is refused there.
  const creditNote =
    input.outcome === 'credit'
      ? await issueCreditNote(context, {
          invoiceId: dispute.invoiceId,
          reason: input.reason,
          lines: input.lines,
        })
      : null;
  return context.db.transaction(async (tx) => {
    await resolveDisputeRow(tx, dispute.id, {
      state: input.outcome === 'credit' ? 'credited' : 'upheld',
      resolvedOn: input.on.toString(),
      creditNoteId: creditNote?.id ?? null,
    });
    await auditChange(tx, context, {
      action: `dispute.${input.outcome === 'credit' ? 'credited' : 'upheld'}`,
      subject: { type: 'dispute', id: dispute.id },
      reason: input.reason,
      details: { creditNoteId: creditNote?.id ?? null },
    });
    return (await findDispute(tx, dispute.id))!;
  });
}
