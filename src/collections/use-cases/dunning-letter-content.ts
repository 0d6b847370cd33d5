import type { DunningLetter, LetterCost } from '../../documents/dunning-letter-pdf.ts';
import type { DunningStep } from '../rules/dunning-ladder.ts';
import type { OpenClaim } from '../rules/open-claims.ts';
import type { InterestKind } from '../rules/statutory-interest.ts';
import type { CustomerRow, SellerRow } from '../store/parties.ts';

/** The overdue, undisputed part of each invoice on the day (bit:9.5: a disputed part is left out). */
export function overdueInvoices(open: readonly OpenClaim[], asOf: string): OpenClaim[] {
  return open.filter(
    (claim) =>
      claim.kind === 'invoice' && claim.dueOn < asOf && claim.principalCents - claim.disputedCents > 0,
  );
}

/** A letter of the ladder as it is sent: the claims, costs and terms of the day, snapshotted. */
export function letterContent(input: {
  step: DunningStep;
  date: string;
  seller: SellerRow;
  customer: CustomerRow;
  open: readonly OpenClaim[];
  interestKind: InterestKind;
  payBy: string | null;
  paymentReference: string | null;
  extra: Partial<Pick<DunningLetter, 'warnedCostsCents' | 'collectionCostsMethod' | 'services' | 'termDays'>>;
}): DunningLetter {
  const { seller, customer } = input;
  const costs: LetterCost[] = input.open
    .filter((claim) => claim.costKind !== null)
    .map((claim) => ({
      kind: claim.costKind!,
      raisedOn: claim.issuedOn,
      amountCents: claim.costsCents,
    }));
  return {
    step: input.step,
    language: customer.language,
    reference: null,
    date: input.date,
    seller: {
      legalName: seller.legalName,
      address: seller.address,
      kvkNumber: seller.kvkNumber,
      vatId: seller.vatId,
      iban: seller.iban,
      bic: seller.bic,
      email: seller.email,
    },
    customer: {
      legalName: customer.legalName,
      address: customer.billingAddress,
      customerNumber: customer.id,
    },
    claims: overdueInvoices(input.open, input.date).map((claim) => ({
      invoiceNumber: claim.number,
      invoiceDate: claim.issuedOn,
      dueDate: claim.dueOn,
      openPrincipalCents: claim.principalCents - claim.disputedCents,
      interestCents: claim.interestCents,
    })),
    interestKind: input.interestKind,
    costs,
    payBy: input.payBy,
    paymentReference: input.paymentReference,
    ...input.extra,
  };
}
