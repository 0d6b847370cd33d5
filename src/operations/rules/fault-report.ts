import { asRecord, FieldChecks, InvalidInputError, isBlank } from '../../shared/errors/index.ts';
import { phoneNumber } from '../../shared/identifiers/phone-number.ts';
import { requiredText } from '../../shared/identifiers/required-text.ts';

/** What vn:6.4.9 asks a report to hold, as `FaultReportText` of the schema (rules do not import it). */
export interface FaultReportText {
  readonly reporterName: string;
  readonly customerName: string;
  readonly contactPerson: string;
  readonly contactPhone: string;
  readonly description: string;
  readonly phoneOfficeHours: string;
  readonly phoneOutsideOfficeHours: string;
  readonly endPointA: string;
  readonly endPointB: string;
}

/** vn:6.4.9: what a fault report holds at least, each item with the words the terms use for it. */
export const FAULT_REPORT_ITEMS: readonly {
  readonly field: keyof FaultReportText;
  readonly what: string;
  readonly phone: boolean;
}[] = [
  { field: 'reporterName', what: 'the name of the person reporting the fault', phone: false },
  { field: 'customerName', what: "the end user's name", phone: false },
  { field: 'contactPerson', what: 'the contact person during the fault', phone: false },
  { field: 'contactPhone', what: "the contact person's phone number during the fault", phone: true },
  { field: 'description', what: 'a description of the complaint', phone: false },
  { field: 'phoneOfficeHours', what: 'a phone number for the reporter during office hours', phone: true },
  {
    field: 'phoneOutsideOfficeHours',
    what: 'a phone number for the reporter outside office hours',
    phone: true,
  },
  { field: 'endPointA', what: "the location of the link's first end point", phone: false },
  { field: 'endPointB', what: "the location of the link's other end point", phone: false },
];

/** Longest text kept for one item: a report is a form, not a document. */
export const MAX_REPORT_TEXT = 4000;

/**
 * vn:6.4.9: reads a fault report as received. A report missing any item is refused once, with one
 * problem per missing item (`<prefix><field>`), each naming the rule; phone numbers are kept in
 * E.164 (a number without a country code read as Dutch); unknown fields are refused too.
 */
export function readFaultReport(input: unknown, prefix = ''): FaultReportText {
  const record = asRecord(input, prefix === '' ? 'report' : prefix.replace(/\.$/u, ''), 'an object');
  const checks = new FieldChecks();
  checks.unknownFields(
    record,
    FAULT_REPORT_ITEMS.map((item) => item.field),
    prefix,
  );
  const read: Partial<Record<keyof FaultReportText, string>> = {};
  for (const item of FAULT_REPORT_ITEMS) {
    const field = `${prefix}${item.field}`;
    const value = record[item.field];
    if (isBlank(value)) {
      // vn:6.4.9
      checks.add(field, `is missing: a fault report must hold ${item.what} (vn:6.4.9)`);
      continue;
    }
    read[item.field] = checks.check(() => {
      const text = requiredText(value, field);
      if (text.length > MAX_REPORT_TEXT)
        throw new InvalidInputError(field, `is longer than ${MAX_REPORT_TEXT} characters`);
      return item.phone ? phoneNumber(text, field) : text;
    });
  }
  checks.throwIfAny();
  return read as FaultReportText;
}
