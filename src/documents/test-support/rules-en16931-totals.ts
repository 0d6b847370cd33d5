import { each, rule, type PeppolRule } from './peppol-rule.ts';
import {
  all,
  decimal,
  decimalAt,
  decimalsOf,
  exists,
  roundToCents,
  sum,
  text,
  type XmlElement,
} from './ubl-query.ts';

/*
 * The EN 16931 rules on the document totals (CEN-EN16931-UBL): how they are calculated (BR-CO-10…
 * BR-CO-25) and how many decimals they have (BR-DEC-*). Sums are exact, rounded to the cent where
 * the schematron rounds.
 */

const TOTAL = 'cac:LegalMonetaryTotal';

const amountAt = (el: XmlElement, path: string): bigint => decimalAt(el, path);

const calculations: PeppolRule[] = [
  rule('BR-CO-10', 'Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).', (d) =>
    each(
      d,
      TOTAL,
      (t) =>
        amountAt(t, 'cbc:LineExtensionAmount') ===
        roundToCents(sum(d.lines.map((l) => amountAt(l, 'cbc:LineExtensionAmount')))),
    ),
  ),
  rule(
    'BR-CO-13',
    'Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-131) - Sum of allowances on document level (BT-107) + Sum of charges on document level (BT-108).',
    (d) =>
      each(
        d,
        TOTAL,
        (t) =>
          amountAt(t, 'cbc:TaxExclusiveAmount') ===
          roundToCents(
            amountAt(t, 'cbc:LineExtensionAmount') +
              amountAt(t, 'cbc:ChargeTotalAmount') -
              amountAt(t, 'cbc:AllowanceTotalAmount'),
          ),
      ),
  ),
  rule('BR-CO-14', 'Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).', (d) =>
    each(
      d,
      'cac:TaxTotal',
      (t) =>
        !exists(t, 'cac:TaxSubtotal') ||
        amountAt(t, 'cbc:TaxAmount') ===
          roundToCents(sum(all(t, 'cac:TaxSubtotal').map((s) => amountAt(s, 'cbc:TaxAmount')))),
    ),
  ),
  rule(
    'BR-CO-15',
    'Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110).',
    (d) => {
      const currency = text(d.root, 'cbc:DocumentCurrencyCode');
      const vat = all(d.root, 'cac:TaxTotal/cbc:TaxAmount').filter(
        (a) => a.getAttribute('currencyID') === currency,
      );
      return (
        amountAt(d.root, `${TOTAL}/cbc:TaxInclusiveAmount`) ===
        roundToCents(
          amountAt(d.root, `${TOTAL}/cbc:TaxExclusiveAmount`) + sum(vat.map((a) => decimal(text(a)) ?? 0n)),
        )
      );
    },
  ),
  rule(
    'BR-CO-16',
    'Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) +Rounding amount (BT-114).',
    (d) =>
      each(
        d,
        TOTAL,
        (t) =>
          amountAt(t, 'cbc:PayableAmount') ===
          roundToCents(
            amountAt(t, 'cbc:TaxInclusiveAmount') -
              amountAt(t, 'cbc:PrepaidAmount') +
              amountAt(t, 'cbc:PayableRoundingAmount'),
          ),
      ),
  ),
  rule('BR-CO-18', 'An Invoice shall at least have one VAT breakdown group (BG-23).', (d) =>
    exists(d.root, 'cac:TaxTotal/cac:TaxSubtotal'),
  ),
  rule(
    'BR-CO-25',
    'In case the Amount due for payment (BT-115) is positive, either the Payment due date (BT-9) or the Payment terms (BT-20) shall be present.',
    (d) =>
      d.creditNote
        ? []
        : each(
            d,
            `${TOTAL}/cbc:PayableAmount`,
            (p) =>
              (decimal(text(p)) ?? 0n) <= 0n ||
              exists(d.root, '//cbc:DueDate') ||
              exists(d.root, 'cac:PaymentTerms/cbc:Note'),
          ),
  ),
];

/** BR-DEC-09 … BR-DEC-18: the document totals have at most two decimals, where present. */
const totalDecimals: PeppolRule[] = [
  ['BR-DEC-09', 'LineExtensionAmount', 'Sum of Invoice line net amount (BT-106)'],
  ['BR-DEC-10', 'AllowanceTotalAmount', 'Sum of allowanced on document level (BT-107)'],
  ['BR-DEC-11', 'ChargeTotalAmount', 'Sum of charges on document level (BT-108)'],
  ['BR-DEC-12', 'TaxExclusiveAmount', 'Invoice total amount without VAT (BT-109)'],
  ['BR-DEC-14', 'TaxInclusiveAmount', 'Invoice total amount with VAT (BT-112)'],
  ['BR-DEC-16', 'PrepaidAmount', 'Paid amount (BT-113)'],
  ['BR-DEC-17', 'PayableRoundingAmount', 'Rounding amount (BT-114)'],
  ['BR-DEC-18', 'PayableAmount', 'Amount due for payment (BT-115)'],
].map(([id, element, term]) =>
  rule(id as string, `The allowed maximum number of decimals for the ${term} is 2.`, (d) =>
    each(d, TOTAL, (t) => decimalsOf(text(t, `cbc:${element}`)) <= 2),
  ),
);

const vatTotalDecimals = rule(
  'BR-DEC-13',
  'The allowed maximum number of decimals for the Invoice total VAT amount (BT-110) is 2.',
  (d) => {
    const currency = text(d.root, 'cbc:DocumentCurrencyCode');
    return all(d.root, 'cac:TaxTotal/cbc:TaxAmount')
      .filter((a) => a.getAttribute('currencyID') === currency)
      .map((a) => decimalsOf(text(a)) <= 2);
  },
);

export const EN16931_TOTAL_RULES: readonly PeppolRule[] = [
  ...calculations,
  ...totalDecimals,
  vatTotalDecimals,
];
