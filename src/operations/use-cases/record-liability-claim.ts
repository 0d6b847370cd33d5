import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, isBlank, quote } from '../../shared/errors/index.ts';
import { CLAIM_NOTIFICATION_MEANS, LIABILITY_DAMAGE_KINDS } from '../schema.ts';
import { insertLiabilityClaim } from '../store/liability-claims.ts';
import { contractParties } from '../store/seller-terms.ts';
import { liabilityClaimView } from './liability-claim-view.ts';
import type { LiabilityClaimView } from './liability-claim-view.ts';

export interface RecordLiabilityClaim {
  /** The contract the damage is claimed under; its seller and customer are the claim's. */
  readonly contractId: string;
  /** When given, must be the contract's customer. */
  readonly customerId?: string;
  /** direct, indirect (vn:1.8.9) or death-or-injury (vn:1.8.7). */
  readonly damageKind: string;
  readonly claimedCents: number;
  readonly damageOn: Temporal.PlainDate;
  readonly notifiedOn: Temporal.PlainDate;
  /** registered-letter (vn:1.8.12), letter, email, phone or other. */
  readonly notifiedBy: string;
  readonly description: string;
}

const MAX_TEXT = 4000;

/**
 * Records a liability claim as notified (bit:8.6, vn:1.8): the damage, its kind and day, when and how
 * it was notified. Nothing is refused for coming late or by e-mail: the answer carries the cap and the
 * vn:1.8.12 flags, computed from the contract's facts, for the person who decides.
 */
export async function recordLiabilityClaim(
  context: Context,
  input: RecordLiabilityClaim,
): Promise<LiabilityClaimView> {
  const today = context.clock.today();
  const checkedInput = checked(input, today);
  return context.db.transaction(async (tx) => {
    const parties = await contractParties(tx, input.contractId);
    if (!parties) throw new InvalidInputError('contractId', `no contract ${quote(input.contractId)}`);
    if (input.customerId !== undefined && input.customerId !== parties.customerId)
      throw new InvalidInputError(
        'customerId',
        `contract ${quote(input.contractId)} is with customer ${quote(parties.customerId)}, not ${quote(input.customerId)}`,
      );
    const row = await insertLiabilityClaim(tx, {
      sellerId: parties.sellerId,
      customerId: parties.customerId,
      contractId: input.contractId,
      ...checkedInput,
      recordedAt: context.clock.now().toString(),
      recordedBy: context.actor.id,
    });
    const view = await liabilityClaimView(tx, row, today);
    await auditChange(tx, context, {
      action: 'liability-claim.recorded',
      subject: { type: 'liability-claim', id: row.id },
      details: {
        contractId: row.contractId,
        damageKind: row.damageKind,
        claimedCents: row.claimedCents,
        capCents: view.cap.capCents,
        payableCents: view.cap.payableCents,
        flags: view.flags,
        because: view.because,
      },
    });
    return view;
  });
}

function checked(input: RecordLiabilityClaim, today: Temporal.PlainDate) {
  const checks = new FieldChecks();
  if (isBlank(input.contractId)) checks.add('contractId', 'is required');
  const damageKind = LIABILITY_DAMAGE_KINDS.find((kind) => kind === input.damageKind);
  if (!damageKind)
    checks.add('damageKind', `${quote(input.damageKind)} is not one of ${LIABILITY_DAMAGE_KINDS.join(', ')}`);
  const notifiedBy = CLAIM_NOTIFICATION_MEANS.find((means) => means === input.notifiedBy);
  if (!notifiedBy)
    checks.add(
      'notifiedBy',
      `${quote(input.notifiedBy)} is not one of ${CLAIM_NOTIFICATION_MEANS.join(', ')}`,
    );
  if (!Number.isSafeInteger(input.claimedCents) || input.claimedCents <= 0)
    checks.add('claimedCents', 'must be a whole number of cents above 0');
  const cmp = Temporal.PlainDate.compare;
  const damageDay = input.damageOn instanceof Temporal.PlainDate;
  const noticeDay = input.notifiedOn instanceof Temporal.PlainDate;
  if (!damageDay) checks.add('damageOn', 'is required (YYYY-MM-DD)');
  else if (cmp(input.damageOn, today) > 0)
    checks.add('damageOn', `${input.damageOn.toString()} is after today`);
  if (!noticeDay) checks.add('notifiedOn', 'is required (YYYY-MM-DD)');
  else if (cmp(input.notifiedOn, today) > 0)
    checks.add('notifiedOn', `${input.notifiedOn.toString()} is after today`);
  else if (damageDay && cmp(input.notifiedOn, input.damageOn) < 0)
    checks.add(
      'notifiedOn',
      `${input.notifiedOn.toString()} is before the damage of ${input.damageOn.toString()}`,
    );
  const description = typeof input.description === 'string' ? input.description.trim() : '';
  if (description === '' || description.length > MAX_TEXT)
    checks.add('description', `is required, at most ${MAX_TEXT} characters: what the damage is`);
  checks.throwIfAny();
  return {
    damageKind: damageKind!,
    notifiedBy: notifiedBy!,
    claimedCents: input.claimedCents,
    damageOn: input.damageOn.toString(),
    notifiedOn: input.notifiedOn.toString(),
    description,
  };
}
