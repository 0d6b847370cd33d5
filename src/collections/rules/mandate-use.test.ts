import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { mandateUsableUntil, sequenceTypeFor } from './mandate-use.ts';

const d = (text: string) => Temporal.PlainDate.from(text);
const sent = (on: string, returned = false) => ({ collectionDate: d(on), returned });

describe('the sequence type of a collection under a mandate', () => {
  it('is FRST for the first, RCUR once one has gone through', () => {
    expect(sequenceTypeFor([])).toBe('FRST');
    expect(sequenceTypeFor([sent('2027-01-05')])).toBe('RCUR');
  });

  it('is FRST again after the first was returned, and stays RCUR after a later return', () => {
    expect(sequenceTypeFor([sent('2027-01-05', true)])).toBe('FRST');
    expect(sequenceTypeFor([sent('2027-01-05', true), sent('2027-02-05', true)])).toBe('FRST');
    expect(sequenceTypeFor([sent('2027-01-05'), sent('2027-02-05', true)])).toBe('RCUR');
  });
});

describe('the 36 months a mandate lives without a collection', () => {
  it('counts from the signature while unused, then from the latest collection, returned or not', () => {
    expect(mandateUsableUntil(d('2026-02-28'), [])).toEqual(d('2029-02-28'));
    expect(mandateUsableUntil(d('2024-01-10'), [sent('2026-03-31', true), sent('2025-01-05')])).toEqual(
      d('2029-03-31'),
    );
  });
});
