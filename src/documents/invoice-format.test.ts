import { describe, expect, it } from 'vitest';
import { compactPeriod, longDate, shortDate } from './invoice-format.ts';

describe('dates on an invoice', () => {
  it('names the month in the invoice language, in full and short', () => {
    expect(longDate('2025-03-15', 'nl')).toBe('15 maart 2025');
    expect(longDate('2025-03-15', 'en')).toBe('15 March 2025');
    expect(shortDate('2025-03-15', 'nl')).toBe('15 mrt 2025');
    expect(shortDate('2025-09-01', 'en')).toBe('1 Sep 2025');
  });

  it('writes a period in as few characters as it can', () => {
    expect(compactPeriod('2025-04-01', '2025-04-30', 'nl')).toBe('1–30 apr 2025');
    expect(compactPeriod('2025-03-15', '2025-04-14', 'nl')).toBe('15 mrt – 14 apr 2025');
    expect(compactPeriod('2025-12-01', '2026-01-31', 'en')).toBe('1 Dec 2025 – 31 Jan 2026');
    expect(compactPeriod('2025-05-16', '2025-05-16', 'en')).toBe('16 May 2025');
  });
});
