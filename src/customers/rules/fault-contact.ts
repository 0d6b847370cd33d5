import type { ContactRole } from './contact-fields.ts';

/*
 * vn:6.4.9: a fault report contains at least the reporter's name, the customer's name, a contact
 * person and a phone number to reach during the fault, the complaint, a phone number to reach the
 * reporter in and outside office hours, and the locations of the link's end points. The customer
 * record carries the standing part of that: a contact with the role `fault` and the two phone
 * numbers. They may be spread over several fault contacts (a desk by day, an on-call number at
 * night). Missing items are named by the fields that would hold them.
 */

export interface FaultContactFacts {
  readonly roles: readonly ContactRole[];
  readonly phoneOfficeHours: string | null;
  readonly phoneOutsideOfficeHours: string | null;
}

export const FAULT_READINESS_ITEMS = [
  'faultContact',
  'faultContact.phoneOfficeHours',
  'faultContact.phoneOutsideOfficeHours',
] as const;
export type FaultReadinessItem = (typeof FAULT_READINESS_ITEMS)[number];

export interface FaultReadiness {
  /** True when the customer's contacts give what a fault report needs of them (vn:6.4.9). */
  readonly ready: boolean;
  readonly missing: FaultReadinessItem[];
}

export function faultReadiness(contacts: readonly FaultContactFacts[]): FaultReadiness {
  const fault = contacts.filter((contact) => contact.roles.includes('fault'));
  const missing: FaultReadinessItem[] = [];
  if (fault.length === 0) missing.push('faultContact');
  if (!fault.some((contact) => contact.phoneOfficeHours !== null))
    missing.push('faultContact.phoneOfficeHours');
  if (!fault.some((contact) => contact.phoneOutsideOfficeHours !== null))
    missing.push('faultContact.phoneOutsideOfficeHours');
  return { ready: missing.length === 0, missing };
}
