import { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import type { RuleId } from '../../shared/explanation/index.ts';
import { raiseCharge } from '../store/pending-charges.ts';
import { subscriptionsOfContract, updateSubscription } from '../store/subscriptions.ts';
import { addSubscription } from './add-subscription.ts';

/** What billing needs to know of a contract: plain facts, so billing never reads contracts' tables. */
export interface ContractBillingFacts {
  readonly contractId: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly productId: string | null;
  readonly description: string;
  readonly domain: boolean;
  /** Per billing period, excl. VAT. */
  readonly recurringCents: number;
  readonly oneTimeCents: number;
  /** The day billing starts (vn:7.1.3: the service is available; bit: the contract's start). */
  readonly startsOn: string | null;
  /** The last day of service once the contract is ending. */
  readonly endsOn: string | null;
  /** The day the order was accepted: one-time charges are billed then (vn:7.3.1). */
  readonly acceptedOn: string | null;
  readonly oneTimeRules: readonly RuleId[];
  /** Charges the contract's events raise: a cancellation fee, the remaining-term charge. */
  readonly charges: readonly ContractCharge[];
}

export interface ContractCharge {
  /** Unique per contract and kind, so a repeated sync raises it once. */
  readonly key: string;
  readonly description: string;
  readonly amountCents: number;
  readonly raisedOn: string;
  readonly because: readonly RuleId[];
}

/**
 * Keeps a contract's billing in step with its facts, in the caller's transaction: the recurring fee
 * from the day billing starts, its last day once the contract ends, and the charges its events
 * raise. Safe to call after every change: what exists already is left or corrected, never doubled.
 */
export async function syncContractBilling(
  tx: Context['db'],
  context: Context,
  facts: ContractBillingFacts,
): Promise<void> {
  const raise = (key: string, charge: Omit<ContractCharge, 'key'>, vatCategory: 'standard' | 'zero') =>
    raiseCharge(tx, {
      sellerId: facts.sellerId,
      customerId: facts.customerId,
      contractId: facts.contractId,
      productId: null,
      description: charge.description,
      amountCents: charge.amountCents,
      vatCategory,
      raisedOn: charge.raisedOn,
      because: [...charge.because],
      dedupeKey: `${key}:${facts.contractId}`,
      createdAt: context.clock.now().toString(),
    });
  if (facts.oneTimeCents > 0 && facts.acceptedOn)
    await raise(
      'one-time',
      {
        description: `${facts.description}: one-time charges`,
        amountCents: facts.oneTimeCents,
        raisedOn: facts.acceptedOn,
        because: facts.oneTimeRules,
      },
      'standard',
    );
  for (const charge of facts.charges)
    // A cancellation fee (bit:4.1) is damages, outside the scope of VAT; the remaining-term
    // charge (vn:1.6.4) is the fee for the service itself.
    await raise(charge.key, charge, charge.key === 'cancellation' ? 'zero' : 'standard');
  if (facts.recurringCents <= 0 || facts.startsOn === null) return;
  const [existing] = await subscriptionsOfContract(tx, facts.contractId);
  if (!existing) {
    await addSubscription(tx, context, {
      sellerId: facts.sellerId,
      customerId: facts.customerId,
      contractId: facts.contractId,
      productId: facts.productId,
      description: facts.description,
      priceCents: facts.recurringCents,
      domain: facts.domain,
      startsOn: Temporal.PlainDate.from(facts.startsOn),
      endsOn: facts.endsOn ? Temporal.PlainDate.from(facts.endsOn) : null,
    });
  } else if (existing.endsOn !== facts.endsOn) {
    await updateSubscription(tx, existing.id, { endsOn: facts.endsOn });
  }
}
