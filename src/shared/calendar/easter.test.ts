import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter.ts';

/**
 * An independent check: Knuth's Easter algorithm (TAOCP vol. 1, §1.3.2, exercise 14, after Lilius
 * and Clavius), which computes the epact differently from Meeus' anonymous Gregorian algorithm.
 */
function knuthEaster(year: number): string {
  const golden = (year % 19) + 1;
  const century = Math.floor(year / 100) + 1;
  const skippedLeapYears = Math.floor((3 * century) / 4) - 12;
  const moonCorrection = Math.floor((8 * century + 5) / 25) - 5;
  const sunday = Math.floor((5 * year) / 4) - skippedLeapYears - 10;
  let epact = (11 * golden + 20 + moonCorrection - skippedLeapYears) % 30;
  if ((epact === 25 && golden > 11) || epact === 24) epact++;
  let fullMoon = 44 - epact;
  if (fullMoon < 21) fullMoon += 30;
  const day = fullMoon + 7 - ((sunday + fullMoon) % 7);
  return day > 31 ? `${year}-04-${String(day - 31).padStart(2, '0')}` : `${year}-03-${day}`;
}

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [1980, '1980-04-06'],
    [1981, '1981-04-19'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('Easter %i is on %s', (year, expected) => {
    expect(easterSunday(year).toString()).toBe(expected);
  });

  it('agrees with Knuth’s algorithm, falls on a Sunday, between 22 March and 25 April, for 1980–2999', () => {
    for (let year = 1980; year <= 2999; year++) {
      const easter = easterSunday(year);
      expect(easter.toString()).toBe(knuthEaster(year));
      expect(easter.dayOfWeek).toBe(7);
      const monthDay = easter.month * 100 + easter.day;
      expect(monthDay).toBeGreaterThanOrEqual(322);
      expect(monthDay).toBeLessThanOrEqual(425);
    }
  });

  it.each([1582, 2024.5, Number.NaN])('refuses the year %d', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});
