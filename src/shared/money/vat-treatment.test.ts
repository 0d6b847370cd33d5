import { describe, expect, it } from 'vitest';
import { vatTreatment, type VatCustomer, type VatTreatmentInput } from './vat-treatment.ts';

const DAY = '2026-11-22';

function treat(customer: VatCustomer, extra: Partial<VatTreatmentInput> = {}) {
  return vatTreatment({ sellerCountry: 'NL', customer, productRate: 'standard', ...extra }, DAY);
}

describe('vatTreatment (nl:vat)', () => {
  it('charges Dutch VAT to a Dutch business: 21, 9 or 0 %', () => {
    const business: VatCustomer = { kind: 'business', country: 'NL', vatId: 'NL123456789B01' };
    expect(treat(business).value).toEqual({ category: 'S', percent: '21', reverseCharge: false });
    expect(treat(business, { productRate: 'reduced' }).value).toEqual({
      category: 'S',
      percent: '9',
      reverseCharge: false,
    });
    expect(treat(business, { productRate: 'zero' }).value).toEqual({
      category: 'Z',
      percent: '0',
      reverseCharge: false,
    });
    expect(treat(business).because).toEqual(['nl:vat']);
  });

  it('uses the rate in force on the supply date', () => {
    const input: VatTreatmentInput = {
      sellerCountry: 'NL',
      customer: { kind: 'consumer', country: 'NL' },
      productRate: 'standard',
    };
    expect(vatTreatment(input, '2012-09-30').value.percent).toBe('19');
    expect(vatTreatment(input, '2012-10-01').value.percent).toBe('21');
  });

  it('shifts the VAT to a Belgian business with a BE VAT id, with the wording the law asks for', () => {
    const result = treat({ kind: 'business', country: 'BE', vatId: 'BE 0123.456.789' });
    expect(result.value).toEqual({
      category: 'AE',
      percent: '0',
      reverseCharge: true,
      note: 'BTW verlegd / VAT reverse charge',
      exemptionReasonCode: 'VATEX-EU-AE',
    });
    expect(result.because).toEqual(['nl:vat']);
    expect(result.figures).toMatchObject({ vatId: 'BE0123456789', customerCountry: 'BE', category: 'AE' });
    expect(result.figures['reason']).toMatch(/art\. 196 directive/);
  });

  it('shifts the VAT whatever the product rate', () => {
    const customer: VatCustomer = { kind: 'business', country: 'DE', vatId: 'DE123456789' };
    expect(treat(customer, { productRate: 'reduced' }).value.category).toBe('AE');
  });

  it('charges Dutch VAT to a Belgian consumer (OSS not modelled) and to a Belgian business without VAT id', () => {
    const consumer = treat({ kind: 'consumer', country: 'BE' });
    expect(consumer.value).toEqual({ category: 'S', percent: '21', reverseCharge: false });
    expect(consumer.figures['reason']).toMatch(/OSS/);
    // A consumer has no VAT id that could shift the VAT.
    expect(treat({ kind: 'consumer', country: 'BE', vatId: 'BE0123456789' }).value.reverseCharge).toBe(false);
    expect(treat({ kind: 'business', country: 'BE' }).value).toEqual({
      category: 'S',
      percent: '21',
      reverseCharge: false,
    });
    expect(treat({ kind: 'business', country: 'BE', vatId: '  ' }).value.category).toBe('S');
  });

  it('knows the Greek VAT prefix EL', () => {
    expect(treat({ kind: 'business', country: 'gr', vatId: 'EL123456789' }).value.category).toBe('AE');
    expect(() => treat({ kind: 'business', country: 'GR', vatId: 'GR123456789' })).toThrow(
      "customer.vatId: 'GR123456789' is not a VAT id of GR (expected EL…)",
    );
  });

  it('refuses a VAT id that does not fit the country or has no VAT id shape', () => {
    expect(() => treat({ kind: 'business', country: 'BE', vatId: 'NL123456789B01' })).toThrow(
      /^customer\.vatId: .* is not a VAT id of BE/,
    );
    expect(() => treat({ kind: 'business', country: 'BE', vatId: 'B' })).toThrow(RangeError);
    expect(() => treat({ kind: 'business', country: 'Belgium' })).toThrow(
      /^customer\.country: 'Belgium' is not a two-letter/,
    );
  });

  it('treats goods to an EU business as an intra-community supply (K)', () => {
    const result = treat({ kind: 'business', country: 'DE', vatId: 'DE123456789' }, { supply: 'goods' });
    expect(result.value).toMatchObject({
      category: 'K',
      percent: '0',
      reverseCharge: false,
      exemptionReasonCode: 'VATEX-EU-IC',
    });
    expect(result.value.note).toMatch(/Intracommunautaire levering/);
  });

  it('treats Northern Ireland (XI) as EU for goods only', () => {
    const ni: VatCustomer = { kind: 'business', country: 'GB', vatId: 'XI123456789' };
    expect(treat(ni, { supply: 'goods' }).value.category).toBe('K');
    expect(treat(ni).value.category).toBe('O');
  });

  it('handles customers outside the EU', () => {
    expect(treat({ kind: 'business', country: 'US' }, { supply: 'goods' }).value).toMatchObject({
      category: 'G',
      exemptionReasonCode: 'VATEX-EU-G',
    });
    expect(treat({ kind: 'business', country: 'CH', vatId: 'CHE-123.456.789 MWST' }).value).toMatchObject({
      category: 'O',
      percent: '0',
      reverseCharge: false,
      exemptionReasonCode: 'VATEX-EU-O',
    });
    expect(treat({ kind: 'business', country: 'US', vatId: '12-3456789' }).value.category).toBe('O');
    expect(treat({ kind: 'consumer', country: 'US' }).value).toEqual({
      category: 'S',
      percent: '21',
      reverseCharge: false,
    });
  });

  it('refuses an unknown customer kind', () => {
    const customer = { kind: 'company', country: 'NL' } as unknown as VatCustomer;
    expect(() => treat(customer)).toThrow("customer.kind: 'company' is neither business nor consumer");
  });

  it('supports Dutch sellers only and needs a valid date', () => {
    const input = {
      sellerCountry: 'BE',
      customer: { kind: 'consumer', country: 'NL' },
      productRate: 'standard',
    };
    expect(() => vatTreatment(input as unknown as VatTreatmentInput, DAY)).toThrow(
      /^sellerCountry: 'BE' is not supported/,
    );
    expect(() => vatTreatment({ ...input, sellerCountry: 'NL' } as VatTreatmentInput, '2026-13-01')).toThrow(
      /^date: /,
    );
  });
});
