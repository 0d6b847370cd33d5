import { rule, type PeppolRule } from './peppol-rule.ts';
import { VAT_RULE_MESSAGES, type CheckedCategory, type RuleNumber } from './rules-vat-messages.ts';
import {
  all,
  decimal,
  decimalAt,
  divide,
  exists,
  fixed,
  roundToCents,
  sum,
  text,
  times,
  type UblDocument,
  type XmlElement,
} from './ubl-query.ts';

/*
 * The VAT category rules of EN 16931 for the categories a Dutch operator invoices with: standard
 * rated (BR-S-01…10), zero rated (BR-Z-01…10) and reverse charge (BR-AE-01…10), and BR-CO-17.
 * Each category has the same ten rules; only what they demand differs.
 */

type Category = CheckedCategory;

const isVat = (el: XmlElement): boolean => text(el, 'cac:TaxScheme/cbc:ID').toUpperCase() === 'VAT';
const ofCategory = (category: Category) => (el: XmlElement) => isVat(el) && text(el, 'cbc:ID') === category;

function lineCategories(doc: UblDocument, category: Category): XmlElement[] {
  return doc.lines.flatMap((l) => all(l, 'cac:Item/cac:ClassifiedTaxCategory')).filter(ofCategory(category));
}

function allowanceCharges(doc: UblDocument, charge: boolean): XmlElement[] {
  return all(doc.root, 'cac:AllowanceCharge').filter(
    (a) => text(a, 'cbc:ChargeIndicator') === String(charge),
  );
}

function documentCategories(doc: UblDocument, category: Category, charge: boolean): XmlElement[] {
  return allowanceCharges(doc, charge)
    .flatMap((a) => all(a, 'cac:TaxCategory'))
    .filter(ofCategory(category));
}

function subtotals(doc: UblDocument, category: Category): XmlElement[] {
  return all(doc.root, 'cac:TaxTotal/cac:TaxSubtotal').filter((s) =>
    all(s, 'cac:TaxCategory').some(ofCategory(category)),
  );
}

function sellerHasVatId(doc: UblDocument): boolean {
  return (
    exists(doc.root, 'cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID') ||
    all(doc.root, 'cac:TaxRepresentativeParty/cac:PartyTaxScheme').some(
      (s) => isVat(s) && text(s, 'cbc:CompanyID') !== '',
    )
  );
}

function buyerHasVatOrLegalId(doc: UblDocument): boolean {
  const buyer = 'cac:AccountingCustomerParty/cac:Party';
  return (
    all(doc.root, `${buyer}/cac:PartyTaxScheme`).some((s) => isVat(s) && text(s, 'cbc:CompanyID') !== '') ||
    exists(doc.root, `${buyer}/cac:PartyLegalEntity/cbc:CompanyID`)
  );
}

const percentOf = (category: XmlElement): bigint => decimalAt(category, 'cbc:Percent');

/** BT-116 of a group: its lines, plus charges, less allowances of the same category (and rate, for S). */
function expectedTaxable(doc: UblDocument, category: Category, rate: bigint): bigint {
  const matches = (c: XmlElement) => ofCategory(category)(c) && (category !== 'S' || percentOf(c) === rate);
  const lineNet = doc.lines
    .filter((l) => all(l, 'cac:Item/cac:ClassifiedTaxCategory').some(matches))
    .map((l) => decimalAt(l, 'cbc:LineExtensionAmount'));
  const amounts = (charge: boolean) =>
    allowanceCharges(doc, charge)
      .filter((a) => all(a, 'cac:TaxCategory').some(matches))
      .map((a) => decimalAt(a, 'cbc:Amount'));
  return sum(lineNet) + sum(amounts(true)) - sum(amounts(false));
}

function categoryRules(category: Category): PeppolRule[] {
  const message = VAT_RULE_MESSAGES[category];
  const r = (n: RuleNumber, check: PeppolRule['check']) => rule(`BR-${category}-${n}`, message[n], check);
  const ids = (doc: UblDocument) => sellerHasVatId(doc) && (category !== 'AE' || buyerHasVatOrLegalId(doc));
  const rateOk = (c: XmlElement) => (category === 'S' ? percentOf(c) > 0n : percentOf(c) === 0n);
  const lines = (doc: UblDocument) => lineCategories(doc, category);
  const allowances = (doc: UblDocument) => documentCategories(doc, category, false);
  const charges = (doc: UblDocument) => documentCategories(doc, category, true);
  const groupRate = (s: XmlElement) =>
    percentOf(all(s, 'cac:TaxCategory').find(ofCategory(category)) as XmlElement);
  return [
    r('01', (d) => {
      const groups = subtotals(d, category).length;
      if (lines(d).length + allowances(d).length + charges(d).length === 0) return groups === 0;
      return category === 'S' ? groups > 0 : groups === 1;
    }),
    r('02', (d) => lines(d).length === 0 || ids(d)),
    r('03', (d) => allowances(d).length === 0 || ids(d)),
    r('04', (d) => charges(d).length === 0 || ids(d)),
    r('05', (d) => lines(d).map(rateOk)),
    r('06', (d) => allowances(d).map(rateOk)),
    r('07', (d) => charges(d).map(rateOk)),
    r('08', (d) =>
      subtotals(d, category).map(
        (s) => decimalAt(s, 'cbc:TaxableAmount') === expectedTaxable(d, category, groupRate(s)),
      ),
    ),
    r('09', (d) =>
      subtotals(d, category).map((s) => {
        const tax = decimalAt(s, 'cbc:TaxAmount');
        if (category !== 'S') return tax === 0n;
        return (
          tax === roundToCents(divide(times(decimalAt(s, 'cbc:TaxableAmount'), groupRate(s)), fixed(100)))
        );
      }),
    ),
    r('10', (d) =>
      subtotals(d, category).map((s) => {
        const reason =
          exists(s, 'cac:TaxCategory/cbc:TaxExemptionReasonCode') ||
          exists(s, 'cac:TaxCategory/cbc:TaxExemptionReason');
        return category === 'AE' ? reason : !reason;
      }),
    ),
  ];
}

/** BR-CO-17, as CEN words it: the VAT of a group is its taxable amount times its rate (the official check allows ±1). */
const vatPerGroup = rule(
  'BR-CO-17',
  'VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT category rate (BT-119) / 100), rounded to two decimals.',
  (d) =>
    all(d.root, 'cac:TaxTotal/cac:TaxSubtotal').map((s) => {
      const tax = decimalAt(s, 'cbc:TaxAmount');
      const rate = decimal(text(s, 'cac:TaxCategory/cbc:Percent'));
      const abs = (v: bigint) => (v < 0n ? -v : v);
      // A rate that rounds to 0 (or none) asks for a tax amount that rounds to 0.
      if (rate === null || abs(rate) < fixed(1) / 2n) return abs(tax) < fixed(1) / 2n;
      const expected = roundToCents(divide(times(abs(decimalAt(s, 'cbc:TaxableAmount')), rate), fixed(100)));
      return abs(tax) - fixed(1) < expected && abs(tax) + fixed(1) > expected;
    }),
);

export const VAT_RULES: readonly PeppolRule[] = [
  ...categoryRules('S'),
  ...categoryRules('Z'),
  ...categoryRules('AE'),
  vatPerGroup,
];
