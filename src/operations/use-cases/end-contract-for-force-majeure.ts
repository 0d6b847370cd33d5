import { Temporal } from 'temporal-polyfill';
import { dissolveContract, getContract } from '../../contracts/index.ts';
import type { ContractTimeline } from '../../contracts/index.ts';
import { notifyCustomer } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import {
  ConflictError,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
} from '../../shared/errors/index.ts';
import { getProfile } from '../../terms/index.ts';
import { forceMajeureRights } from '../rules/force-majeure-rights.ts';
import type { ForceMajeureParty, ForceMajeureRight } from '../rules/force-majeure-rights.ts';
import { findForceMajeureEvent, forceMajeureServiceRows, markContractEnded } from '../store/force-majeure.ts';
import type { ForceMajeureServiceRow } from '../store/force-majeure.ts';

export const FORCE_MAJEURE_PARTIES: readonly ForceMajeureParty[] = ['customer', 'seller'];

export interface EndContractForForceMajeure {
  readonly eventId: string;
  readonly contractId: string;
  readonly by: ForceMajeureParty;
  /** The day it ends, for the future; default today. */
  readonly on?: Temporal.PlainDate;
  /** bit:6.5: the seller judges the force majeure permanent. */
  readonly permanent?: boolean;
}

export interface ContractEndedForForceMajeure {
  readonly eventId: string;
  readonly contractId: string;
  readonly by: ForceMajeureParty;
  readonly on: string;
  readonly right: ForceMajeureRight;
  readonly services: ForceMajeureServiceRow[];
  readonly timeline: ContractTimeline;
}

/**
 * Ends a contract for the future under a force-majeure event's right (bit:6.4 customer after 30
 * days, bit:6.5 seller when permanent, vn:1.10.4 either party after 3 months), refused with the day
 * the right exists from. The contract is dissolved with the cause `force-majeure`: no remaining-term
 * charge and no damages either way, nothing undone for the past (invoices stand; what was performed
 * before the event became known stays billable, bit:6.6, vn:1.10.3). Its services leave the event's
 * hold; the daily network step closes them from the contract's end. One transaction.
 */
export async function endContractForForceMajeure(
  context: Context,
  input: EndContractForForceMajeure,
): Promise<ContractEndedForForceMajeure> {
  const today = context.clock.today();
  const on = input.on ?? today;
  if (Temporal.PlainDate.compare(on, today) > 0)
    throw new InvalidInputError('on', `${on.toString()} is in the future: record what has happened`);
  if (!FORCE_MAJEURE_PARTIES.includes(input.by))
    throw new InvalidInputError('by', `must be one of ${FORCE_MAJEURE_PARTIES.join(', ')}`);
  if (input.permanent === true && input.by !== 'seller')
    throw new InvalidInputError('permanent', 'only the seller judges force majeure permanent (bit:6.5)');
  return context.db.transaction(async (tx) => {
    const event = await findForceMajeureEvent(tx, input.eventId, { forUpdate: true });
    if (!event) throw new NotFoundError('Force-majeure event', input.eventId);
    const rows = (await forceMajeureServiceRows(tx, { eventId: event.id })).filter(
      (row) => row.contractId === input.contractId,
    );
    if (rows.length === 0)
      throw new InvalidInputError(
        'contractId',
        `contract '${input.contractId}' has no services affected by ${event.id}`,
      );
    const ended = rows.find((row) => row.endedOn !== null);
    if (ended)
      throw new ConflictError(
        `contract ${input.contractId} was ended for ${event.id} on ${ended.endedOn} by the ${ended.endedBy}`,
      );
    const contract = await getContract(tx, input.contractId, on);
    // The checks every ending shares (formed, not ended); the dissolution below repeats them.
    const blocked = contract.actions.terminate;
    if (blocked !== null) throw new ConflictError(`cannot end contract ${contract.id}: ${blocked}`);
    const { profile } = await getProfile(tx, contract.profileId);
    const rights = forceMajeureRights(
      profile.forceMajeure,
      {
        startedOn: Temporal.PlainDate.from(event.startedOn),
        endedOn: event.endedOn ? Temporal.PlainDate.from(event.endedOn) : null,
      },
      on,
      { permanent: input.permanent === true },
    );
    const right = rights[input.by];
    if (!right.mayEnd)
      throw new NotAllowedError(
        `the ${input.by} may not end contract ${input.contractId} for ${event.id} on ${on.toString()}: ${right.why ?? ''}`,
      );
    const timeline = await dissolveContract(
      { ...context, db: tx },
      {
        contractId: input.contractId,
        on,
        forceMajeure: { cause: 'force-majeure', by: input.by, reference: event.id, because: right.because },
      },
    );
    const services = await markContractEnded(tx, {
      eventId: event.id,
      contractId: input.contractId,
      on: on.toString(),
      by: input.by,
    });
    // The services stay held until the network closes them on the contract's end day
    // (close-ended-contracts): lifting the hold now would bring them back up for that short while.
    await notifyCustomer(tx, context, contract.customerId, ['primary', 'technical'], {
      kind: 'force-majeure-contract-ended',
      about: `contract:${contract.id}`,
      subject: `Contract ${contract.id} ends on ${on.toString()} for force majeure ${event.id}`,
      body:
        `Because of the force majeure ${event.id} (${event.description}), contract ${contract.id} is ` +
        `dissolved by the ${input.by} for the future as of ${on.toString()}. No damages are due either ` +
        `way and nothing is undone for the past; what was performed before ${event.knownOn} stays billable.`,
      because: [...right.because],
      payload: { eventId: event.id, contractId: contract.id, on: on.toString(), by: input.by },
    });
    await auditChange(tx, context, {
      action: 'force-majeure.contract-ended',
      subject: { type: 'force-majeure', id: event.id },
      details: { contractId: contract.id, by: input.by, on: on.toString(), because: [...right.because] },
    });
    return {
      eventId: event.id,
      contractId: contract.id,
      by: input.by,
      on: on.toString(),
      right,
      services,
      timeline,
    };
  });
}
