import { describe, expect, it } from 'vitest';
import { explain, explainFrom, presentExplanation } from './explanation.ts';

describe('explanation', () => {
  it('carries the value, the rule ids once each, and the figures', () => {
    const e = explain('2027-01-11', ['nl:workdays', 'nl:workdays'], { add: 14 });
    expect(e).toEqual({ value: '2027-01-11', because: ['nl:workdays'], figures: { add: 14 } });
  });

  it('puts the rule ids of its inputs first', () => {
    const notice = explain('2026-03-31', ['bit:12.2']);
    const due = explainFrom(1, [notice], ['nl:workdays', 'bit:12.2']);
    expect(due.because).toEqual(['bit:12.2', 'nl:workdays']);
  });
});

describe('presentExplanation', () => {
  it('shows the value under its name, then the rule ids, then the figures', () => {
    const e = explain(42, ['nl:workdays'], { from: '2026-12-18', because: 'ignored', date: 'ignored' });
    const shown = presentExplanation('date', e, (value) => `day ${value}`);
    expect(shown).toEqual({ date: 'day 42', because: ['nl:workdays'], from: '2026-12-18' });
    expect(Object.keys(shown)).toEqual(['date', 'because', 'from']);
  });
});
