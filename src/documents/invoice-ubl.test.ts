import { describe, expect, it } from 'vitest';
import { ConflictError } from '../shared/errors/index.ts';
import { REVERSE_CHARGE_NOTE } from '../shared/money/index.ts';
import { renderInvoiceUbl } from './invoice-ubl.ts';
import {
  belgianReverseChargeInvoice,
  consumerInvoice,
  creditNote,
  draftInvoice,
  DUTCH_BUSINESS,
  dutchInvoice,
  invoiceFixture,
  longInvoice,
  zeroInvoice,
} from './test-support/invoice-fixtures.ts';
import { validatePeppol } from './test-support/peppol-rules.ts';
import { all, elementsOf, first, parseUbl, text, type XmlElement } from './test-support/ubl-query.ts';
import { UBL_NAMESPACES } from './ubl-elements.ts';

/*
 * The xsd:sequence of UBL 2.1 (UBL-Invoice-2.1.xsd, UBL-CreditNote-2.1.xsd and, for the aggregates,
 * UBL-CommonAggregateComponents-2.1.xsd). A schema validator rejects children out of this order.
 * The document sequences are complete; the aggregates list, in schema order, the children Peppol uses.
 */
const INVOICE = `UBLExtensions UBLVersionID CustomizationID ProfileID ProfileExecutionID ID CopyIndicator UUID
  IssueDate IssueTime DueDate InvoiceTypeCode Note TaxPointDate DocumentCurrencyCode TaxCurrencyCode
  PricingCurrencyCode PaymentCurrencyCode PaymentAlternativeCurrencyCode AccountingCostCode AccountingCost
  LineCountNumeric BuyerReference InvoicePeriod OrderReference BillingReference DespatchDocumentReference
  ReceiptDocumentReference StatementDocumentReference OriginatorDocumentReference ContractDocumentReference
  AdditionalDocumentReference ProjectReference Signature AccountingSupplierParty AccountingCustomerParty
  PayeeParty BuyerCustomerParty SellerSupplierParty TaxRepresentativeParty Delivery DeliveryTerms
  PaymentMeans PaymentTerms PrepaidPayment AllowanceCharge TaxExchangeRate PricingExchangeRate
  PaymentExchangeRate PaymentAlternativeExchangeRate TaxTotal WithholdingTaxTotal LegalMonetaryTotal InvoiceLine`;
const CREDIT_NOTE = `UBLExtensions UBLVersionID CustomizationID ProfileID ProfileExecutionID ID CopyIndicator UUID
  IssueDate IssueTime TaxPointDate CreditNoteTypeCode Note DocumentCurrencyCode TaxCurrencyCode
  PricingCurrencyCode PaymentCurrencyCode PaymentAlternativeCurrencyCode AccountingCostCode AccountingCost
  LineCountNumeric BuyerReference InvoicePeriod DiscrepancyResponse OrderReference BillingReference
  DespatchDocumentReference ReceiptDocumentReference ContractDocumentReference AdditionalDocumentReference
  StatementDocumentReference OriginatorDocumentReference Signature AccountingSupplierParty
  AccountingCustomerParty PayeeParty BuyerCustomerParty SellerSupplierParty TaxRepresentativeParty Delivery
  DeliveryTerms PaymentMeans PaymentTerms TaxExchangeRate PricingExchangeRate PaymentExchangeRate
  PaymentAlternativeExchangeRate AllowanceCharge TaxTotal WithholdingTaxTotal LegalMonetaryTotal CreditNoteLine`;
const AGGREGATES: Record<string, string> = {
  Party: 'EndpointID PartyIdentification PartyName PostalAddress PartyTaxScheme PartyLegalEntity Contact',
  PartyIdentification: 'ID',
  PartyName: 'Name',
  PostalAddress: 'StreetName AdditionalStreetName CityName PostalZone CountrySubentity AddressLine Country',
  Country: 'IdentificationCode',
  PartyTaxScheme: 'RegistrationName CompanyID TaxScheme',
  PartyLegalEntity: 'RegistrationName CompanyID CompanyLegalForm',
  Contact: 'Name Telephone ElectronicMail',
  InvoicePeriod: 'StartDate EndDate DescriptionCode',
  BillingReference: 'InvoiceDocumentReference',
  InvoiceDocumentReference: 'ID IssueDate',
  PaymentMeans: 'PaymentMeansCode PaymentDueDate PaymentID CardAccount PayeeFinancialAccount PaymentMandate',
  PayeeFinancialAccount: 'ID Name FinancialInstitutionBranch',
  FinancialInstitutionBranch: 'ID',
  PaymentTerms: 'Note',
  TaxTotal: 'TaxAmount TaxSubtotal',
  TaxSubtotal: 'TaxableAmount TaxAmount TaxCategory',
  TaxCategory: 'ID Percent TaxExemptionReasonCode TaxExemptionReason TaxScheme',
  ClassifiedTaxCategory: 'ID Percent TaxScheme',
  TaxScheme: 'ID',
  LegalMonetaryTotal:
    'LineExtensionAmount TaxExclusiveAmount TaxInclusiveAmount AllowanceTotalAmount ChargeTotalAmount PrepaidAmount PayableRoundingAmount PayableAmount',
  InvoiceLine:
    'ID Note InvoicedQuantity LineExtensionAmount AccountingCost InvoicePeriod OrderLineReference AllowanceCharge Item Price',
  CreditNoteLine:
    'ID Note CreditedQuantity LineExtensionAmount AccountingCost InvoicePeriod OrderLineReference AllowanceCharge Item Price',
  Item: 'Description Name SellersItemIdentification StandardItemIdentification ClassifiedTaxCategory',
  Price: 'PriceAmount BaseQuantity',
};

/** Every element whose children we know the order of, and where its children break it. */
function outOfOrder(element: XmlElement, sequence?: string): string[] {
  const children = elementsOf(element);
  const order = (sequence ?? AGGREGATES[element.localName] ?? '').split(/\s+/).filter(Boolean);
  const problems: string[] = [];
  if (order.length > 0) {
    const positions = children.map((child) => order.indexOf(child.localName));
    children.forEach((child, i) => {
      if ((positions[i] ?? -1) < 0)
        problems.push(`${element.localName}/${child.localName} is not in the sequence`);
      else if (i > 0 && (positions[i] ?? 0) < (positions[i - 1] ?? 0))
        problems.push(`${element.localName}/${child.localName} comes after ${children[i - 1]?.localName}`);
    });
  }
  return [...problems, ...children.flatMap((child) => outOfOrder(child))];
}

const parsed = (xml: string) => parseUbl(xml).root;

describe('renderInvoiceUbl', () => {
  it('writes a Peppol BIS 3 invoice with the UBL namespaces', () => {
    const root = parsed(renderInvoiceUbl(dutchInvoice()));
    expect(root.namespaceURI).toBe(UBL_NAMESPACES.invoice);
    expect(text(root, 'cbc:CustomizationID')).toBe(
      'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    );
    expect(text(root, 'cbc:ProfileID')).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
    expect(text(root, 'cbc:ID')).toBe('BIT-2025-000123');
    expect(text(root, 'cbc:InvoiceTypeCode')).toBe('380');
    expect(text(root, 'cbc:DueDate')).toBe('2025-04-15');
    expect(text(root, 'cbc:BuyerReference')).toBe(DUTCH_BUSINESS.id);
    expect(text(root, 'cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('537.27');
    expect(texts(root, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent')).toEqual(['21', '9']);
  });

  it.each([
    ['invoice', dutchInvoice(), INVOICE],
    ['reverse-charge invoice', belgianReverseChargeInvoice(), INVOICE],
    ['credit note', creditNote(), CREDIT_NOTE],
    [
      'credit note with a refund account',
      { ...creditNote(), customer: { ...DUTCH_BUSINESS, iban: 'NL02RABO0123456789', bic: 'RABONL2U' } },
      CREDIT_NOTE,
    ],
  ])('puts the elements of a %s in the order of the UBL 2.1 schema', (_, invoice, sequence) => {
    expect(outOfOrder(parsed(renderInvoiceUbl(invoice)), sequence)).toEqual([]);
  });

  it('passes the Peppol rules for each kind of invoice we send', () => {
    for (const invoice of [
      dutchInvoice(),
      belgianReverseChargeInvoice(),
      zeroInvoice(),
      creditNote(),
      longInvoice(120),
    ])
      expect(validatePeppol(renderInvoiceUbl(invoice))).toEqual([]);
  });

  it('identifies the seller by KvK number under 0106: endpoint, identification and legal entity', () => {
    const seller = first(
      parsed(renderInvoiceUbl(dutchInvoice())),
      'cac:AccountingSupplierParty/cac:Party',
    ) as XmlElement;
    for (const path of [
      'cbc:EndpointID',
      'cac:PartyIdentification/cbc:ID',
      'cac:PartyLegalEntity/cbc:CompanyID',
    ]) {
      expect(text(seller, path)).toBe('09090000');
      expect(first(seller, path)?.getAttribute('schemeID')).toBe('0106');
    }
    expect(text(seller, 'cac:PartyTaxScheme/cbc:CompanyID')).toBe('NL000099998B57');
    expect(text(seller, 'cac:PostalAddress/cbc:StreetName')).toBe('Galileïlaan 19');
    expect(text(seller, 'cac:PostalAddress/cbc:PostalZone')).toBe('6716 BP');
  });

  it.each([
    ['a KvK number', DUTCH_BUSINESS, '0106', '30123456'],
    ['only a Dutch VAT id', { ...DUTCH_BUSINESS, kvkNumber: null }, '9944', 'NL001234560B01'],
    ['only a Belgian VAT id', belgianReverseChargeInvoice().customer, '9925', 'BE0123456749'],
    ['neither: a consumer', consumerInvoice().customer, 'EM', 'j.devries@example.nl'],
  ])('addresses a customer with %s', (_, customer, scheme, id) => {
    const endpoint = first(
      parsed(renderInvoiceUbl({ ...dutchInvoice(), customer })),
      'cac:AccountingCustomerParty/cac:Party/cbc:EndpointID',
    );
    expect([endpoint?.getAttribute('schemeID'), endpoint && text(endpoint)]).toEqual([scheme, id]);
  });

  it('says reverse charge with category AE at 0 %, its exemption code, and the note', () => {
    const root = parsed(renderInvoiceUbl(belgianReverseChargeInvoice()));
    expect(text(root, 'cbc:Note')).toBe(REVERSE_CHARGE_NOTE);
    const category = first(root, 'cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory') as XmlElement;
    expect([
      text(category, 'cbc:ID'),
      text(category, 'cbc:Percent'),
      text(category, 'cbc:TaxExemptionReasonCode'),
    ]).toEqual(['AE', '0', 'VATEX-EU-AE']);
    expect(text(root, 'cac:TaxTotal/cbc:TaxAmount')).toBe('0.00');
    expect(text(root, 'cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID')).toBe(
      'BE0123456749',
    );
  });

  it('asks payment by SEPA credit transfer into the seller account with the payment reference', () => {
    const means = first(parsed(renderInvoiceUbl(dutchInvoice())), 'cac:PaymentMeans') as XmlElement;
    expect(text(means, 'cbc:PaymentMeansCode')).toBe('58');
    expect(text(means, 'cbc:PaymentID')).toBe('RF18539007547034');
    expect(text(means, 'cac:PayeeFinancialAccount/cbc:ID')).toBe('NL91ABNA0417164300');
    expect(text(means, 'cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID')).toBe('ABNANL2A');
  });

  it('writes a credit note as CreditNote 381 that names the invoice it corrects', () => {
    const root = parsed(renderInvoiceUbl(creditNote()));
    expect(root.namespaceURI).toBe(UBL_NAMESPACES.creditNote);
    expect(text(root, 'cbc:CreditNoteTypeCode')).toBe('381');
    expect(all(root, 'cbc:DueDate')).toEqual([]);
    expect(text(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID')).toBe('BIT-2025-000123');
    expect(text(root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate')).toBe('2025-04-01');
    expect(
      all(root, 'cac:CreditNoteLine/cbc:CreditedQuantity').map((q) => q.getAttribute('unitCode')),
    ).toEqual(['DAY', 'C62']);
    // Amounts stay positive: the document type says which way the money goes.
    expect(text(root, 'cac:LegalMonetaryTotal/cbc:PayableAmount')).toBe('50.68');
    // No account of the customer known, so no payment means (the seller's account would be wrong here).
    expect(all(root, 'cac:PaymentMeans')).toEqual([]);
  });

  it('puts the due date of a refund into the payment means of a credit note, with the customer account', () => {
    const invoice = {
      ...creditNote(),
      customer: { ...DUTCH_BUSINESS, iban: 'NL02RABO0123456789', bic: null },
    };
    const means = first(parsed(renderInvoiceUbl(invoice)), 'cac:PaymentMeans') as XmlElement;
    expect(text(means, 'cbc:PaymentDueDate')).toBe('2025-05-04');
    expect(text(means, 'cac:PayeeFinancialAccount/cbc:ID')).toBe('NL02RABO0123456789');
  });

  it('keeps every amount to two decimals and prices to as many as they have', () => {
    const root = parsed(renderInvoiceUbl(dutchInvoice()));
    const amounts = all(root, '//*').filter(
      (el) => el.hasAttribute('currencyID') && el.localName !== 'PriceAmount',
    );
    // The VAT total, two groups of two, four document totals and six line amounts.
    expect(amounts).toHaveLength(1 + 2 * 2 + 4 + 6);
    for (const amount of amounts) expect(text(amount)).toMatch(/^-?\d+\.\d{2}$/);
    expect(texts(root, 'cac:InvoiceLine/cac:Price/cbc:PriceAmount')).toContain('0.00125');
  });

  it('escapes what XML would otherwise misread', () => {
    const invoice = {
      ...dutchInvoice(),
      customer: { ...DUTCH_BUSINESS, legalName: 'Bits & <Bytes> "B.V."' },
    };
    const xml = renderInvoiceUbl(invoice);
    expect(xml).toContain('Bits &amp; &lt;Bytes&gt;');
    const root = parsed(xml);
    expect(
      text(root, 'cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName'),
    ).toBe('Bits & <Bytes> "B.V."');
    expect(texts(root, 'cac:InvoiceLine/cac:Item/cbc:Name')).toContain(
      'Handboek glasvezelaansluiting <NL> & "FttH"',
    );
  });

  it('carries a negative line in its quantity, as the item price may not be negative', () => {
    const invoice = invoiceFixture({
      lines: [
        { description: 'Glasvezel zakelijk', unitPriceCents: '14900' },
        { description: 'Korting eerste maand', unitPriceCents: '-2500' },
      ],
    });
    const line = all(parsed(renderInvoiceUbl(invoice)), 'cac:InvoiceLine')[1] as XmlElement;
    expect([
      text(line, 'cbc:InvoicedQuantity'),
      text(line, 'cac:Price/cbc:PriceAmount'),
      text(line, 'cbc:LineExtensionAmount'),
    ]).toEqual(['-1', '25.00', '-25.00']);
    expect(validatePeppol(renderInvoiceUbl(invoice))).toEqual([]);
  });

  it('joins several notes into the one note Peppol allows', () => {
    const xml = renderInvoiceUbl({
      ...belgianReverseChargeInvoice(),
      notes: [REVERSE_CHARGE_NOTE, 'PO 4711'],
    });
    expect(texts(parsed(xml), 'cbc:Note')).toEqual([`${REVERSE_CHARGE_NOTE} PO 4711`]);
    expect(validatePeppol(xml)).toEqual([]);
  });

  it('refuses a draft: it has no number or issue date yet', () => {
    expect(() => renderInvoiceUbl(draftInvoice())).toThrow(ConflictError);
  });
});

function texts(root: XmlElement, path: string): string[] {
  return all(root, path).map((el) => text(el));
}
