import type { MandateRow } from '../store/direct-debits.ts';

/** A SEPA direct-debit mandate as the API and CLI show it. */
export interface MandateView {
  readonly id: string;
  readonly sellerId: string;
  readonly customerId: string;
  readonly scheme: 'CORE' | 'B2B';
  readonly iban: string;
  readonly debtorName: string;
  readonly signedOn: string;
  /** The due date of the first collection of the series (FRST); null until then. */
  readonly firstCollectedOn: string | null;
  readonly revokedOn: string | null;
  readonly state: 'active' | 'revoked';
}

export function mandateView(row: MandateRow): MandateView {
  return {
    id: row.id,
    sellerId: row.sellerId,
    customerId: row.customerId,
    scheme: row.scheme,
    iban: row.iban,
    debtorName: row.debtorName,
    signedOn: row.signedOn,
    firstCollectedOn: row.firstCollectedOn,
    revokedOn: row.revokedOn,
    state: row.revokedOn === null ? 'active' : 'revoked',
  };
}
