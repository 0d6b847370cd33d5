import type { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { dayOfRecord } from '../rules/day-of-record.ts';
import { checkContractAction, contractActions } from '../rules/contract-actions.ts';
import type { ContractAction } from '../rules/contract-actions.ts';
import type { ContractEvent } from '../rules/contract-events.ts';
import { contractTimeline } from '../rules/contract-timeline.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { appendContractEvent } from '../store.ts';
import { keepBillingInStep } from './keep-billing-in-step.ts';
import { loadContract } from './load-contract.ts';
import type { LoadedContract } from './load-contract.ts';

/**
 * The steps every change to a formed contract shares: load it, check the terms allow the action on
 * that day, let the verb decide its event, store the event and its audit record in one transaction,
 * and answer the new timeline. `decide` may throw to refuse; nothing is then written.
 */
export async function recordContractEvent(
  context: Context,
  contractId: string,
  action: ContractAction,
  on: Temporal.PlainDate | undefined,
  decide: (
    loaded: LoadedContract,
    on: Temporal.PlainDate,
    tx: Context['db'],
  ) => ContractEvent | Promise<ContractEvent>,
  afterwards?: (tx: Context['db'], event: ContractEvent) => Promise<void>,
): Promise<ContractTimeline> {
  const today = context.clock.today();
  const day = dayOfRecord('on', on, today);
  return context.db.transaction(async (tx) => {
    const loaded = await loadContract(tx, contractId, day);
    checkContractAction(
      contractActions(loaded.profile, loaded.timeline, loaded.events, day),
      contractId,
      action,
    );
    const event = await decide(loaded, day, tx);
    await appendContractEvent(tx, contractId, event, {
      at: context.clock.now().toString(),
      by: context.actor.id,
    });
    await afterwards?.(tx, event);
    await keepBillingInStep(tx, context, contractId, today);
    await auditChange(tx, context, {
      action: `contract.${event.kind}`,
      subject: { type: 'contract', id: contractId },
      details: { ...event },
    });
    return contractTimeline({ ...loaded.facts, events: [...loaded.events, event] }, today);
  });
}
