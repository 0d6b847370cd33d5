import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { findShippedProfile } from '../../terms/index.ts';
import type { SlaTerms } from './sla-clock.ts';
import { elapsedHours, slaDeadlines, slaLocalTime } from './sla-clock.ts';

function vitrumNetSla(): SlaTerms {
  const sla = findShippedProfile('vitrumnet-2.5-2018-04-15')?.sla;
  if (!sla) throw new Error('the shipped VitrumNet profile has no SLA section');
  return sla;
}

const sla = vitrumNetSla();
const instant = (text: string) => Temporal.Instant.from(text);

// vn:6.4.10 as the seed states it: fiber count → average and maximum hours.
const TABLE: readonly [fibers: number, average: number, maximum: number][] = [
  [12, 6, 8],
  [24, 6, 8],
  [48, 9, 14],
  [96, 12, 18],
  [144, 18, 22],
  [192, 20, 26],
];

describe('the SLA clock of a fiber break (vn:6.4.10)', () => {
  const reportedAt = instant('2027-05-12T10:15:00Z');

  describe.each(TABLE)('a cable of %i fibers', (fiberCount, average, maximum) => {
    it(`runs ${average} h on average and ${maximum} h at most without definitive repair`, () => {
      const deadlines = slaDeadlines(sla, { fiberCount, reportedAt, definitiveRepair: false });
      expect(deadlines).toMatchObject({ fiberCount, averageHours: average, maximumHours: maximum });
      expect(deadlines.averageBy.equals(reportedAt.add({ hours: average }))).toBe(true);
      expect(deadlines.maximumBy.equals(reportedAt.add({ hours: maximum }))).toBe(true);
      expect(deadlines.because).toEqual(['vn:6.4.10']);
    });

    it(`runs ${average + 2} h and ${maximum + 2} h with a direct definitive repair`, () => {
      const deadlines = slaDeadlines(sla, { fiberCount, reportedAt, definitiveRepair: true });
      expect(deadlines).toMatchObject({
        definitiveRepair: true,
        averageHours: average + 2,
        maximumHours: maximum + 2,
      });
      expect(elapsedHours(reportedAt, deadlines.averageBy)).toBe(average + 2);
      expect(elapsedHours(reportedAt, deadlines.maximumBy)).toBe(maximum + 2);
    });
  });

  it('covers every fiber count of the shipped table and nothing more', () => {
    const counts = sla.repairTimes.flatMap((row) => row.fiberCounts).sort((a, b) => a - b);
    expect(counts).toEqual(TABLE.map(([fibers]) => fibers));
    expect(sla.definitiveRepairExtraHours).toBe(2);
  });

  it('refuses a fiber count that is not a cable class, naming fiberCount and the known classes', () => {
    const ask = () => slaDeadlines(sla, { fiberCount: 36, reportedAt, definitiveRepair: false });
    expect(ask).toThrow(InvalidInputError);
    try {
      ask();
    } catch (error) {
      expect((error as InvalidInputError).problems).toEqual([
        { field: 'fiberCount', problem: expect.stringContaining('12, 24, 48, 96, 144, 192') as string },
      ]);
    }
  });
});

describe('the SLA clock across a daylight-saving change (vn:6.4.11: elapsed hours)', () => {
  it('counts the hour lost in spring: 6 elapsed hours read as 7 on the wall clock', () => {
    // 28 March 2027, 02:00 CET becomes 03:00 CEST.
    const reportedAt = instant('2027-03-28T00:30:00+01:00');
    const deadlines = slaDeadlines(sla, { fiberCount: 12, reportedAt, definitiveRepair: false });
    expect(slaLocalTime(reportedAt)).toBe('2027-03-28T00:30:00+01:00');
    expect(slaLocalTime(deadlines.averageBy)).toBe('2027-03-28T07:30:00+02:00');
    expect(slaLocalTime(deadlines.maximumBy)).toBe('2027-03-28T09:30:00+02:00');
    expect(elapsedHours(reportedAt, deadlines.averageBy)).toBe(6);
    expect(elapsedHours(reportedAt, deadlines.maximumBy)).toBe(8);
  });

  it('counts the hour gained in autumn: 8 elapsed hours read as 7 on the wall clock', () => {
    // 31 October 2027, 03:00 CEST becomes 02:00 CET.
    const reportedAt = instant('2027-10-31T01:00:00+02:00');
    const deadlines = slaDeadlines(sla, { fiberCount: 24, reportedAt, definitiveRepair: false });
    expect(slaLocalTime(deadlines.averageBy)).toBe('2027-10-31T06:00:00+01:00');
    expect(slaLocalTime(deadlines.maximumBy)).toBe('2027-10-31T08:00:00+01:00');
    expect(elapsedHours(reportedAt, deadlines.maximumBy)).toBe(8);
  });

  it('shows the repeated hour of the autumn change with the offset of its own moment', () => {
    // 02:30 happens twice on 31 October 2027: first in summer time, an hour later in winter time.
    const first = instant('2027-10-31T00:30:00Z');
    expect(slaLocalTime(first)).toBe('2027-10-31T02:30:00+02:00');
    expect(slaLocalTime(first.add({ hours: 1 }))).toBe('2027-10-31T02:30:00+01:00');
    expect(elapsedHours(first, first.add({ hours: 1 }))).toBe(1);
  });
});

describe('elapsedHours', () => {
  it('counts to the minute', () => {
    expect(elapsedHours(instant('2027-05-12T10:00:00Z'), instant('2027-05-12T16:45:20Z'))).toBe(6.75);
    expect(elapsedHours(instant('2027-05-12T10:00:00Z'), instant('2027-05-12T10:00:29Z'))).toBe(0);
  });
});

describe('SLA clock properties', () => {
  const fiberCount = fc.constantFrom(...sla.repairTimes.flatMap((row) => row.fiberCounts));
  // Instants over 2020–2040, to the second, so every daylight-saving change is in reach.
  const reportedAt = fc
    .integer({ min: 1_577_836_800, max: 2_208_988_800 })
    .map((seconds) => Temporal.Instant.fromEpochMilliseconds(seconds * 1000));

  it('never sets the maximum before the average', () => {
    fc.assert(
      fc.property(fiberCount, reportedAt, fc.boolean(), (fibers, at, definitiveRepair) => {
        const d = slaDeadlines(sla, { fiberCount: fibers, reportedAt: at, definitiveRepair });
        expect(d.maximumHours).toBeGreaterThanOrEqual(d.averageHours);
        expect(Temporal.Instant.compare(d.maximumBy, d.averageBy)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('adds exactly the definitive-repair hours to both times', () => {
    fc.assert(
      fc.property(fiberCount, reportedAt, (fibers, at) => {
        const plain = slaDeadlines(sla, { fiberCount: fibers, reportedAt: at, definitiveRepair: false });
        const definitive = slaDeadlines(sla, { fiberCount: fibers, reportedAt: at, definitiveRepair: true });
        const extra = sla.definitiveRepairExtraHours;
        expect(definitive.averageHours - plain.averageHours).toBe(extra);
        expect(definitive.maximumHours - plain.maximumHours).toBe(extra);
        expect(elapsedHours(plain.maximumBy, definitive.maximumBy)).toBe(extra);
      }),
    );
  });

  it('puts maximumBy exactly maximumHours after the report, whatever the local clock does', () => {
    fc.assert(
      fc.property(fiberCount, reportedAt, fc.boolean(), (fibers, at, definitiveRepair) => {
        const d = slaDeadlines(sla, { fiberCount: fibers, reportedAt: at, definitiveRepair });
        expect(elapsedHours(at, d.maximumBy)).toBe(d.maximumHours);
        expect(elapsedHours(at, d.averageBy)).toBe(d.averageHours);
        expect(Temporal.Instant.from(slaLocalTime(d.maximumBy)).equals(d.maximumBy)).toBe(true);
      }),
    );
  });
});
