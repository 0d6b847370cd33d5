import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceChangeNotice } from './price-change-notice.ts';
import { date, problemsOf } from './test-support.ts';

describe('price change notice (vn:7.4.1–7.4.3, bit:5.2)', () => {
  it('tells the customer in time when announced any day before the change, by default', () => {
    expect(priceChangeNotice({ effectiveFrom: date('2027-01-01'), announcedOn: date('2026-12-31') })).toEqual(
      {
        value: true,
        because: ['bit:5.2', 'vn:7.4.1', 'vn:7.4.3'],
        figures: {
          effectiveFrom: '2027-01-01',
          announcedOn: '2026-12-31',
          noticeDays: 1,
          minimumNoticeDays: 0,
          latestAnnouncement: '2026-12-31',
        },
      },
    );
  });

  it('is too late on the day the change takes effect, or after it', () => {
    const sameDay = priceChangeNotice({ effectiveFrom: date('2027-01-01'), announcedOn: date('2027-01-01') });
    expect(sameDay.value).toBe(false);
    expect(sameDay.figures.noticeDays).toBe(0);
    const after = priceChangeNotice({ effectiveFrom: date('2027-01-01'), announcedOn: date('2027-01-05') });
    expect(after.figures.noticeDays).toBe(-4);
  });

  it('counts a minimum notice of N days as announcement + N ≤ effective date', () => {
    const notice = (announcedOn: string) =>
      priceChangeNotice(
        { effectiveFrom: date('2027-03-01'), announcedOn: date(announcedOn), minimumNoticeDays: 30 },
        ['vn:7.4.3'],
      );
    expect(notice('2027-01-30')).toMatchObject({
      value: true,
      because: ['vn:7.4.3'],
      figures: { noticeDays: 30, latestAnnouncement: '2027-01-30' },
    });
    expect(notice('2027-01-31').value).toBe(false);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a minimum notice of %s days', (days) => {
    const [problem] = problemsOf(() =>
      priceChangeNotice({
        effectiveFrom: date('2027-01-01'),
        announcedOn: date('2026-12-01'),
        minimumNoticeDays: days,
      }),
    );
    expect(problem?.field).toBe('minimumNoticeDays');
  });

  it('property: in time exactly when the notice is at least the minimum, and at least a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.nat(120), (offset, minimum) => {
        const effectiveFrom = date('2027-01-01');
        const answer = priceChangeNotice({
          effectiveFrom,
          announcedOn: effectiveFrom.add({ days: offset }),
          minimumNoticeDays: minimum,
        });
        expect(answer.figures.noticeDays).toBe(0 - offset);
        expect(answer.value).toBe(0 - offset >= Math.max(1, minimum));
      }),
    );
  });
});
