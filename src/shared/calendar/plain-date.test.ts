import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isPlainDateText, parsePlainDate } from './plain-date.ts';

describe('parsePlainDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '1980-01-01', '2999-12-31', '0001-01-01'])(
    'accepts %s',
    (text) => {
      expect(parsePlainDate(text).toString()).toBe(text);
    },
  );

  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2100-02-29', 'February 2100 has 28 days'],
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-01-00', 'January 2026 has 31 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
  ])('rejects the impossible date %s', (text, problem) => {
    expect(() => parsePlainDate(text)).toThrow(RangeError);
    expect(() => parsePlainDate(text)).toThrow(
      `'${text}' is not a valid date (expected YYYY-MM-DD): ${problem}`,
    );
  });

  it('names the problem in the words of the example', () => {
    expect(() => parsePlainDate('2026-02-30')).toThrow(
      "'2026-02-30' is not a valid date (expected YYYY-MM-DD)",
    );
  });

  it.each([
    '2026-1-1',
    '26-01-01',
    '20260101',
    '2026/01/01',
    '2026-01-01T00:00',
    '2026-01-01Z',
    '+002026-01-01',
    '-002026-01-01',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026-01-01\n',
    '',
    '２０２６-01-01',
    'yesterday',
  ])('rejects %j, which is not written YYYY-MM-DD', (text) => {
    expect(() => parsePlainDate(text)).toThrow(RangeError);
    expect(() => parsePlainDate(text)).toThrow('is not a valid date (expected YYYY-MM-DD)');
  });

  it('shortens a very long input in the message', () => {
    const text = 'x'.repeat(10_000);
    expect(() => parsePlainDate(text)).toThrow(/^'x{40}…' is not a valid date/);
  });

  it('survives a value that is not text at runtime', () => {
    expect(() => parsePlainDate(20260101 as unknown as string)).toThrow(RangeError);
  });

  it('reads back every date it writes (property)', () => {
    const epoch = Temporal.PlainDate.from('0001-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_652_058 }), (offset) => {
        const date = epoch.add({ days: offset });
        expect(parsePlainDate(date.toString()).equals(date)).toBe(true);
      }),
    );
  });
});

describe('isPlainDateText', () => {
  it('says yes exactly when parsePlainDate succeeds (property)', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (text) => {
        let parses = true;
        try {
          parsePlainDate(text);
        } catch {
          parses = false;
        }
        expect(isPlainDateText(text)).toBe(parses);
      }),
    );
  });

  it.each([undefined, null, 20260101, {}, ['2026-01-01']])('says no to %j', (value) => {
    expect(isPlainDateText(value)).toBe(false);
  });
});
