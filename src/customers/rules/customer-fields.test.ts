import { describe, expect, it } from 'vitest';
import { FieldChecks } from '../../shared/errors/index.ts';
import { customerFields } from './customer-fields.ts';
import { contactFields } from './contact-fields.ts';

const ede = { street: 'Galileïlaan', houseNumber: '19', postcode: '6716bp', city: 'Ede' };
const business = {
  legalName: 'Acme  B.V.',
  kvkNumber: '1234 5678',
  email: 'info@acme.example',
  billingAddress: ede,
};

function check(input: Record<string, unknown>) {
  const checks = new FieldChecks();
  const fields = customerFields(input, checks);
  let problems: { field: string; problem: string }[] = [];
  try {
    checks.throwIfAny();
  } catch (error) {
    problems = [...(error as { problems: { field: string; problem: string }[] }).problems];
  }
  return { fields, problems };
}

describe('customer fields', () => {
  it('takes a business by default (vn:2.1.1–2.1.2), normalised', () => {
    expect(check(business).fields).toEqual({
      kind: 'business',
      legalName: 'Acme B.V.',
      kvkNumber: '12345678',
      vatId: null,
      iban: null,
      email: 'info@acme.example',
      billingAddress: {
        street: 'Galileïlaan',
        houseNumber: '19',
        postcode: '6716 BP',
        city: 'Ede',
        country: 'NL',
      },
      deliveryAddress: null,
      language: 'nl',
    });
  });

  it('takes English for invoices and letters when asked, and refuses another language', () => {
    expect(check({ ...business, language: 'en' }).fields).toMatchObject({ language: 'en' });
    expect(check({ ...business, language: 'de' }).problems).toEqual([
      { field: 'language', problem: "must be nl or en, not 'de'" },
    ]);
  });

  it('wants a KvK number of a business in the Netherlands, not of one abroad', () => {
    expect(check({ ...business, kvkNumber: null }).problems).toEqual([
      {
        field: 'kvkNumber',
        problem: expect.stringMatching(/^is required for a business in the Netherlands/),
      },
    ]);
    const brussels = {
      street: 'Rue de la Loi',
      houseNumber: '16',
      postcode: '1000',
      city: 'Bruxelles',
      country: 'BE',
    };
    expect(
      check({ ...business, kvkNumber: null, vatId: 'BE0123456789', billingAddress: brussels }).problems,
    ).toEqual([]);
  });

  it('gives a consumer no KvK number and no VAT id', () => {
    const consumer = {
      kind: 'consumer',
      legalName: 'J. Jansen',
      email: 'jan@example.nl',
      billingAddress: ede,
    };
    expect(check(consumer).problems).toEqual([]);
    expect(
      check({ ...consumer, kvkNumber: '12345678', vatId: 'NL123456782B01' }).problems.map((p) => p.field),
    ).toEqual(['kvkNumber', 'vatId']);
  });

  it('names every bad field at once, each with what is wrong', () => {
    const { problems } = check({
      kind: 'company',
      legalName: ' ',
      kvkNumber: '1234567',
      vatId: 'NL123456789B01',
      iban: 'NL20INGB0001234568',
      email: 'info@',
      billingAddress: { ...ede, postcode: '6716' },
      deliveryAddress: 'Ede',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'kind',
      'legalName',
      'kvkNumber',
      'vatId',
      'iban',
      'email',
      'billingAddress.postcode',
      'deliveryAddress',
    ]);
    expect(problems[3]?.problem).toMatch(/wrong check digit/);
  });
});

describe('contact fields', () => {
  it('keeps the roles once each, in a fixed order, and the phones in E.164', () => {
    const checks = new FieldChecks();
    expect(
      contactFields(
        { name: 'Piet', roles: ['technical', 'fault', 'fault'], phoneOfficeHours: '0318 648 688' },
        checks,
      ),
    ).toEqual({
      name: 'Piet',
      roles: ['technical', 'fault'],
      email: null,
      phoneOfficeHours: '+31318648688',
      phoneOutsideOfficeHours: null,
    });
  });

  it('names the problems under the prefix, and wants a way to reach the contact', () => {
    const checks = new FieldChecks();
    expect(contactFields({ name: '', roles: ['boss'], fax: '1' }, checks, 'contacts.1.')).toBeUndefined();
    expect(() => checks.throwIfAny()).toThrow(
      'contacts.1.fax: is not a known field; contacts.1.name: is empty; ' +
        'contacts.1.roles: "boss": must be one or more of primary, billing, technical, fault, commercial; ' +
        'contacts.1.email: or a phone number is needed to reach the contact',
    );
  });
});
