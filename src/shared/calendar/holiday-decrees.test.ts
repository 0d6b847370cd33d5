import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { EQUATED_DAYS } from './holiday-decrees.ts';
import { holidayNames } from './dutch-holidays.ts';

describe('EQUATED_DAYS', () => {
  const decreeDays = EQUATED_DAYS.filter((day) => day.name !== 'Goede Vrijdag');

  it('has Good Friday from the Act itself, every year', () => {
    const goodFriday = EQUATED_DAYS.find((day) => day.name === 'Goede Vrijdag');
    expect(goodFriday).toEqual({
      name: 'Goede Vrijdag',
      rule: { kind: 'easter', offset: -2 },
      fromYear: 1965,
      source: 'Algemene termijnenwet art. 3 lid 2 (equated by the Act itself)',
    });
  });

  it('records each decree day as a one-off fixed date in its own year, with its decree', () => {
    for (const day of decreeDays) {
      expect(day.rule.kind).toBe('fixed');
      expect(day.throughYear).toBe(day.fromYear);
      expect(day.source).toMatch(/^Besluit .* ATW art\. 3 lid 3$/);
    }
    expect(decreeDays).toHaveLength(17);
  });

  it('only names weekdays that are not already holidays, and only years the decree covers', () => {
    for (const day of decreeDays) {
      if (day.rule.kind !== 'fixed') continue;
      const date = new Temporal.PlainDate(day.fromYear, day.rule.month, day.rule.day);
      expect(date.dayOfWeek, date.toString()).toBeLessThanOrEqual(5);
      expect(holidayNames(date), date.toString()).toEqual([day.name]);
      // The decree titles name their dates ("… 2 januari 2026 …"), so each year appears in its source.
      expect(day.source).toContain(String(day.fromYear));
    }
  });

  it('names each day once', () => {
    const keys = decreeDays.map((day) =>
      day.rule.kind === 'fixed' ? `${day.fromYear}-${day.rule.month}-${day.rule.day}` : '',
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
