import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { holidayNames, holidaysOf, isHoliday } from './dutch-holidays.ts';

const d = (text: string) => Temporal.PlainDate.from(text, { overflow: 'reject' });
const table = (year: number) => holidaysOf(year).map(({ date, name }) => [date.toString(), name]);

// Checked by hand: Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16; Good Friday
// = Easter − 2, Easter Monday + 1, Ascension + 39, Whit Monday + 50; King's Day 27 April unless a
// Sunday (2025: 26 April); the "gelijkgesteld" days are those of the decrees in holiday-decrees.ts.
const HARD_TABLE: Record<number, [string, string][]> = {
  2024: [
    ['2024-01-01', 'Nieuwjaarsdag'],
    ['2024-03-29', 'Goede Vrijdag'],
    ['2024-04-01', 'Tweede Paasdag'],
    ['2024-04-27', 'Koningsdag'],
    ['2024-05-05', 'Bevrijdingsdag'],
    ['2024-05-09', 'Hemelvaartsdag'],
    ['2024-05-10', 'vrijdag na Hemelvaartsdag (gelijkgesteld)'],
    ['2024-05-20', 'Tweede Pinksterdag'],
    ['2024-12-25', 'Eerste Kerstdag'],
    ['2024-12-26', 'Tweede Kerstdag'],
    ['2024-12-27', 'vrijdag na Tweede Kerstdag (gelijkgesteld)'],
  ],
  2025: [
    ['2025-01-01', 'Nieuwjaarsdag'],
    ['2025-04-18', 'Goede Vrijdag'],
    ['2025-04-21', 'Tweede Paasdag'],
    ['2025-04-26', 'Koningsdag'],
    ['2025-05-05', 'Bevrijdingsdag'],
    ['2025-05-29', 'Hemelvaartsdag'],
    ['2025-05-30', 'vrijdag na Hemelvaartsdag (gelijkgesteld)'],
    ['2025-06-09', 'Tweede Pinksterdag'],
    ['2025-12-25', 'Eerste Kerstdag'],
    ['2025-12-26', 'Tweede Kerstdag'],
  ],
  2026: [
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-01-02', 'vrijdag na Nieuwjaarsdag (gelijkgesteld)'],
    ['2026-04-03', 'Goede Vrijdag'],
    ['2026-04-06', 'Tweede Paasdag'],
    ['2026-04-27', 'Koningsdag'],
    ['2026-05-05', 'Bevrijdingsdag'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-15', 'vrijdag na Hemelvaartsdag (gelijkgesteld)'],
    ['2026-05-25', 'Tweede Pinksterdag'],
    ['2026-12-25', 'Eerste Kerstdag'],
    ['2026-12-26', 'Tweede Kerstdag'],
  ],
  2027: [
    ['2027-01-01', 'Nieuwjaarsdag'],
    ['2027-03-26', 'Goede Vrijdag'],
    ['2027-03-29', 'Tweede Paasdag'],
    ['2027-04-27', 'Koningsdag'],
    ['2027-05-05', 'Bevrijdingsdag'],
    ['2027-05-06', 'Hemelvaartsdag'],
    ['2027-05-07', 'vrijdag na Hemelvaartsdag (gelijkgesteld)'],
    ['2027-05-17', 'Tweede Pinksterdag'],
    ['2027-12-25', 'Eerste Kerstdag'],
    ['2027-12-26', 'Tweede Kerstdag'],
  ],
  2028: [
    ['2028-01-01', 'Nieuwjaarsdag'],
    ['2028-04-14', 'Goede Vrijdag'],
    ['2028-04-17', 'Tweede Paasdag'],
    ['2028-04-27', 'Koningsdag'],
    ['2028-04-28', 'vrijdag na Koningsdag (gelijkgesteld)'],
    ['2028-05-05', 'Bevrijdingsdag'],
    ['2028-05-25', 'Hemelvaartsdag'],
    ['2028-05-26', 'vrijdag na Hemelvaartsdag (gelijkgesteld)'],
    ['2028-06-05', 'Tweede Pinksterdag'],
    ['2028-12-25', 'Eerste Kerstdag'],
    ['2028-12-26', 'Tweede Kerstdag'],
  ],
};

describe('holidaysOf', () => {
  it.each(Object.keys(HARD_TABLE).map(Number))('lists every holiday of %i, in date order', (year) => {
    expect(table(year)).toEqual(HARD_TABLE[year]);
  });

  it('lists no decree days for a year without a recorded decree (2030)', () => {
    expect(table(2030).map(([, name]) => name)).toEqual([
      'Nieuwjaarsdag',
      'Goede Vrijdag',
      'Tweede Paasdag',
      'Koningsdag',
      'Bevrijdingsdag',
      'Hemelvaartsdag',
      'Tweede Pinksterdag',
      'Eerste Kerstdag',
      'Tweede Kerstdag',
    ]);
  });

  it('names the source of each day', () => {
    const sources = new Map(holidaysOf(2026).map(({ name, source }) => [name, source]));
    expect(sources.get('Nieuwjaarsdag')).toBe('Algemene termijnenwet art. 3 lid 1');
    expect(sources.get('Goede Vrijdag')).toBe(
      'Algemene termijnenwet art. 3 lid 2 (equated by the Act itself)',
    );
    expect(sources.get('vrijdag na Nieuwjaarsdag (gelijkgesteld)')).toContain('ATW art. 3 lid 3');
  });

  it('keeps both names when two holidays share a day (Ascension Day on 5 May 2016)', () => {
    expect(holidayNames(d('2016-05-05'))).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag']);
    expect(table(2016).filter(([date]) => date === '2016-05-05')).toHaveLength(2);
  });

  it('hands out lists nobody can change', () => {
    const list = holidaysOf(2026);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(holidayNames(d('2026-01-01')))).toBe(true);
    expect(holidaysOf(2026)).toBe(list); // cached
  });

  it.each([1979, 3000, 2026.5, Number.NaN])('refuses the unsupported year %d', (year) => {
    expect(() => holidaysOf(year)).toThrow(RangeError);
    expect(() => holidaysOf(year)).toThrow(
      `Dutch holidays are known for the years 1980 to 2999, not ${year}`,
    );
  });

  it('supports the first and the last year', () => {
    expect(table(1980)[0]).toEqual(['1980-01-01', 'Nieuwjaarsdag']);
    expect(table(2999).at(-1)).toEqual(['2999-12-26', 'Tweede Kerstdag']);
  });
});

describe("the monarch's day", () => {
  it.each([
    [1980, '1980-04-30'],
    [1988, '1988-04-30'],
    [1989, '1989-04-29'], // 30 April 1989 was a Sunday
    [1995, '1995-04-29'], // 30 April 1995 was a Sunday
    [2006, '2006-04-29'], // 30 April 2006 was a Sunday
    [2013, '2013-04-30'],
  ])('Koninginnedag %i was on %s', (year, date) => {
    expect(
      holidaysOf(year)
        .filter((h) => h.name === 'Koninginnedag')
        .map((h) => h.date.toString()),
    ).toEqual([date]);
    expect(holidaysOf(year).some((h) => h.name === 'Koningsdag')).toBe(false);
  });

  it.each([
    [2014, '2014-04-26'], // 27 April 2014 was a Sunday
    [2015, '2015-04-27'],
    [2020, '2020-04-27'],
    [2025, '2025-04-26'], // 27 April 2025 is a Sunday
    [2031, '2031-04-26'], // 27 April 2031 is a Sunday
  ])('Koningsdag %i is on %s', (year, date) => {
    expect(
      holidaysOf(year)
        .filter((h) => h.name === 'Koningsdag')
        .map((h) => h.date.toString()),
    ).toEqual([date]);
    expect(holidaysOf(year).some((h) => h.name === 'Koninginnedag')).toBe(false);
  });

  it('is never on a Sunday, 1980–2999', () => {
    for (let year = 1980; year <= 2999; year++) {
      const day = holidaysOf(year).find((h) => h.name === 'Koningsdag' || h.name === 'Koninginnedag');
      expect(day?.date.dayOfWeek).not.toBe(7);
    }
  });
});

describe('isHoliday', () => {
  it('answers for every day of 2024–2028 exactly as the hard table says', () => {
    const expected = new Set(Object.values(HARD_TABLE).flatMap((rows) => rows.map(([date]) => date)));
    for (let date = d('2024-01-01'); date.year <= 2028; date = date.add({ days: 1 })) {
      expect(isHoliday(date), date.toString()).toBe(expected.has(date.toString()));
    }
  });

  it('knows 5 May in every year and Good Friday before and after 2000', () => {
    for (const year of [1980, 1990, 2000, 2021, 2100, 2999]) expect(isHoliday(d(`${year}-05-05`))).toBe(true);
    expect(isHoliday(d('2000-04-21'))).toBe(true);
    expect(isHoliday(d('1999-04-02'))).toBe(true);
  });

  it('is not fooled by near misses', () => {
    for (const date of [
      '2026-01-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-26',
      '2026-05-24',
      '2026-12-24',
      '2026-12-31',
    ]) {
      expect(isHoliday(d(date)), date).toBe(false);
    }
  });

  it('is a cached lookup: a million questions take well under a second', () => {
    const dates = Array.from({ length: 1000 }, (_, i) => d('2026-01-01').add({ days: i }));
    const started = performance.now();
    let count = 0;
    for (let round = 0; round < 1000; round++) for (const date of dates) if (isHoliday(date)) count++;
    expect(count).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
