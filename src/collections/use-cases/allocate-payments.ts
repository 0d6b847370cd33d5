import { Temporal } from 'temporal-polyfill';
import type { CustomerKind } from '../../customers/rules/customer-kind.ts';
import type { Context } from '../../platform/context.ts';
import type { TermsProfile } from '../../terms/index.ts';
import type { AccountFacts, AllocationFact } from '../rules/account-facts.ts';
import { openClaims } from '../rules/open-claims.ts';
import type { OpenClaim } from '../rules/open-claims.ts';
import { allocatePayment } from '../rules/payment-allocation.ts';
import type { InterestKind } from '../rules/statutory-interest.ts';
import { accountFacts } from '../store/account.ts';
import { insertAllocations } from '../store/payments.ts';
import type { NewAllocationRow } from '../store/payments.ts';

const PlainDate = Temporal.PlainDate;

/** The statutory interest a customer's kind bears under the seller's terms (bit:11.6, vn:7.1.6). */
export function interestKindOf(profile: TermsProfile, customerKind: CustomerKind): InterestKind {
  return profile.lateInterest[customerKind];
}

/**
 * Puts every payment's unused money on the customer's open claims, oldest payment first, in the order
 * the terms give (bit:11.4; else nl:6:43 and nl:6:44): a new payment, and credit left from an earlier
 * overpayment, which is used first when new claims arrive. Runs inside the caller's transaction.
 */
export async function allocatePayments(
  tx: Context['db'],
  account: { sellerId: string; customerId: string; customerKind: CustomerKind; profile: TermsProfile },
): Promise<number> {
  return allocatePaymentsOn(tx, account, await accountFacts(tx, account.sellerId, account.customerId));
}

/** allocatePayments on the account's facts the caller has just read in the same transaction. */
export async function allocatePaymentsOn(
  tx: Context['db'],
  account: { sellerId: string; customerId: string; customerKind: CustomerKind; profile: TermsProfile },
  facts: AccountFacts,
): Promise<number> {
  const allocations = [...facts.allocations];
  let allocated = 0;
  for (const payment of facts.payments) {
    if (payment.returnedOn !== null) continue;
    const used = allocations
      .filter((a) => a.paymentId === payment.id && a.reversedOn === null)
      .reduce((total, a) => total + a.amountCents, 0);
    const left = payment.amountCents - used;
    if (left <= 0) continue;
    // On its value date first; credit left then pays claims raised later, on the day they arise.
    let remaining = left;
    for (const asOf of allocationDays(facts, payment.valueDate)) {
      if (remaining <= 0) break;
      const claims = openClaims(
        { ...facts, allocations },
        asOf,
        interestKindOf(account.profile, account.customerKind),
      );
      if (claims.length === 0) continue;
      const rows = allocationRows(account, payment, claims, remaining);
      await insertAllocations(tx, rows);
      allocations.push(
        ...rows.map((row): AllocationFact => ({
          ...row,
          invoiceId: row.invoiceId ?? null,
          costClaimId: row.costClaimId ?? null,
          reversedOn: null,
        })),
      );
      const paid = rows.reduce((total, row) => total + row.amountCents, 0);
      remaining -= paid;
      allocated += paid;
    }
  }
  return allocated;
}

function allocationRows(
  account: { customerId: string; profile: TermsProfile },
  payment: AccountFacts['payments'][number],
  claims: readonly OpenClaim[],
  amountCents: number,
): NewAllocationRow[] {
  const result = allocatePayment({
    amountCents,
    paidOn: PlainDate.from(payment.valueDate),
    order: account.profile.allocation.order,
    // A named invoice already paid is no claim any more: the money goes by the terms' order.
    namedClaimId: claims.some((claim) => claim.id === payment.namedInvoiceId)
      ? payment.namedInvoiceId!
      : undefined,
    claims: claims.map((claim) => ({
      ...claim,
      issuedOn: PlainDate.from(claim.issuedOn),
      dueOn: PlainDate.from(claim.dueOn),
    })),
  });
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  return result.value.allocations
    .filter((a) => a.amountCents > 0)
    .map((a) => {
      const claim = claimsById.get(a.claimId)!;
      return {
        paymentId: payment.id,
        customerId: account.customerId,
        invoiceId: claim.kind === 'invoice' ? claim.id : null,
        costClaimId: claim.kind === 'costs' ? claim.id : null,
        component: a.component,
        amountCents: a.amountCents,
        allocatedOn: later(payment.valueDate, claim.issuedOn),
        because: [...result.because],
      };
    });
}

/** The value date, then each later day a claim was raised. */
function allocationDays(facts: AccountFacts, valueDate: string): Temporal.PlainDate[] {
  const raised = [
    ...facts.invoices.filter((i) => i.kind === 'invoice').map((i) => i.issuedOn),
    ...facts.costClaims.map((c) => c.raisedOn),
  ].filter((day) => PlainDate.compare(day, valueDate) > 0);
  return [...new Set([valueDate, ...raised])].sort(PlainDate.compare).map((day) => PlainDate.from(day));
}

function later(a: string, b: string): string {
  return PlainDate.compare(a, b) >= 0 ? a : b;
}
