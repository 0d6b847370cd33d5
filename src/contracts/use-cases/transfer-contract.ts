import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../../platform/context.ts';
import { InvalidInputError } from '../../shared/errors/index.ts';
import type { ContractTimeline } from '../rules/contract-timeline.ts';
import { findCustomerKind, setContractHolder } from '../store.ts';
import { recordContractEvent } from './record-contract-event.ts';

export interface TransferContract {
  readonly contractId: string;
  /** An existing customer; its kind decides the consumer protections from the transfer on. */
  readonly toCustomerId: string;
  /** vn:1.9.1: the seller's written consent, by whom and when. */
  readonly consent?: { readonly by: string; readonly on: Temporal.PlainDate };
  readonly on?: Temporal.PlainDate;
}

/** The contract passes to another customer, only with the seller's recorded consent where the terms ask it. */
export function transferContract(context: Context, input: TransferContract): Promise<ContractTimeline> {
  return recordContractEvent(
    context,
    input.contractId,
    'transfer',
    input.on,
    async ({ profile, contract }, on, tx) => {
      // Inside the transaction: on the embedded store a second connection would wait for this one.
      const toCustomerKind = await findCustomerKind(tx, input.toCustomerId);
      const consent = input.consent;
      if (profile.transfer?.customerNeedsWrittenConsent && !consent) {
        throw new InvalidInputError(
          'consent',
          `is required: the seller's written consent (${profile.transfer.rules.join(', ')})`,
        );
      }
      if (input.toCustomerId === contract.customerId) {
        throw new InvalidInputError('toCustomerId', `the contract already belongs to ${contract.customerId}`);
      }
      return {
        kind: 'transferred',
        on: on.toString(),
        fromCustomerId: contract.customerId,
        toCustomerId: input.toCustomerId,
        toCustomerKind,
        consent: { by: consent?.by ?? context.actor.id, on: (consent?.on ?? on).toString() },
      };
    },
    (tx) => setContractHolder(tx, input.contractId, input.toCustomerId),
  );
}
