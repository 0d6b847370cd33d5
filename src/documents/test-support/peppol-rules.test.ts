import { describe, expect, it } from 'vitest';
import { renderInvoiceUbl } from '../invoice-ubl.ts';
import { UBL_NAMESPACES } from '../ubl-elements.ts';
import {
  belgianReverseChargeInvoice,
  consumerInvoice,
  creditNote,
  dutchInvoice,
  invoiceFixture,
  longInvoice,
  zeroInvoice,
} from './invoice-fixtures.ts';
import { CHECKED_RULES, validatePeppol } from './peppol-rules.ts';
import { append, editUbl, remove, setAttribute, setText, type UblEdit } from './ubl-edit.ts';

const ids = (xml: string): string[] => validatePeppol(xml).map((violation) => violation.id);

const SUPPLIER = 'cac:AccountingSupplierParty/cac:Party';
const CUSTOMER = 'cac:AccountingCustomerParty/cac:Party';
const dutch = () => renderInvoiceUbl(dutchInvoice());
const belgian = () => renderInvoiceUbl(belgianReverseChargeInvoice());
const credit = () => renderInvoiceUbl(creditNote());

describe('validatePeppol on our documents', () => {
  it.each([
    ['a Dutch business invoice at 21 % and 9 %', dutch],
    ['a reverse-charge invoice to a Belgian business', belgian],
    ['an invoice of nothing to pay', () => renderInvoiceUbl(zeroInvoice())],
    ['a credit note', credit],
    ['an invoice of 120 lines', () => renderInvoiceUbl(longInvoice(120))],
  ])('finds nothing wrong with %s', (_, render) => {
    expect(validatePeppol(render())).toEqual([]);
  });

  it('finds only the e-mail endpoint of a consumer, a scheme Peppol does not carry (EN 16931 does)', () => {
    expect(ids(renderInvoiceUbl(consumerInvoice()))).toEqual(['PEPPOL-EN16931-CL008']);
  });

  it('names every rule by a distinct official id with its text', () => {
    const all = CHECKED_RULES.map((rule) => rule.id);
    expect(new Set(all).size).toBe(all.length);
    for (const rule of CHECKED_RULES) {
      expect(rule.id).toMatch(/^(BR-|PEPPOL-EN16931-|NL-R-)/);
      expect(rule.message.length).toBeGreaterThan(20);
    }
  });

  it('returns the official message with the id', () => {
    const [violation] = validatePeppol(editUbl(dutch(), remove('cbc:BuyerReference')));
    expect(violation).toEqual({
      id: 'PEPPOL-EN16931-R003',
      message: 'A buyer reference or purchase order reference MUST be provided.',
    });
  });

  it('refuses a document that is not a UBL invoice or credit note', () => {
    expect(() => validatePeppol('<Order xmlns="urn:example"/>')).toThrow(/not a UBL Invoice or CreditNote/);
  });
});

describe('validatePeppol on hand-broken documents', () => {
  const cases: [string, () => string, UblEdit[], string[]][] = [
    // The six the brief asks for, each alone: nothing else may fire.
    [
      'a line amount that no longer adds up',
      dutch,
      [setText(`cac:LegalMonetaryTotal/cbc:LineExtensionAmount`, '447.00')],
      ['BR-CO-10', 'BR-CO-13'],
    ],
    ['no seller VAT id', dutch, [remove(`${SUPPLIER}/cac:PartyTaxScheme`)], ['BR-S-02']],
    ['no buyer reference', dutch, [remove('cbc:BuyerReference')], ['PEPPOL-EN16931-R003']],
    [
      'an amount with three decimals',
      dutch,
      [setText('cac:LegalMonetaryTotal/cbc:PayableAmount', '537.270')],
      ['BR-DEC-18'],
    ],
    [
      'reverse charge without the buyer VAT id',
      belgian,
      [remove(`${CUSTOMER}/cac:PartyTaxScheme`)],
      ['BR-AE-02'],
    ],
    ['a credit note without billing reference', credit, [remove('cac:BillingReference')], ['NL-R-001']],
    // More of what a broken invoice looks like.
    [
      'a VAT group a cent off',
      dutch,
      [setText('cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount', '87.59')],
      ['BR-CO-14', 'BR-S-09'],
    ],
    [
      'a VAT total that is not the sum of its groups',
      dutch,
      [setText('cac:TaxTotal/cbc:TaxAmount', '90.29')],
      ['BR-CO-14', 'BR-CO-15'],
    ],
    [
      'a taxable amount that is not the sum of its lines',
      dutch,
      [setText('cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount', '417.05')],
      ['BR-S-08'],
    ],
    [
      'a line amount that is not quantity × price',
      dutch,
      [
        setText('cac:InvoiceLine/cbc:LineExtensionAmount', '150.00'),
        setText('cac:LegalMonetaryTotal/cbc:LineExtensionAmount', '447.99'),
        setText('cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount', '447.99'),
        setText('cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount', '418.04'),
      ],
      ['BR-S-09', 'PEPPOL-EN16931-R120', 'BR-CO-15'],
    ],
    [
      'a payable amount that is not the total',
      dutch,
      [setText('cac:LegalMonetaryTotal/cbc:PayableAmount', '500.00')],
      ['BR-CO-16'],
    ],
    [
      'two document notes',
      dutch,
      [append('.', UBL_NAMESPACES.cbc, 'cbc:Note', 'a'), append('.', UBL_NAMESPACES.cbc, 'cbc:Note', 'b')],
      ['PEPPOL-EN16931-R002'],
    ],
    [
      'an empty element',
      dutch,
      [setText(`${SUPPLIER}/cac:Contact/cbc:ElectronicMail`, ' ')],
      ['PEPPOL-EN16931-R008'],
    ],
    ['no buyer electronic address', dutch, [remove(`${CUSTOMER}/cbc:EndpointID`)], ['PEPPOL-EN16931-R010']],
    ['no seller electronic address', dutch, [remove(`${SUPPLIER}/cbc:EndpointID`)], ['PEPPOL-EN16931-R020']],
    [
      'a seller legal id that is not KvK or OIN',
      dutch,
      [setAttribute(`${SUPPLIER}/cac:PartyLegalEntity/cbc:CompanyID`, 'schemeID', '0088')],
      ['NL-R-003'],
    ],
    [
      'a Dutch buyer legal id that is not KvK or OIN',
      dutch,
      [setAttribute(`${CUSTOMER}/cac:PartyLegalEntity/cbc:CompanyID`, 'schemeID', '0088')],
      ['NL-R-005'],
    ],
    [
      'a seller without street',
      dutch,
      [remove(`${SUPPLIER}/cac:PostalAddress/cbc:StreetName`)],
      ['NL-R-002'],
    ],
    [
      'a Dutch buyer without postcode',
      dutch,
      [remove(`${CUSTOMER}/cac:PostalAddress/cbc:PostalZone`)],
      ['NL-R-004'],
    ],
    ['no payment means on a payable invoice', dutch, [remove('cac:PaymentMeans')], ['NL-R-007']],
    [
      'a payment means code Dutch sellers may not use',
      dutch,
      [setText('cac:PaymentMeans/cbc:PaymentMeansCode', '31')],
      ['NL-R-008'],
    ],
    [
      'credit transfer without an account',
      dutch,
      [remove('cac:PaymentMeans/cac:PayeeFinancialAccount')],
      ['BR-61'],
    ],
    [
      'neither due date nor payment terms',
      dutch,
      [remove('cbc:DueDate'), remove('cac:PaymentTerms')],
      ['BR-CO-25'],
    ],
    [
      'a reverse-charge group without exemption reason',
      belgian,
      [
        remove('cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode'),
        remove('cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason'),
      ],
      ['BR-AE-10'],
    ],
    [
      'reverse charge with VAT',
      belgian,
      [
        setText('cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount', '546.00'),
        setText('cac:TaxTotal/cbc:TaxAmount', '546.00'),
        setText('cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount', '3146.00'),
        setText('cac:LegalMonetaryTotal/cbc:PayableAmount', '3146.00'),
      ],
      ['BR-AE-09', 'BR-CO-17'],
    ],
    [
      'a reverse-charge line at 21 %',
      belgian,
      [setText('cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent', '21')],
      ['BR-AE-05'],
    ],
    [
      'a standard-rated group with an exemption reason',
      dutch,
      [
        append(
          'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory',
          UBL_NAMESPACES.cbc,
          'cbc:TaxExemptionReason',
          'none',
        ),
      ],
      ['BR-S-10', 'BR-S-10'],
    ],
    [
      'a standard-rated line at 0 %',
      dutch,
      [setText('cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent', '0')],
      ['BR-S-05', 'BR-S-08'],
    ],
    [
      'a line period outside the invoice period',
      dutch,
      [setText('cac:InvoiceLine/cac:InvoicePeriod/cbc:StartDate', '2025-03-31')],
      ['PEPPOL-EN16931-R110'],
    ],
    [
      'a line period that ends before it starts',
      dutch,
      [setText('cac:InvoiceLine/cac:InvoicePeriod/cbc:EndDate', '2025-03-31')],
      ['BR-30'],
    ],
    ['a date in another format', dutch, [setText('cbc:DueDate', '15-04-2025')], ['PEPPOL-EN16931-F001']],
    [
      'an amount in another currency',
      dutch,
      [setAttribute('cac:LegalMonetaryTotal/cbc:PayableAmount', 'currencyID', 'USD')],
      ['PEPPOL-EN16931-R051'],
    ],
    [
      'a negative price',
      dutch,
      [
        setText('cac:InvoiceLine/cac:Price/cbc:PriceAmount', '-149.00'),
        setText('cac:InvoiceLine/cbc:InvoicedQuantity', '-1'),
      ],
      ['BR-27'],
    ],
    [
      'a VAT id without country prefix',
      dutch,
      [setText(`${CUSTOMER}/cac:PartyTaxScheme/cbc:CompanyID`, '001234560B01')],
      ['BR-CO-09'],
    ],
    [
      'an unknown business process',
      dutch,
      [setText('cbc:ProfileID', 'urn:example:billing')],
      ['PEPPOL-EN16931-R007'],
    ],
    [
      'another specification',
      dutch,
      [setText('cbc:CustomizationID', 'urn:cen.eu:en16931:2017')],
      ['PEPPOL-EN16931-R004'],
    ],
    ['no invoice number', dutch, [remove('cbc:ID')], ['BR-02']],
    ['no buyer name', dutch, [remove(`${CUSTOMER}/cac:PartyLegalEntity/cbc:RegistrationName`)], ['BR-07']],
    [
      'a line without item name',
      dutch,
      [remove('cac:InvoiceLine/cac:Item/cbc:Name')],
      ['BR-25', 'BR-25', 'BR-25', 'BR-25', 'BR-25', 'BR-25'],
    ],
    [
      'no lines at all',
      () => renderInvoiceUbl(invoiceFixture({ lines: [{ description: 'x', unitPriceCents: '0' }] })),
      [remove('cac:InvoiceLine')],
      ['BR-16', 'BR-S-01'],
    ],
    [
      'two tax totals with groups',
      dutch,
      [(root) => append('.', UBL_NAMESPACES.cac, 'cac:TaxTotal', '')(root)],
      ['PEPPOL-EN16931-R008', 'PEPPOL-EN16931-R054'],
    ],
  ];

  it.each(cases)('finds %s', (_, render, edits, expected) => {
    expect(ids(editUbl(render(), ...edits)).sort()).toEqual([...expected].sort());
  });
});
