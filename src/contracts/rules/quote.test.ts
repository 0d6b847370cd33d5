import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { findShippedProfile } from '../../terms/shipped-profiles.ts';
import { quoteStatus, quoteTerms } from './quote.ts';

const d = (text: string) => Temporal.PlainDate.from(text);
const bit = findShippedProfile('bit-2016-10-25')!;
const vitrumnet = findShippedProfile('vitrumnet-2.5-2018-04-15')!;

describe('quoteTerms (bit:2.1, vn:1.4.1)', () => {
  it('makes a quote non-binding unless stated, valid for the profile’s days', () => {
    const quoted = quoteTerms(bit, d('2026-01-02'), {});
    expect(quoted.value).toEqual({ binding: false, validUntil: d('2026-02-01') });
    expect(quoted.because).toEqual(['bit:2.1']);
    expect(quoteTerms(vitrumnet, d('2026-01-02'), {}).because).toEqual(['vn:1.4.1']);
  });

  it('keeps what the quote states itself', () => {
    const stated = quoteTerms(bit, d('2026-01-02'), { binding: true, validUntil: d('2026-01-10') });
    expect(stated.value).toEqual({ binding: true, validUntil: d('2026-01-10') });
    expect(stated.figures.bindingStated).toBe(true);
  });
});

describe('quoteStatus', () => {
  const quote = { validUntil: '2026-02-01', withdrawnOn: null };
  it('is open through its last valid day, then expired', () => {
    expect(quoteStatus(quote, false, d('2026-02-01'))).toBe('open');
    expect(quoteStatus(quote, false, d('2026-02-02'))).toBe('expired');
  });
  it('is ordered once an order was placed on it, and withdrawn from its withdrawal', () => {
    expect(quoteStatus(quote, true, d('2026-03-01'))).toBe('ordered');
    expect(quoteStatus({ ...quote, withdrawnOn: '2026-01-15' }, false, d('2026-01-15'))).toBe('withdrawn');
  });
});
