import type { Temporal } from 'temporal-polyfill';
import { dissolveContract, getContract, terminateContract } from '../../contracts/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { abuseEscalation, checkAbuseCaseAction } from '../rules/abuse-measures.ts';
import { findAbuseCase, updateAbuseCase } from '../store/abuse-cases.ts';
import { sellerTerms } from '../store/seller-terms.ts';
import { notifyAbuseCase } from './abuse-notices.ts';
import { loadAbuseCaseView } from './abuse-case-view.ts';
import type { AbuseCaseView } from './abuse-case-view.ts';

export interface AbuseEscalationOutcome {
  readonly contractId: string;
  readonly action: 'dissolve' | 'terminate';
  readonly on: string;
  readonly effectiveEnd: string | null;
  /** What the contracts context charged for the remaining term (vn:1.6.4); nothing is refunded. */
  readonly remainingTermChargeCents: number | null;
}

/**
 * Ends the case's contract for serious or continued abuse: VitrumNet dissolves it under vn:1.6.2
 * without refund (vn:4.1.6; a notice of default must have run out first), BIT terminates it in
 * writing on the ground `abuse-policy-breach` (bit:12.4). The contracts use cases open their own
 * transaction, so the contract is first checked, then ended, then the outcome recorded on the case;
 * a refusal by the contract's terms changes nothing. Nothing is credited here.
 */
export async function escalateAbuseCase(
  context: Context,
  input: { readonly caseId: string; readonly on?: Temporal.PlainDate },
): Promise<AbuseCaseView & { outcome: AbuseEscalationOutcome }> {
  const on = input.on ?? context.clock.today();
  const row = await findAbuseCase(context.db, input.caseId);
  if (!row) throw new NotFoundError('abuse case', input.caseId);
  checkAbuseCaseAction(row.id, row.state, 'escalate');
  const escalation = abuseEscalation(await sellerTerms(context.db, row.sellerId));
  const contractId = row.contractId;
  if (!contractId) throw new ConflictError(`abuse case ${row.id} names no contract to end`);
  const action = escalation.value.kind;
  const contract = await getContract(context.db, contractId, on);
  const why = contract.actions[action];
  if (why)
    throw new ConflictError(`cannot ${action} contract ${contractId} for abuse case ${row.id}: ${why}`);

  const timeline =
    escalation.value.kind === 'terminate'
      ? await terminateContract(context, { contractId, ground: escalation.value.ground, on })
      : await dissolveContract(context, { contractId, on });
  const outcome: AbuseEscalationOutcome = {
    contractId,
    action,
    on: on.toString(),
    effectiveEnd: timeline.effectiveEnd,
    remainingTermChargeCents: await remainingCharge(context, contractId, on),
  };

  return context.db.transaction(async (tx) => {
    const locked = (await findAbuseCase(tx, row.id, true))!;
    const updated = await updateAbuseCase(tx, row.id, {
      state: 'escalated',
      escalation: action,
      escalatedOn: on.toString(),
    });
    await notifyAbuseCase(tx, context, updated, {
      kind: 'abuse-escalated',
      subject: action === 'dissolve' ? 'Your contract is dissolved' : 'Your contract is terminated',
      lines: [
        `Because of the seriousness or continuation of the breach we have ${
          action === 'dissolve' ? 'dissolved' : 'terminated'
        } contract ${contractId} as of ${outcome.effectiveEnd ?? on.toString()}.`,
        ...(action === 'dissolve' ? ['No damages are owed and nothing already paid is refunded.'] : []),
      ],
      because: escalation.because,
    });
    await auditChange(tx, context, {
      action: 'abuse-case.escalated',
      subject: { type: 'abuse-case', id: row.id },
      details: {
        from: locked.state,
        to: 'escalated',
        ...outcome,
        refund: false,
        because: escalation.because,
      },
    });
    return { ...(await loadAbuseCaseView(tx, updated)), outcome };
  });
}

/** The remaining-term charge the ending event carries, as the contract now shows it. */
async function remainingCharge(
  context: Context,
  contractId: string,
  on: Temporal.PlainDate,
): Promise<number | null> {
  const { events } = await getContract(context.db, contractId, on);
  const last = events.at(-1);
  return last && 'remainingTermChargeCents' in last ? (last.remainingTermChargeCents ?? null) : null;
}
