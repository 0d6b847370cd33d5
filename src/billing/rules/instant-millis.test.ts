import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMillis } from './instant-millis.ts';

describe('instantMillis', () => {
  it('reads the UTC form as Date.parse does, with or without milliseconds', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString();
          expect(instantMillis(iso)).toBe(date.getTime());
          expect(instantMillis(`${iso.slice(0, 19)}Z`)).toBe(Date.parse(`${iso.slice(0, 19)}Z`));
        },
      ),
    );
  });

  it('reads an offset, and refuses a date-time without a zone or an impossible date', () => {
    expect(instantMillis('2026-10-01T02:05:00+02:00')).toBe(Date.parse('2026-10-01T00:05:00Z'));
    expect(instantMillis('2028-02-29T00:00:00Z')).toBe(Date.parse('2028-02-29T00:00:00Z'));
    expect(instantMillis('2026-10-01T00:05:00')).toBeNaN();
    expect(instantMillis('2026-02-29T00:00:00Z')).toBeNaN();
    expect(instantMillis('2026-10-01T24:00:00Z')).toBeNaN();
    expect(instantMillis('2026-10-01T00:05:00,000Z')).toBeNaN();
    expect(instantMillis('yesterday')).toBeNaN();
  });
});
