import type { PeppolRule, Violation } from './peppol-rule.ts';
import { EN16931_RULES } from './rules-en16931.ts';
import { EN16931_TOTAL_RULES } from './rules-en16931-totals.ts';
import { NL_RULES } from './rules-nl.ts';
import { PEPPOL_RULES } from './rules-peppol.ts';
import { VAT_RULES } from './rules-vat.ts';
import { parseUbl } from './ubl-query.ts';

/*
 * A stand-in for the official Peppol validation artifacts (CEN-EN16931-UBL and PEPPOL-EN16931-UBL
 * schematron, with the Dutch NL-R rules), which no npm package ships and this machine cannot
 * fetch. It implements, by official id and assertion text, the rules our invoices and credit notes
 * meet or could break, as checks over the parsed XML. It is test support: the documents are
 * checked with it, and it is checked with hand-broken documents (peppol-rules.test.ts).
 *
 * Not checked: the UBL 2.1 XSD itself (element order is asserted in invoice-ubl.test.ts), code
 * lists beyond the EAS list, and the rules for categories we never invoice with (E, G, K, O, L, M).
 */

export type { Violation } from './peppol-rule.ts';

export const CHECKED_RULES: readonly PeppolRule[] = [
  ...EN16931_RULES,
  ...EN16931_TOTAL_RULES,
  ...VAT_RULES,
  ...PEPPOL_RULES,
  ...NL_RULES,
];

/** The broken rules of a UBL invoice or credit note, one entry per place a rule is broken. */
export function validatePeppol(xml: string): Violation[] {
  const doc = parseUbl(xml);
  return CHECKED_RULES.flatMap((checked) => {
    const results = checked.check(doc);
    const failures = (typeof results === 'boolean' ? [results] : results).filter((ok) => !ok).length;
    return Array.from({ length: failures }, () => ({ id: checked.id, message: checked.message }));
  });
}
