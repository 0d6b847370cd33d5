import { COUNTRY_CODES } from '../../shared/identifiers/index.ts';
import { each, rule, type PeppolRule } from './peppol-rule.ts';
import { all, decimalAt, decimalsOf, exists, text, type UblDocument, type XmlElement } from './ubl-query.ts';

/*
 * The EN 16931 core rules (CEN-EN16931-UBL) that our invoices meet or could break: mandatory
 * elements (BR-01…BR-16, BR-21…BR-30, BR-45…BR-63) and the identifiers. The calculations and
 * decimals of the totals are in rules-en16931-totals.ts, the VAT category rules in rules-vat.ts.
 */

const SUPPLIER = 'cac:AccountingSupplierParty/cac:Party';
const CUSTOMER = 'cac:AccountingCustomerParty/cac:Party';
const TOTAL = 'cac:LegalMonetaryTotal';

const has = (doc: UblDocument, path: string): boolean => text(doc.root, path) !== '';
const lines = (doc: UblDocument, test: (line: XmlElement) => boolean): boolean[] => doc.lines.map(test);
const quantity = (doc: UblDocument): string =>
  doc.creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';

const mandatory: PeppolRule[] = [
  rule('BR-01', 'An Invoice shall have a Specification identifier (BT-24).', (d) =>
    has(d, 'cbc:CustomizationID'),
  ),
  rule('BR-02', 'An Invoice shall have an Invoice number (BT-1).', (d) => has(d, 'cbc:ID')),
  rule('BR-03', 'An Invoice shall have an Invoice issue date (BT-2).', (d) => has(d, 'cbc:IssueDate')),
  rule('BR-04', 'An Invoice shall have an Invoice type code (BT-3).', (d) =>
    has(d, d.creditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode'),
  ),
  rule('BR-05', 'An Invoice shall have an Invoice currency code (BT-5).', (d) =>
    has(d, 'cbc:DocumentCurrencyCode'),
  ),
  rule('BR-06', 'An Invoice shall contain the Seller name (BT-27).', (d) =>
    has(d, `${SUPPLIER}/cac:PartyLegalEntity/cbc:RegistrationName`),
  ),
  rule('BR-07', 'An Invoice shall contain the Buyer name (BT-44).', (d) =>
    has(d, `${CUSTOMER}/cac:PartyLegalEntity/cbc:RegistrationName`),
  ),
  rule('BR-08', 'An Invoice shall contain the Seller postal address (BG-5).', (d) =>
    exists(d.root, `${SUPPLIER}/cac:PostalAddress`),
  ),
  rule('BR-09', 'The Seller postal address (BG-5) shall contain a Seller country code (BT-40).', (d) =>
    each(d, `${SUPPLIER}/cac:PostalAddress`, (a) => text(a, 'cac:Country/cbc:IdentificationCode') !== ''),
  ),
  rule('BR-10', 'An Invoice shall contain the Buyer postal address (BG-8).', (d) =>
    exists(d.root, `${CUSTOMER}/cac:PostalAddress`),
  ),
  rule('BR-11', 'The Buyer postal address (BG-8) shall contain a Buyer country code (BT-55).', (d) =>
    each(d, `${CUSTOMER}/cac:PostalAddress`, (a) => text(a, 'cac:Country/cbc:IdentificationCode') !== ''),
  ),
  rule('BR-12', 'An Invoice shall have the Sum of Invoice line net amount (BT-106).', (d) =>
    each(d, TOTAL, (t) => exists(t, 'cbc:LineExtensionAmount')),
  ),
  rule('BR-13', 'An Invoice shall have the Invoice total amount without VAT (BT-109).', (d) =>
    each(d, TOTAL, (t) => exists(t, 'cbc:TaxExclusiveAmount')),
  ),
  rule('BR-14', 'An Invoice shall have the Invoice total amount with VAT (BT-112).', (d) =>
    each(d, TOTAL, (t) => exists(t, 'cbc:TaxInclusiveAmount')),
  ),
  rule('BR-15', 'An Invoice shall have the Amount due for payment (BT-115).', (d) =>
    each(d, TOTAL, (t) => exists(t, 'cbc:PayableAmount')),
  ),
  rule('BR-16', 'An Invoice shall have at least one Invoice line (BG-25)', (d) => d.lines.length > 0),
];

const lineRules: PeppolRule[] = [
  rule('BR-21', 'Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).', (d) =>
    lines(d, (l) => text(l, 'cbc:ID') !== ''),
  ),
  rule('BR-22', 'Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).', (d) =>
    lines(d, (l) => exists(l, quantity(d))),
  ),
  rule(
    'BR-23',
    'An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).',
    (d) => lines(d, (l) => all(l, quantity(d)).some((q) => q.hasAttribute('unitCode'))),
  ),
  rule('BR-24', 'Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131).', (d) =>
    lines(d, (l) => exists(l, 'cbc:LineExtensionAmount')),
  ),
  rule('BR-25', 'Each Invoice line (BG-25) shall contain the Item name (BT-153).', (d) =>
    lines(d, (l) => text(l, 'cac:Item/cbc:Name') !== ''),
  ),
  rule('BR-26', 'Each Invoice line (BG-25) shall contain the Item net price (BT-146).', (d) =>
    lines(d, (l) => exists(l, 'cac:Price/cbc:PriceAmount')),
  ),
  rule('BR-27', 'The Item net price (BT-146) shall NOT be negative.', (d) =>
    lines(d, (l) => decimalAt(l, 'cac:Price/cbc:PriceAmount') >= 0n),
  ),
  rule(
    'BR-CO-04',
    'Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).',
    (d) => lines(d, (l) => text(l, 'cac:Item/cac:ClassifiedTaxCategory/cbc:ID') !== ''),
  ),
  rule(
    'BR-29',
    'If both Invoicing period start date (BT-73) and Invoicing period end date (BT-74) are given then the Invoicing period end date (BT-74) shall be later or equal to the Invoicing period start date (BT-73).',
    (d) => each(d, 'cac:InvoicePeriod', endNotBeforeStart),
  ),
  rule(
    'BR-CO-19',
    'If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the Invoicing period end date (BT-74) shall be filled, or both.',
    (d) => each(d, 'cac:InvoicePeriod', (p) => exists(p, 'cbc:StartDate') || exists(p, 'cbc:EndDate')),
  ),
  rule(
    'BR-30',
    'If both Invoice line period start date (BT-134) and Invoice line period end date (BT-135) are given then the Invoice line period end date (BT-135) shall be later or equal to the Invoice line period start date (BT-134).',
    (d) => d.lines.flatMap((l) => all(l, 'cac:InvoicePeriod').map(endNotBeforeStart)),
  ),
  rule(
    'BR-CO-20',
    'If Invoice line period (BG-26) is used, the Invoice line period start date (BT-134) or the Invoice line period end date (BT-135) shall be filled, or both.',
    (d) =>
      d.lines.flatMap((l) =>
        all(l, 'cac:InvoicePeriod').map((p) => exists(p, 'cbc:StartDate') || exists(p, 'cbc:EndDate')),
      ),
  ),
  rule(
    'BR-DEC-23',
    'The allowed maximum number of decimals for the Invoice line net amount (BT-131) is 2.',
    (d) => lines(d, (l) => decimalsOf(text(l, 'cbc:LineExtensionAmount')) <= 2),
  ),
];

function endNotBeforeStart(period: XmlElement): boolean {
  const start = text(period, 'cbc:StartDate');
  const end = text(period, 'cbc:EndDate');
  return start === '' || end === '' || end >= start;
}

const breakdownAndPayment: PeppolRule[] = [
  rule('BR-45', 'Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).', (d) =>
    each(d, 'cac:TaxTotal/cac:TaxSubtotal', (s) => exists(s, 'cbc:TaxableAmount')),
  ),
  rule('BR-46', 'Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).', (d) =>
    each(d, 'cac:TaxTotal/cac:TaxSubtotal', (s) => exists(s, 'cbc:TaxAmount')),
  ),
  rule('BR-47', 'Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).', (d) =>
    each(d, 'cac:TaxTotal/cac:TaxSubtotal', (s) => text(s, 'cac:TaxCategory/cbc:ID') !== ''),
  ),
  rule(
    'BR-48',
    'Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except if the Invoice is not subject to VAT.',
    (d) =>
      each(
        d,
        'cac:TaxTotal/cac:TaxSubtotal',
        (s) => exists(s, 'cac:TaxCategory/cbc:Percent') || text(s, 'cac:TaxCategory/cbc:ID') === 'O',
      ),
  ),
  rule(
    'BR-DEC-19',
    'The allowed maximum number of decimals for the VAT category taxable amount (BT-116) is 2.',
    (d) => each(d, 'cac:TaxTotal/cac:TaxSubtotal', (s) => decimalsOf(text(s, 'cbc:TaxableAmount')) <= 2),
  ),
  rule(
    'BR-DEC-20',
    'The allowed maximum number of decimals for the VAT category tax amount (BT-117) is 2.',
    (d) => each(d, 'cac:TaxTotal/cac:TaxSubtotal', (s) => decimalsOf(text(s, 'cbc:TaxAmount')) <= 2),
  ),
  rule('BR-49', 'A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).', (d) =>
    each(d, 'cac:PaymentMeans', (m) => exists(m, 'cbc:PaymentMeansCode')),
  ),
  rule(
    'BR-50',
    'A Payment account identifier (BT-84) shall be present if Credit transfer (BG-17) information is provided in the Invoice.',
    (d) =>
      each(
        d,
        'cac:PaymentMeans',
        (m) =>
          !creditTransfer(m) || all(m, 'cac:PayeeFinancialAccount').every((a) => text(a, 'cbc:ID') !== ''),
      ),
  ),
  rule(
    'BR-61',
    'If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.',
    (d) =>
      each(d, 'cac:PaymentMeans', (m) => !creditTransfer(m) || exists(m, 'cac:PayeeFinancialAccount/cbc:ID')),
  ),
  rule(
    'BR-55',
    'Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).',
    (d) => each(d, 'cac:BillingReference', (r) => exists(r, 'cac:InvoiceDocumentReference/cbc:ID')),
  ),
  rule('BR-62', 'The Seller electronic address (BT-34) shall have a Scheme identifier.', (d) =>
    each(d, `${SUPPLIER}/cbc:EndpointID`, (e) => e.hasAttribute('schemeID')),
  ),
  rule('BR-63', 'The Buyer electronic address (BT-49) shall have a Scheme identifier.', (d) =>
    each(d, `${CUSTOMER}/cbc:EndpointID`, (e) => e.hasAttribute('schemeID')),
  ),
  rule(
    'BR-CO-09',
    'The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2 by which the country of issue may be identified. Nevertheless, Greece may use the prefix ‘EL’.',
    (d) =>
      all(d.root, '//cac:PartyTaxScheme')
        .filter((s) => text(s, 'cac:TaxScheme/cbc:ID').toUpperCase() === 'VAT')
        .map(
          (s) =>
            COUNTRY_CODES.has(text(s, 'cbc:CompanyID').slice(0, 2)) ||
            text(s, 'cbc:CompanyID').startsWith('EL'),
        ),
  ),
  rule(
    'BR-CO-26',
    'In order for the buyer to automatically identify a supplier, the Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.',
    (d) =>
      each(
        d,
        'cac:AccountingSupplierParty',
        (s) =>
          exists(s, 'cac:Party/cac:PartyTaxScheme/cbc:CompanyID') ||
          exists(s, 'cac:Party/cac:PartyIdentification/cbc:ID') ||
          exists(s, 'cac:Party/cac:PartyLegalEntity/cbc:CompanyID'),
      ),
  ),
];

function creditTransfer(means: XmlElement): boolean {
  return ['30', '58'].includes(text(means, 'cbc:PaymentMeansCode'));
}

export const EN16931_RULES: readonly PeppolRule[] = [...mandatory, ...lineRules, ...breakdownAndPayment];
