import { Temporal } from 'temporal-polyfill';
import { complaintDeadline } from '../../contracts/rules/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { findCustomer, sellerWithTerms } from '../store/parties.ts';
import { findIssuedInvoice, insertComplaint, insertDispute } from '../store/disputes.ts';
import type { ComplaintRow, DisputeRow } from '../store/disputes.ts';

export const COMPLAINT_CHANNELS = ['letter', 'email', 'portal', 'phone'] as const;

export interface RecordComplaint {
  readonly sellerId: string;
  readonly customerId: string;
  readonly about: 'delivery' | 'invoice';
  /** For a complaint about an invoice: its number; the deadline counts from its date (bit:9.2). */
  readonly invoiceNumber?: string;
  /** For a complaint about a delivery: the delivery date (bit:9.1). */
  readonly deliveredOn?: Temporal.PlainDate;
  readonly receivedOn: Temporal.PlainDate;
  readonly channel: (typeof COMPLAINT_CHANNELS)[number];
  readonly description: string;
  /** The part of the invoice (incl. VAT) the customer disputes: out of dunning while open (bit:9.5). */
  readonly disputedCents?: number;
}

const MAX_TEXT = 2000;

/**
 * Records a complaint with its date and channel. Its deadline follows bit:9.1 / bit:9.2 in working days
 * (nl:workdays); one received later is kept but marked out of time (bit:9.3). A complaint about an
 * invoice may dispute part of it: that part, and only that part, leaves reminders, interest and
 * collection costs until the dispute is resolved (bit:9.5).
 */
export async function recordComplaint(
  context: Context,
  input: RecordComplaint,
): Promise<{ complaint: ComplaintRow; dispute: DisputeRow | null }> {
  const checks = new FieldChecks();
  if (isBlank(input.sellerId)) checks.add('sellerId', 'is required');
  if (isBlank(input.customerId)) checks.add('customerId', 'is required');
  if (input.about !== 'delivery' && input.about !== 'invoice')
    checks.add('about', 'must be delivery or invoice');
  if (input.about === 'invoice' && isBlank(input.invoiceNumber))
    checks.add('invoiceNumber', 'is required for an invoice complaint');
  if (input.about === 'delivery' && !(input.deliveredOn instanceof Temporal.PlainDate))
    checks.add('deliveredOn', 'is required for a delivery complaint (YYYY-MM-DD)');
  if (!(input.receivedOn instanceof Temporal.PlainDate)) checks.add('receivedOn', 'is required (YYYY-MM-DD)');
  if (!COMPLAINT_CHANNELS.includes(input.channel))
    checks.add('channel', `must be one of ${COMPLAINT_CHANNELS.join(', ')}`);
  const description = typeof input.description === 'string' ? input.description.trim() : '';
  if (description === '' || description.length > MAX_TEXT)
    checks.add('description', `is required, at most ${MAX_TEXT} characters`);
  if (input.disputedCents !== undefined) {
    if (input.about !== 'invoice')
      checks.add('disputedCents', 'only a complaint about an invoice disputes an amount');
    else if (!Number.isSafeInteger(input.disputedCents) || input.disputedCents <= 0)
      checks.add('disputedCents', 'must be a whole number of cents above 0');
  }
  checks.throwIfAny();
  return context.db.transaction(async (tx) => {
    const { profile } = await sellerWithTerms(tx, input.sellerId);
    const customer = await findCustomer(tx, input.customerId);
    if (!customer) throw new InvalidInputError('customerId', `no customer '${input.customerId}'`);
    const invoice =
      input.about === 'invoice'
        ? await findIssuedInvoice(tx, input.sellerId, input.invoiceNumber!)
        : undefined;
    if (input.about === 'invoice' && (invoice?.customerId !== customer.id || invoice.kind !== 'invoice'))
      throw new InvalidInputError(
        'invoiceNumber',
        `no issued invoice '${input.invoiceNumber}' to customer '${customer.id}'`,
      );
    if (invoice && input.disputedCents !== undefined && input.disputedCents > invoice.totalCents)
      throw new InvalidInputError(
        'disputedCents',
        `is more than the invoice's total of ${invoice.totalCents} cents`,
      );
    const countsFrom = invoice ? Temporal.PlainDate.from(invoice.issuedOn!) : input.deliveredOn!;
    const deadline = profile.complaints?.[
      input.about === 'invoice' ? 'invoiceWorkingDays' : 'deliveryWorkingDays'
    ]
      ? complaintDeadline(profile, input.about, countsFrom)
      : null;
    const inTime = deadline === null || Temporal.PlainDate.compare(input.receivedOn, deadline.value) <= 0;
    // bit:9.3: past the deadline the invoice counts as approved; nothing of it can be disputed.
    if (!inTime && input.disputedCents !== undefined)
      throw new InvalidInputError(
        'disputedCents',
        `the complaint is out of time (deadline ${deadline!.value.toString()}): the invoice counts as approved, so no part of it is disputed; record the complaint without an amount`,
      );
    const complaint = await insertComplaint(tx, {
      sellerId: input.sellerId,
      customerId: customer.id,
      about: input.about,
      invoiceId: invoice?.id ?? null,
      countsFrom: countsFrom.toString(),
      receivedOn: input.receivedOn.toString(),
      channel: input.channel,
      description,
      deadline: deadline?.value.toString() ?? null,
      inTime,
      because: deadline ? [...deadline.because] : [],
      recordedAt: context.clock.now().toString(),
      recordedBy: context.actor.id,
    });
    const dispute =
      invoice && input.disputedCents !== undefined
        ? await insertDispute(tx, {
            invoiceId: invoice.id,
            customerId: customer.id,
            complaintId: complaint.id,
            amountCents: input.disputedCents,
            reason: description,
            openedOn: input.receivedOn.toString(),
            state: 'open',
          })
        : null;
    await auditChange(tx, context, {
      action: 'complaint.recorded',
      subject: { type: 'complaint', id: complaint.id },
      details: { inTime, deadline: complaint.deadline, disputeId: dispute?.id ?? null },
    });
    return { complaint, dispute };
  });
}
