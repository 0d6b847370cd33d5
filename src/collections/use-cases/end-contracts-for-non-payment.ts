import type { Temporal } from 'temporal-polyfill';
import {
  dissolveContract,
  listContracts,
  sendNoticeOfDefault,
  terminateContract,
} from '../../contracts/index.ts';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError, VezelError } from '../../shared/errors/index.ts';
import type { TermsProfile } from '../../terms/index.ts';

/** What the ladder's notice of default or dissolution did to the customer's contracts with the seller. */
export interface ContractStepResult {
  readonly contractId: string;
  readonly action: 'send-notice-of-default' | 'dissolve' | 'terminate';
  /** Why it could not be done, when it could not. */
  readonly refused: string | null;
}

/**
 * Carries the ladder's contract steps onto the contracts, each in the contracts' own transaction:
 * the notice of default with its term (vn:1.6.2), then dissolution after it (vn:1.6.2) — or, where the
 * terms dissolve without one, termination for non-payment (bit:11.5). The remaining-term fees follow
 * from the contract's end (vn:1.6.4). A contract that may no longer take the step is left as it is.
 */
export async function endContractsForNonPayment(
  context: Context,
  at: {
    sellerId: string;
    customerId: string;
    profile: TermsProfile;
    step: 'notice-of-default' | 'dissolution';
    on: Temporal.PlainDate;
    /** The notice of default's term (vn:1.6.2), from the profile's ladder. */
    termDays: number | null;
    breach: string;
  },
): Promise<ContractStepResult[]> {
  const action =
    at.step === 'notice-of-default'
      ? 'send-notice-of-default'
      : at.profile.dissolution.afterNoticeOfDefault
        ? 'dissolve'
        : 'terminate';
  const contracts = (await listContracts(context.db, at.on, at.customerId)).filter(
    (contract) => contract.sellerId === at.sellerId && contract.timeline.status !== 'ended',
  );
  const results: ContractStepResult[] = [];
  for (const contract of contracts) {
    const why = contract.actions[action];
    if (why !== null) {
      results.push({ contractId: contract.id, action, refused: why });
      continue;
    }
    try {
      if (action === 'send-notice-of-default')
        await sendNoticeOfDefault(context, {
          contractId: contract.id,
          breach: at.breach,
          termDays: termOf(at),
          on: at.on,
        });
      else if (action === 'dissolve') await dissolveContract(context, { contractId: contract.id, on: at.on });
      else await terminateContract(context, { contractId: contract.id, ground: 'non-payment', on: at.on });
      results.push({ contractId: contract.id, action, refused: null });
    } catch (error) {
      if (!(error instanceof VezelError)) throw error;
      results.push({ contractId: contract.id, action, refused: error.message });
    }
  }
  return results;
}

function termOf(at: { termDays: number | null }): number {
  if (at.termDays === null)
    throw new InvalidInputError(
      'profile',
      'its dunning ladder gives the notice of default no term (vn:1.6.2)',
    );
  return at.termDays;
}
