import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dayOfRecord } from './day-of-record.ts';

const today = Temporal.PlainDate.from('2026-11-22');

describe('dayOfRecord', () => {
  it('is today by default, and any day up to today as given', () => {
    expect(dayOfRecord('on', undefined, today)).toEqual(today);
    expect(dayOfRecord('on', Temporal.PlainDate.from('2026-01-05'), today).toString()).toBe('2026-01-05');
    expect(dayOfRecord('on', today, today)).toEqual(today);
  });

  it('refuses a day after today, naming the field', () => {
    expect(() => dayOfRecord('receivedOn', Temporal.PlainDate.from('2026-11-23'), today)).toThrow(
      'receivedOn: 2026-11-23 is in the future: record what has happened',
    );
  });
});
