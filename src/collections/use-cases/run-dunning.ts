import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { violatedUniqueConstraint } from '../../platform/database/index.ts';
import { termDaysOf } from '../rules/dunning-ladder.ts';
import type { DunningStep } from '../rules/dunning-ladder.ts';
import { customersToDun } from '../store/dunning.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { endContractsForNonPayment } from './end-contracts-for-non-payment.ts';
import type { ContractStepResult } from './end-contracts-for-non-payment.ts';
import { takeDunningStep } from './take-dunning-step.ts';

export interface DunningRunReport {
  readonly sellerId: string;
  readonly asOf: string;
  readonly reviewed: number;
  readonly steps: {
    readonly customerId: string;
    readonly caseId: string;
    readonly step: DunningStep;
    readonly letterId: string;
    readonly totalCents: number;
    readonly contracts: ContractStepResult[];
  }[];
  /** Cases closed because everything overdue was paid (a suspension lifted). */
  readonly closed: {
    readonly customerId: string;
    readonly caseId: string;
    readonly resumedServices: string[];
  }[];
}

/**
 * The daily dunning run of a seller (run by the scheduler, or by hand with an as-of date): every
 * customer with an open case or an unpaid invoice past its due date takes the step due today, if any.
 * Each customer in a transaction of its own; a step another worker took first is skipped.
 */
export async function runDunning(
  context: Context,
  input: { sellerId: string; asOf?: Temporal.PlainDate; onProgress?: (done: number, total: number) => void },
): Promise<DunningRunReport> {
  const asOf = input.asOf ?? context.clock.today();
  const { seller, profile } = await sellerWithTerms(context.db, input.sellerId);
  const customerIds = await customersToDun(context.db, seller.id, asOf.toString());
  const steps: DunningRunReport['steps'][number][] = [];
  const closed: DunningRunReport['closed'][number][] = [];
  let reviewed = 0;
  for (const customerId of customerIds) {
    const customer = await findCustomer(context.db, customerId);
    if (!customer) continue;
    const outcome = await takeDunningStep(context, { seller, profile, customer, asOf }).catch(
      (error: unknown) => {
        if (violatedUniqueConstraint(error)) return { kind: 'none' as const };
        throw error;
      },
    );
    if (outcome.kind === 'closed')
      closed.push({ customerId, caseId: outcome.caseId, resumedServices: outcome.resumedServices });
    if (outcome.kind === 'step') {
      const contracts =
        outcome.step === 'notice-of-default' || outcome.step === 'dissolution'
          ? await endContractsForNonPayment(context, {
              sellerId: seller.id,
              customerId,
              profile,
              step: outcome.step,
              on: asOf,
              termDays: termDaysOf(profile, outcome.step),
              breach: `non-payment: letter ${outcome.letterId}`,
            })
          : [];
      const { caseId, step, letterId, totalCents } = outcome;
      steps.push({ customerId, caseId, step, letterId, totalCents, contracts });
    }
    reviewed += 1;
    input.onProgress?.(reviewed, customerIds.length);
  }
  return { sellerId: seller.id, asOf: asOf.toString(), reviewed, steps, closed };
}
