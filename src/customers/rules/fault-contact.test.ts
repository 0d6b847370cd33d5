import { describe, expect, it } from 'vitest';
import { faultReadiness } from './fault-contact.ts';

const desk = {
  roles: ['fault', 'technical'] as const,
  phoneOfficeHours: '+31318648688',
  phoneOutsideOfficeHours: null,
};
const onCall = { roles: ['fault'] as const, phoneOfficeHours: null, phoneOutsideOfficeHours: '+31612345678' };
const billing = {
  roles: ['billing'] as const,
  phoneOfficeHours: '+31301234567',
  phoneOutsideOfficeHours: '+31612345678',
};

describe('fault readiness (vn:6.4.9)', () => {
  it('names all three items when there is no fault contact, whatever the other contacts have', () => {
    expect(faultReadiness([billing])).toEqual({
      ready: false,
      missing: ['faultContact', 'faultContact.phoneOfficeHours', 'faultContact.phoneOutsideOfficeHours'],
    });
    expect(faultReadiness([]).ready).toBe(false);
  });

  it('names the phone number the fault contacts lack', () => {
    expect(faultReadiness([desk])).toEqual({
      ready: false,
      missing: ['faultContact.phoneOutsideOfficeHours'],
    });
    expect(faultReadiness([onCall])).toEqual({ ready: false, missing: ['faultContact.phoneOfficeHours'] });
  });

  it('is ready with both numbers, on one fault contact or spread over two', () => {
    expect(faultReadiness([{ ...desk, phoneOutsideOfficeHours: '+31612345678' }])).toEqual({
      ready: true,
      missing: [],
    });
    expect(faultReadiness([desk, onCall, billing])).toEqual({ ready: true, missing: [] });
  });
});
