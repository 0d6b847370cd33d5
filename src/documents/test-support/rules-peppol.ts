import { rule, type PeppolRule } from './peppol-rule.ts';
import {
  all,
  decimal,
  decimalAt,
  divide,
  elementsOf,
  exists,
  fixed,
  sum,
  text,
  times,
  type UblDocument,
  type XmlElement,
} from './ubl-query.ts';

/*
 * The Peppol BIS Billing 3.0 rules (PEPPOL-EN16931-UBL schematron) that concern our documents.
 * Its national rules for Dutch suppliers are in rules-nl.ts.
 */

const CUSTOMIZATION = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
const PROFILE = /^urn:fdc:peppol\.eu:2017:poacc:billing:([0-9]{2}):1\.0$/;

/** The Peppol EAS code list (PEPPOL-EN16931-CL008). Peppol does not carry the EN 16931 "EM" (e-mail) scheme. */
const PEPPOL_EAS = new Set(
  (
    '0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0151 0183 0184 0188 0190 0191 0192 0193 ' +
    '0195 0196 0198 0199 0200 0201 0202 0204 0208 0209 0210 0211 0212 0213 0215 0216 0218 0221 0230 9901 ' +
    '9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 ' +
    '9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959'
  ).split(' '),
);

/** The amounts whose currency must be the document's (PEPPOL-EN16931-R051). */
const AMOUNTS = [
  'Amount',
  'BaseAmount',
  'PriceAmount',
  'TaxableAmount',
  'LineExtensionAmount',
  'TaxExclusiveAmount',
  'TaxInclusiveAmount',
  'AllowanceTotalAmount',
  'ChargeTotalAmount',
  'PrepaidAmount',
  'PayableRoundingAmount',
  'PayableAmount',
];
const DATES = [
  'IssueDate',
  'DueDate',
  'TaxPointDate',
  'StartDate',
  'EndDate',
  'ActualDeliveryDate',
  'PaymentDueDate',
];

function allElements(element: XmlElement): XmlElement[] {
  return elementsOf(element).flatMap((child) => [child, ...allElements(child)]);
}

const allowanceCharges = (d: UblDocument): XmlElement[] => [
  ...all(d.root, 'cac:AllowanceCharge'),
  ...d.lines.flatMap((l) => all(l, 'cac:AllowanceCharge')),
];

const documentLevel: PeppolRule[] = [
  rule('PEPPOL-EN16931-R001', 'Business process MUST be provided.', (d) => exists(d.root, 'cbc:ProfileID')),
  rule(
    'PEPPOL-EN16931-R007',
    "Business process MUST be in the format 'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0' where NN indicates the process number.",
    (d) => PROFILE.test(text(d.root, 'cbc:ProfileID')),
  ),
  rule(
    'PEPPOL-EN16931-R002',
    'No more than one note is allowed on document level.',
    (d) => all(d.root, 'cbc:Note').length <= 1,
  ),
  rule(
    'PEPPOL-EN16931-R003',
    'A buyer reference or purchase order reference MUST be provided.',
    (d) => exists(d.root, 'cbc:BuyerReference') || exists(d.root, 'cac:OrderReference/cbc:ID'),
  ),
  rule('PEPPOL-EN16931-R004', `Specification identifier MUST have the value '${CUSTOMIZATION}'.`, (d) =>
    text(d.root, 'cbc:CustomizationID').startsWith(CUSTOMIZATION),
  ),
  rule(
    'PEPPOL-EN16931-R005',
    'VAT accounting currency code MUST be different from invoice currency code when provided.',
    (d) =>
      all(d.root, 'cbc:TaxCurrencyCode').map((c) => text(c) !== text(d.root, 'cbc:DocumentCurrencyCode')),
  ),
  rule(
    'PEPPOL-EN16931-R006',
    'Only one invoiced object is allowed on document level',
    (d) =>
      all(d.root, 'cac:AdditionalDocumentReference').filter((r) => text(r, 'cbc:DocumentTypeCode') === '130')
        .length <= 1,
  ),
  rule('PEPPOL-EN16931-R008', 'Document MUST not contain empty elements.', (d) =>
    allElements(d.root).map((el) => elementsOf(el).length > 0 || text(el) !== ''),
  ),
  rule(
    'PEPPOL-EN16931-R053',
    'Only one tax total with tax subtotals MUST be provided.',
    (d) => all(d.root, 'cac:TaxTotal').filter((t) => exists(t, 'cac:TaxSubtotal')).length === 1,
  ),
  rule(
    'PEPPOL-EN16931-R054',
    'Only one tax total without tax subtotals MUST be provided when tax currency code is provided.',
    (d) =>
      all(d.root, 'cac:TaxTotal').filter((t) => !exists(t, 'cac:TaxSubtotal')).length ===
      (exists(d.root, 'cbc:TaxCurrencyCode') ? 1 : 0),
  ),
  rule(
    'PEPPOL-EN16931-R080',
    'Only one project reference is allowed on document level',
    (d) =>
      all(d.root, 'cac:AdditionalDocumentReference').filter((r) => text(r, 'cbc:DocumentTypeCode') === '50')
        .length <= 1,
  ),
  rule('PEPPOL-EN16931-R010', 'Buyer electronic address MUST be provided', (d) =>
    all(d.root, 'cac:AccountingCustomerParty/cac:Party').map((p) => exists(p, 'cbc:EndpointID')),
  ),
  rule('PEPPOL-EN16931-R020', 'Seller electronic address MUST be provided', (d) =>
    all(d.root, 'cac:AccountingSupplierParty/cac:Party').map((p) => exists(p, 'cbc:EndpointID')),
  ),
  rule(
    'PEPPOL-EN16931-R051',
    'All currencyID attributes must have the same value as the invoice currency code (BT-5), except for the invoice total VAT amount in accounting currency (BT-111).',
    (d) => {
      const currency = text(d.root, 'cbc:DocumentCurrencyCode');
      const amounts = [
        ...AMOUNTS.flatMap((name) => all(d.root, `//cbc:${name}`)),
        ...all(d.root, 'cac:TaxTotal')
          .filter((t) => exists(t, 'cac:TaxSubtotal'))
          .flatMap((t) => all(t, 'cbc:TaxAmount')),
      ];
      return amounts.map((a) => a.getAttribute('currencyID') === currency);
    },
  ),
  rule('PEPPOL-EN16931-R061', 'Mandate reference MUST be provided for direct debit.', (d) =>
    all(d.root, 'cac:PaymentMeans')
      .filter((m) => ['49', '59'].includes(text(m, 'cbc:PaymentMeansCode')))
      .map((m) => exists(m, 'cac:PaymentMandate/cbc:ID')),
  ),
  rule(
    'PEPPOL-EN16931-CL008',
    'Electronic address identifier scheme must be from the codelist "Electronic Address Identifier Scheme"',
    (d) =>
      all(d.root, '//cbc:EndpointID')
        .filter((e) => e.hasAttribute('schemeID'))
        .map((e) => PEPPOL_EAS.has(e.getAttribute('schemeID') ?? '')),
  ),
  rule('PEPPOL-EN16931-F001', 'A date MUST be formatted YYYY-MM-DD.', (d) =>
    DATES.flatMap((name) => all(d.root, `//cbc:${name}`)).map(
      (el) => /^\d{4}-\d{2}-\d{2}$/.test(text(el)) && !Number.isNaN(Date.parse(text(el))),
    ),
  ),
  rule('PEPPOL-EN16931-P0100', 'Invoice type code MUST be set according to the profile.', (d) =>
    all(d.root, 'cbc:InvoiceTypeCode').map((c) =>
      '71 80 82 84 102 218 219 331 380 382 383 386 388 393 395 553 575 623 780 817 870 875 876 877'
        .split(' ')
        .includes(text(c)),
    ),
  ),
  rule('PEPPOL-EN16931-P0101', 'Credit note type code MUST be set according to the profile.', (d) =>
    all(d.root, 'cbc:CreditNoteTypeCode').map((c) => ['381', '396', '81', '83', '532'].includes(text(c))),
  ),
];

const allowanceChargeRules: PeppolRule[] = [
  rule(
    'PEPPOL-EN16931-R040',
    'Allowance/charge amount must equal base amount * percentage/100 if base amount and percentage exists',
    (d) =>
      allowanceCharges(d)
        .filter((a) => exists(a, 'cbc:MultiplierFactorNumeric') && exists(a, 'cbc:BaseAmount'))
        .map((a) => {
          const expected = divide(
            times(decimalAt(a, 'cbc:BaseAmount'), decimalAt(a, 'cbc:MultiplierFactorNumeric')),
            fixed(100),
          );
          const difference = decimalAt(a, 'cbc:Amount') - expected;
          return difference <= fixed(2) / 100n && difference >= -fixed(2) / 100n;
        }),
  ),
  rule(
    'PEPPOL-EN16931-R041',
    'Allowance/charge base amount MUST be provided when allowance/charge percentage is provided.',
    (d) =>
      allowanceCharges(d).map(
        (a) => !exists(a, 'cbc:MultiplierFactorNumeric') || exists(a, 'cbc:BaseAmount'),
      ),
  ),
  rule(
    'PEPPOL-EN16931-R042',
    'Allowance/charge percentage MUST be provided when allowance/charge base amount is provided.',
    (d) =>
      allowanceCharges(d).map(
        (a) => !exists(a, 'cbc:BaseAmount') || exists(a, 'cbc:MultiplierFactorNumeric'),
      ),
  ),
  rule('PEPPOL-EN16931-R043', "Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'", (d) =>
    allowanceCharges(d).map((a) => ['true', 'false'].includes(text(a, 'cbc:ChargeIndicator'))),
  ),
];

const lineRules: PeppolRule[] = [
  rule('PEPPOL-EN16931-R110', 'Start date of line period MUST be within invoice period.', (d) => {
    const start = text(d.root, 'cac:InvoicePeriod/cbc:StartDate');
    return start === ''
      ? []
      : d.lines.flatMap((l) => all(l, 'cac:InvoicePeriod/cbc:StartDate')).map((s) => text(s) >= start);
  }),
  rule('PEPPOL-EN16931-R111', 'End date of line period MUST be within invoice period.', (d) => {
    const end = text(d.root, 'cac:InvoicePeriod/cbc:EndDate');
    return end === ''
      ? []
      : d.lines.flatMap((l) => all(l, 'cac:InvoicePeriod/cbc:EndDate')).map((e) => text(e) <= end);
  }),
  rule(
    'PEPPOL-EN16931-R120',
    'Invoice line net amount MUST equal (Invoiced quantity * (Item net price/item price base quantity) + Sum of invoice line charge amount - sum of invoice line allowance amount',
    (d) =>
      d.lines.map((l) => {
        const quantity =
          decimal(text(l, d.creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity')) ?? fixed(1);
        const base = decimal(text(l, 'cac:Price/cbc:BaseQuantity'));
        const price = divide(
          decimalAt(l, 'cac:Price/cbc:PriceAmount'),
          base === null || base === 0n ? fixed(1) : base,
        );
        const lineAmounts = (charge: boolean) =>
          sum(
            all(l, 'cac:AllowanceCharge')
              .filter((a) => text(a, 'cbc:ChargeIndicator') === String(charge))
              .map((a) => decimalAt(a, 'cbc:Amount')),
          );
        const difference =
          decimalAt(l, 'cbc:LineExtensionAmount') -
          (times(quantity, price) + lineAmounts(true) - lineAmounts(false));
        return difference <= fixed(2) / 100n && difference >= -fixed(2) / 100n;
      }),
  ),
  rule('PEPPOL-EN16931-R121', 'Base quantity MUST be a positive number above zero.', (d) =>
    d.lines
      .filter((l) => exists(l, 'cac:Price/cbc:BaseQuantity'))
      .map((l) => decimalAt(l, 'cac:Price/cbc:BaseQuantity') > 0n),
  ),
];

export const PEPPOL_RULES: readonly PeppolRule[] = [...documentLevel, ...allowanceChargeRules, ...lineRules];
