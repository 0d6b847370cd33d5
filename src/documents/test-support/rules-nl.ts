import { rule, type PeppolRule } from './peppol-rule.ts';
import { all, decimalAt, exists, text, type UblDocument, type XmlElement } from './ubl-query.ts';

/*
 * The national rules of Peppol BIS Billing 3.0 for suppliers in the Netherlands (NL-R-001…009):
 * the Peppol form of the NLCIUS (SI-UBL 2.0) rules BR-NL-9 (for credit notes), BR-NL-3, BR-NL-1,
 * BR-NL-4, BR-NL-10, BR-NL-5, BR-NL-11, BR-NL-12 and BR-NL-13. NLCIUS BR-NL-2 (buyer or order
 * reference) is PEPPOL-EN16931-R003 in Peppol. A supplier is Dutch by its postal address.
 */

const inNetherlands = (d: UblDocument, party = 'cac:AccountingSupplierParty/cac:Party'): boolean =>
  text(d.root, `${party}/cac:PostalAddress/cac:Country/cbc:IdentificationCode`).toUpperCase() === 'NL';
const customerInNetherlands = (d: UblDocument) => inNetherlands(d, 'cac:AccountingCustomerParty/cac:Party');
const streetCityPostcode = (a: XmlElement) =>
  exists(a, 'cbc:StreetName') && exists(a, 'cbc:CityName') && exists(a, 'cbc:PostalZone');
const kvkOrOin = (c: XmlElement) =>
  ['0106', '0190'].includes(c.getAttribute('schemeID') ?? '') && text(c) !== '';
const whenDutch =
  (check: PeppolRule['check']): PeppolRule['check'] =>
  (d) =>
    inNetherlands(d) ? check(d) : [];

const dutchRules: PeppolRule[] = [
  rule(
    'NL-R-001',
    '[NL-R-001] For suppliers in the Netherlands, if the document is a creditnote, the document MUST contain an invoice reference (cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID)',
    whenDutch((d) =>
      all(d.root, 'cbc:CreditNoteTypeCode').map(() =>
        exists(d.root, 'cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID'),
      ),
    ),
  ),
  rule(
    'NL-R-002',
    "[NL-R-002] For suppliers in the Netherlands the supplier's address (cac:AccountingSupplierParty/cac:Party/cac:PostalAddress) MUST contain street name (cbc:StreetName), city (cbc:CityName) and post code (cbc:PostalZone)",
    whenDutch((d) =>
      all(d.root, 'cac:AccountingSupplierParty/cac:Party/cac:PostalAddress').map(streetCityPostcode),
    ),
  ),
  rule(
    'NL-R-003',
    '[NL-R-003] For suppliers in the Netherlands, the legal entity identifier MUST be either a KVK or OIN number (schemeID 0106 or 0190)',
    whenDutch((d) =>
      all(d.root, 'cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID').map(kvkOrOin),
    ),
  ),
  rule(
    'NL-R-004',
    '[NL-R-004] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer address (cac:AccountingCustomerParty/cac:Party/cac:PostalAddress) MUST contain the street name (cbc:StreetName), the city (cbc:CityName) and post code (cbc:PostalZone)',
    whenDutch((d) =>
      customerInNetherlands(d)
        ? all(d.root, 'cac:AccountingCustomerParty/cac:Party/cac:PostalAddress').map(streetCityPostcode)
        : [],
    ),
  ),
  rule(
    'NL-R-005',
    "[NL-R-005] For suppliers in the Netherlands, if the customer is in the Netherlands, the customer's legal entity identifier MUST be either a KVK or OIN number (schemeID 0106 or 0190)",
    whenDutch((d) =>
      customerInNetherlands(d)
        ? all(d.root, 'cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID').map(
            kvkOrOin,
          )
        : [],
    ),
  ),
  rule(
    'NL-R-006',
    "[NL-R-006] For suppliers in the Netherlands, if the fiscal representative is in the Netherlands, the representative's address (cac:TaxRepresentativeParty/cac:PostalAddress) MUST contain street name (cbc:StreetName), city (cbc:CityName) and post code (cbc:PostalZone)",
    whenDutch((d) =>
      all(d.root, 'cac:TaxRepresentativeParty/cac:PostalAddress')
        .filter((a) => text(a, 'cac:Country/cbc:IdentificationCode').toUpperCase() === 'NL')
        .map(streetCityPostcode),
    ),
  ),
  rule(
    'NL-R-007',
    '[NL-R-007] For suppliers in the Netherlands, the supplier MUST provide a means of payment (cac:PaymentMeans) if the payment is from customer to supplier',
    whenDutch((d) =>
      all(d.root, 'cac:LegalMonetaryTotal').map((t) => {
        const payable = decimalAt(t, 'cbc:PayableAmount');
        return (d.creditNote ? payable >= 0n : payable <= 0n) || exists(d.root, 'cac:PaymentMeans');
      }),
    ),
  ),
  rule(
    'NL-R-008',
    '[NL-R-008] For suppliers in the Netherlands, the payment means code (cac:PaymentMeans/cbc:PaymentMeansCode) MUST be one of 30, 48, 49, 57, 58 or 59',
    whenDutch((d) =>
      all(d.root, 'cac:PaymentMeans').map((m) =>
        ['30', '48', '49', '57', '58', '59'].includes(text(m, 'cbc:PaymentMeansCode')),
      ),
    ),
  ),
  rule(
    'NL-R-009',
    '[NL-R-009] For suppliers in the Netherlands, if an order line reference (cac:OrderLineReference/cbc:LineID) is used, there must be an order reference on the document level (cac:OrderReference/cbc:ID)',
    whenDutch((d) =>
      d.lines
        .flatMap((l) => all(l, 'cac:OrderLineReference/cbc:LineID'))
        .map(() => exists(d.root, 'cac:OrderReference/cbc:ID')),
    ),
  ),
];

export const NL_RULES: readonly PeppolRule[] = dutchRules;
