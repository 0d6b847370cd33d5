/*
 * The shapes the customer page reads from the public API (see /openapi.json), as far as it shows them.
 */

export interface Address {
  readonly street: string;
  readonly houseNumber: string;
  readonly houseNumberAddition?: string | null;
  readonly postcode: string;
  readonly city: string;
  readonly country: string;
}

export interface Contact {
  readonly id: number;
  readonly name: string;
  readonly roles: readonly string[];
  readonly email: string | null;
  readonly phoneOfficeHours: string | null;
  readonly phoneOutsideOfficeHours: string | null;
}

export interface CustomerSummary {
  readonly id: string;
  readonly kind: 'business' | 'consumer';
  readonly legalName: string;
  readonly kvkNumber: string | null;
  readonly vatId: string | null;
  readonly iban: string | null;
  readonly email: string;
  readonly billingAddress: Address;
  readonly deliveryAddress: Address | null;
  readonly language: 'nl' | 'en';
  readonly createdAt: string;
}

export interface Customer extends CustomerSummary {
  readonly contacts: readonly Contact[];
  readonly faultReadiness: { readonly ready: boolean; readonly missing: readonly string[] };
}

export interface CustomerOverview {
  readonly customer: Customer;
  readonly sellers: readonly { readonly id: string; readonly legalName: string }[];
  readonly counts: {
    readonly contracts: number;
    readonly networkServices: number;
    readonly openFaults: number;
    readonly cpe: number;
    readonly invoices: number;
    readonly openDunningCases: number;
  };
}

export interface TimelineEvent {
  readonly id: number;
  readonly occurredAt: string;
  readonly actor: string;
  readonly origin: string;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly reason: string | null;
  readonly details: Record<string, unknown>;
}

/** Integer cents as the decimal string formatMoney takes, without floating point: 12345 → "123.45". */
export function centsText(cents: number): string {
  const digits = Math.abs(cents).toString().padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export function addressLine(address: Address): string {
  const number = [address.houseNumber, address.houseNumberAddition].filter(Boolean).join(' ');
  return `${address.street} ${number}, ${address.postcode} ${address.city}${address.country === 'NL' ? '' : `, ${address.country}`}`;
}
