import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { counterDelta, ninetyFifthPercentile, percentileRank, selectKth } from './ninety-fifth-percentile.ts';
import type { PortSample } from './ninety-fifth-percentile.ts';

const start = Date.parse('2026-10-01T00:00:00Z');
const minute = 60_000;
const at = (minutes: number) => new Date(start + minutes * minute).toISOString();
/** 1 Mbit/s for 300 s is 37,500,000 octets. */
const MBPS_5MIN = 37_500_000n;

/** Samples 5 minutes apart whose intervals carry these octet deltas, inbound and outbound. */
function samplesOf(deltas: readonly (readonly [bigint, bigint])[], first: [bigint, bigint] = [0n, 0n]) {
  const samples: PortSample[] = [{ at: at(0), inOctets: first[0], outOctets: first[1] }];
  let [inOctets, outOctets] = first;
  deltas.forEach(([dIn, dOut], i) => {
    inOctets += dIn;
    outOctets += dOut;
    samples.push({ at: at(5 * (i + 1)), inOctets, outOctets });
  });
  return samples;
}

/** Intervals of 1, 2, …, n Mbit/s inbound (shuffled: 13 is coprime with every n used) and 0.5 Mbit/s outbound. */
const rising = (n: number) =>
  samplesOf(
    Array.from({ length: n }, (_, i) => [BigInt(((i * 13) % n) + 1) * MBPS_5MIN, MBPS_5MIN / 2n] as const),
  );

describe('percentileRank: ceil(0.95 × n), the top 5 % discarded (vn:7.1.4)', () => {
  it.each([
    [1, 1],
    [19, 19],
    [20, 19],
    [21, 20],
    [100, 95],
    [8928, 8482],
  ])('n = %i → rank %i', (n, rank) => expect(percentileRank(n)).toBe(rank));

  it.each([
    [1, '1.000'],
    [19, '19.000'],
    [20, '19.000'],
    [21, '20.000'],
    [100, '95.000'],
  ])('with %i interval rates of 1…n Mbit/s the billed rate is %s Mbit/s', (n, billed) => {
    const result = ninetyFifthPercentile(rising(n));
    expect(result.value).toMatchObject({ billedMbps: billed, direction: 'in', intervals: n, samples: n + 1 });
    expect(result.figures.rank).toBe(percentileRank(n));
  });

  it('takes rank 8482 of a 31-day month of 8,928 intervals', () => {
    // 13 is coprime with 8928, so each of 1…8928 kbit/s appears once.
    const deltas = Array.from(
      { length: 8928 },
      (_, i) => [BigInt(((i * 13) % 8928) + 1) * 37_500n, 0n] as const,
    );
    const result = ninetyFifthPercentile(samplesOf(deltas));
    expect(result.value.billedMbps).toBe('8.482');
    expect(result.value.inboundBps).toBe(8_482_000n);
  });
});

describe('ninetyFifthPercentile (vn:7.1.4)', () => {
  it('rates each interval by octets × 8 / seconds, in and out apart, and bills the higher', () => {
    // Inbound 2, 4, 1 Mbit/s; outbound 3, 6, 5 Mbit/s. n = 3, rank 3: in 4, out 6 → out is billed.
    const result = ninetyFifthPercentile(
      samplesOf([
        [2n * MBPS_5MIN, 3n * MBPS_5MIN],
        [4n * MBPS_5MIN, 6n * MBPS_5MIN],
        [1n * MBPS_5MIN, 5n * MBPS_5MIN],
      ]),
    );
    expect(result).toEqual({
      value: {
        billedMbps: '6.000',
        inboundBps: 4_000_000n,
        outboundBps: 6_000_000n,
        direction: 'out',
        samples: 4,
        intervals: 3,
        gaps: [],
        resets: [],
      },
      because: ['vn:7.1.4'],
      figures: {
        rank: 3,
        rankRule: 'ceil(0.95 × n): the top 5 % of the interval rates are discarded',
        intervalSeconds: 300,
        gapAfterSeconds: 450,
      },
    });
  });

  it('rounds half up: 1000.5 kbit/s bills 1.001 Mbit/s, and bit/s are exact', () => {
    // 37,518,750 octets × 8 / 300 s = 1,000,500 bit/s.
    const result = ninetyFifthPercentile(samplesOf([[37_518_750n, 0n]]));
    expect(result.value).toMatchObject({ billedMbps: '1.001', inboundBps: 1_000_500n, outboundBps: 0n });
    // 1000 octets over 301 s = 26.58 bit/s → 27; 0.027 kbit/s → 0.000 Mbit/s.
    const odd = ninetyFifthPercentile([
      { at: at(0), inOctets: 0n, outOctets: 0n },
      { at: new Date(start + 301_000).toISOString(), inOctets: 1000n, outOctets: 0n },
    ]);
    expect(odd.value).toMatchObject({ inboundBps: 27n, billedMbps: '0.000' });
  });

  it('reads a wrap of the 64-bit counter near its top as counting on', () => {
    const top = 1n << 64n;
    const result = ninetyFifthPercentile([
      { at: at(0), inOctets: top - 1000n, outOctets: 0n },
      { at: at(5), inOctets: MBPS_5MIN - 1000n, outOctets: 0n },
    ]);
    expect(result.value).toMatchObject({ billedMbps: '1.000', resets: [], intervals: 1 });
    expect(counterDelta(top - 1n, 0n)).toBe(1n);
  });

  it('drops and reports an interval whose counter went down (a restart), guessing nothing', () => {
    const samples = samplesOf([
      [MBPS_5MIN, MBPS_5MIN],
      [3n * MBPS_5MIN, MBPS_5MIN],
    ]);
    const restarted: PortSample[] = [
      ...samples,
      { at: at(15), inOctets: 10n, outOctets: 10n },
      { at: at(20), inOctets: 10n + 2n * MBPS_5MIN, outOctets: 10n },
    ];
    const result = ninetyFifthPercentile(restarted);
    expect(result.value).toMatchObject({ resets: [at(15)], intervals: 3, samples: 5, billedMbps: '3.000' });
    expect(counterDelta(1_000_000n, 5n)).toBeUndefined();
  });

  it('reports a gap and leaves its intervals out, without spreading the long interval', () => {
    const result = ninetyFifthPercentile([
      { at: at(0), inOctets: 0n, outOctets: 0n },
      { at: at(5), inOctets: MBPS_5MIN, outOctets: 0n },
      // 20 minutes later: three samples are missing; 12 Mbit/s over 5 minutes' worth would be 3 Mbit/s.
      { at: at(25), inOctets: MBPS_5MIN + 12n * MBPS_5MIN, outOctets: 0n },
      // 7 minutes is jitter, not a gap: 2 Mbit/s × 420 s.
      { at: at(32), inOctets: 13n * MBPS_5MIN + 105_000_000n, outOctets: 0n },
    ]);
    expect(result.value).toMatchObject({
      gaps: [{ from: at(5), to: at(25) }],
      intervals: 2,
      billedMbps: '2.000',
    });
  });

  it('refuses samples out of order, without a zone, with counters out of range, or nothing to rate', () => {
    const fields = (samples: PortSample[]) => {
      try {
        ninetyFifthPercentile(samples);
      } catch (error) {
        if (error instanceof InvalidInputError) return error.problems.map((p) => p.field);
        throw error;
      }
      return [];
    };
    const a = { at: at(0), inOctets: 0n, outOctets: 0n };
    expect(fields([a, { ...a }])).toEqual(['samples[1].at']);
    expect(fields([a, { ...a, at: '2026-10-01T00:05:00' }])).toEqual(['samples[1].at']);
    expect(fields([a, { ...a, at: at(5), outOctets: 1n << 64n }])).toEqual(['samples[1].outOctets']);
    expect(fields([a])).toEqual(['samples']);
    expect(fields([a, { at: at(30), inOctets: 5n, outOctets: 5n }])).toEqual(['samples']);
  });

  it('takes instants with an offset', () => {
    const result = ninetyFifthPercentile([
      { at: '2026-10-01T02:00:00+02:00', inOctets: 0n, outOctets: 0n },
      { at: '2026-10-01T00:05:00Z', inOctets: MBPS_5MIN, outOctets: 0n },
    ]);
    expect(result.value.billedMbps).toBe('1.000');
  });
});

describe('ninetyFifthPercentile: properties', () => {
  // Deltas in whole kbit/s over 5 minutes (37,500 octets each) keep every rate an exact integer.
  const kbpsDeltas = fc.array(fc.tuple(fc.nat(2_000_000), fc.nat(2_000_000)), {
    minLength: 1,
    maxLength: 300,
  });
  const toSamples = (kbps: readonly (readonly [number, number])[], k = 1n) =>
    samplesOf(kbps.map(([i, o]) => [BigInt(i) * 37_500n * k, BigInt(o) * 37_500n * k] as const));

  it('bills one of the interval rates, with at least 95 % of the rates at or below it', () => {
    fc.assert(
      fc.property(kbpsDeltas, (kbps) => {
        const { value } = ninetyFifthPercentile(toSamples(kbps));
        const inbound = kbps.map(([i]) => BigInt(i) * 1000n);
        expect(inbound).toContain(value.inboundBps);
        const atOrBelow = inbound.filter((rate) => rate <= value.inboundBps).length;
        expect(atOrBelow).toBeGreaterThanOrEqual(0.95 * kbps.length);
        // And it is the lowest such rate: fewer than ceil(0.95 × n) rates lie strictly below.
        expect(inbound.filter((rate) => rate < value.inboundBps).length).toBeLessThan(
          percentileRank(kbps.length),
        );
        const billed = value.direction === 'in' ? value.inboundBps : value.outboundBps;
        expect(billed).toBe(value.inboundBps > value.outboundBps ? value.inboundBps : value.outboundBps);
      }),
    );
  });

  it('scales with the traffic: k times every delta bills k times the rate', () => {
    fc.assert(
      fc.property(kbpsDeltas, fc.integer({ min: 1, max: 1000 }), (kbps, k) => {
        const once = ninetyFifthPercentile(toSamples(kbps)).value;
        const scaled = ninetyFifthPercentile(toSamples(kbps, BigInt(k))).value;
        expect(scaled.inboundBps).toBe(once.inboundBps * BigInt(k));
        expect(scaled.outboundBps).toBe(once.outboundBps * BigInt(k));
        const thousandths = (mbps: string) => BigInt(mbps.replace('.', ''));
        expect(thousandths(scaled.billedMbps)).toBe(thousandths(once.billedMbps) * BigInt(k));
      }),
    );
  });

  it('selectKth finds what a full sort puts at k, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          const sorted = Float64Array.from(values).sort();
          expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
        },
      ),
    );
  });
});
