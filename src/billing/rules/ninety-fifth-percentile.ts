import { InvalidInputError } from '../../shared/errors/index.ts';
import { explain } from '../../shared/explanation/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { instantMillis } from './instant-millis.ts';

/** One reading of a port's 64-bit octet counters, as the switch reports it every 5 minutes. */
export interface PortSample {
  /** An ISO 8601 instant with `Z` or an offset. */
  readonly at: string;
  readonly inOctets: bigint;
  readonly outOctets: bigint;
}

export interface SampleGap {
  readonly from: string;
  readonly to: string;
}

export interface NinetyFifthPercentile {
  /** The billed rate, Mbit/s with 3 decimals, rounded half up. */
  readonly billedMbps: string;
  /** The 95th percentile of each direction, bit/s rounded half up. */
  readonly inboundBps: bigint;
  readonly outboundBps: bigint;
  /** The direction billed: the higher of the two (inbound on a tie). */
  readonly direction: 'in' | 'out';
  readonly samples: number;
  /** The intervals rated: those not dropped as a gap or a counter reset. */
  readonly intervals: number;
  readonly gaps: SampleGap[];
  /** The instants of the readings lower than the one before (a device restart). */
  readonly resets: string[];
}

export type NinetyFifthPercentileFigures = {
  /** The 1-based rank of the billed rate among the ascending interval rates: ceil(0.95 × n). */
  readonly rank: number;
  readonly rankRule: string;
  readonly intervalSeconds: number;
  readonly gapAfterSeconds: number;
};

export const SAMPLE_INTERVAL_SECONDS = 300;
/** Polling jitter is allowed up to half an interval; anything longer lost at least one sample. */
export const GAP_AFTER_SECONDS = 450;
const GAP_AFTER_MS = GAP_AFTER_SECONDS * 1000;

const COUNTER_TOP = 1n << 64n;
/** A counter only wraps near its top; a lower reading after a smaller one is a restart. */
const WRAP_ZONE = 1n << 63n;

/**
 * vn:7.1.4 extra usage: the 95th-percentile bandwidth of a port over a calendar month, the standard
 * burstable billing reading. Each interval between two consecutive samples gets a rate in bit/s
 * (octets × 8 / seconds), inbound and outbound apart; the rates are sorted ascending and the top 5 %
 * discarded: with n rates, the billed rate is the one at 1-based rank ceil(0.95 × n). The higher
 * direction is billed.
 *
 * Intervals are dropped, never guessed, and reported:
 * - a gap (longer than 7.5 minutes, i.e. samples went missing): the missing intervals are simply
 *   absent, and the traffic of the one long interval is NOT spread over imagined 5-minute samples
 *   (an average over a gap would understate the bursts the percentile is meant to bill);
 * - a counter reset (a reading lower than the one before that is not a wrap of the 64-bit counter).
 *
 * The samples must be in time order; pass the last sample before the month as the first, so the
 * month's first interval is rated too.
 */
export function ninetyFifthPercentile(
  samples: readonly PortSample[],
): Explanation<NinetyFifthPercentile, NinetyFifthPercentileFigures> {
  const rated = rateIntervals(samples);
  const n = rated.inbound.length;
  if (n === 0) {
    throw new InvalidInputError(
      'samples',
      `no interval to rate among ${samples.length} samples` +
        (samples.length < 2 ? ': at least two are needed' : ': every interval was a gap or a counter reset'),
    );
  }
  const rank = percentileRank(n);
  const inbound = exactRateAt(samples, rated.intervalOf, rated.inbound, rank, 'inOctets');
  const outbound = exactRateAt(samples, rated.intervalOf, rated.outbound, rank, 'outOctets');
  // Compare the exact fractions delta × 8 / ms by cross-multiplying.
  const direction = outbound.delta * inbound.ms > inbound.delta * outbound.ms ? 'out' : 'in';
  const billed = direction === 'in' ? inbound : outbound;
  return explain(
    {
      billedMbps: formatMilli(roundHalfUp(billed.delta * 8n, billed.ms)),
      inboundBps: roundHalfUp(inbound.delta * 8000n, inbound.ms),
      outboundBps: roundHalfUp(outbound.delta * 8000n, outbound.ms),
      direction,
      samples: samples.length,
      intervals: n,
      gaps: rated.gaps,
      resets: rated.resets,
    },
    ['vn:7.1.4'],
    {
      rank,
      rankRule: 'ceil(0.95 × n): the top 5 % of the interval rates are discarded',
      intervalSeconds: SAMPLE_INTERVAL_SECONDS,
      gapAfterSeconds: GAP_AFTER_SECONDS,
    },
  );
}

/** The 1-based rank ceil(0.95 × n), in integers so no floating point can tip it. */
export function percentileRank(n: number): number {
  return Math.floor((95 * n + 99) / 100);
}

/**
 * The octets counted from `previous` to `current`, or undefined for a counter reset. A lower
 * reading is a wrap when the previous one was in the top half of the 64-bit range.
 */
export function counterDelta(previous: bigint, current: bigint): bigint | undefined {
  if (current >= previous) return current - previous;
  if (previous > WRAP_ZONE) return COUNTER_TOP - previous + current;
  return undefined;
}

interface RatedIntervals {
  /** Rates in bit/s, one per rated interval, in time order. */
  readonly inbound: Float64Array;
  readonly outbound: Float64Array;
  /** The index of each rated interval's closing sample. */
  readonly intervalOf: Int32Array;
  readonly gaps: SampleGap[];
  readonly resets: string[];
}

function rateIntervals(samples: readonly PortSample[]): RatedIntervals {
  const size = Math.max(samples.length - 1, 0);
  const inbound = new Float64Array(size);
  const outbound = new Float64Array(size);
  const intervalOf = new Int32Array(size);
  const gaps: SampleGap[] = [];
  const resets: string[] = [];
  let n = 0;
  let previous = samples[0];
  let previousMs = previous ? instantMs(previous.at, 0) : 0;
  if (previous) checkCounters(previous, 0);
  for (let i = 1; i < samples.length; i++) {
    const sample = samples[i]!;
    const ms = instantMs(sample.at, i);
    checkCounters(sample, i);
    const elapsed = ms - previousMs;
    if (elapsed <= 0) {
      throw new InvalidInputError(
        `samples[${i}].at`,
        `${sample.at} is not after ${previous!.at}: give the samples in time order, each instant once`,
      );
    }
    const deltaIn = counterDelta(previous!.inOctets, sample.inOctets);
    const deltaOut = counterDelta(previous!.outOctets, sample.outOctets);
    const gap = elapsed > GAP_AFTER_MS;
    if (gap) gaps.push({ from: previous!.at, to: sample.at });
    if (deltaIn === undefined || deltaOut === undefined) resets.push(sample.at);
    else if (!gap) {
      inbound[n] = (Number(deltaIn) * 8000) / elapsed;
      outbound[n] = (Number(deltaOut) * 8000) / elapsed;
      intervalOf[n] = i;
      n += 1;
    }
    previous = sample;
    previousMs = ms;
  }
  return {
    inbound: inbound.subarray(0, n),
    outbound: outbound.subarray(0, n),
    intervalOf: intervalOf.subarray(0, n),
    gaps,
    resets,
  };
}

function instantMs(at: string, index: number): number {
  const ms = instantMillis(at);
  if (Number.isNaN(ms)) {
    throw new InvalidInputError(`samples[${index}].at`, 'must be an ISO 8601 instant with Z or an offset');
  }
  return ms;
}

function checkCounters(sample: PortSample, index: number): void {
  for (const field of ['inOctets', 'outOctets'] as const) {
    const value = sample[field];
    if (typeof value !== 'bigint' || value < 0n || value >= COUNTER_TOP) {
      throw new InvalidInputError(`samples[${index}].${field}`, 'must be a 64-bit unsigned counter reading');
    }
  }
}

interface ExactRate {
  readonly delta: bigint;
  readonly ms: bigint;
}

/**
 * The rate at `rank`, exact: the ranking runs on doubles (a selection, no full sort), then the
 * chosen interval's rate is computed again from its counters with bigints, so the billed figure
 * does not carry floating-point error.
 */
function exactRateAt(
  samples: readonly PortSample[],
  intervalOf: Int32Array,
  rates: Float64Array,
  rank: number,
  field: 'inOctets' | 'outOctets',
): ExactRate {
  const value = selectKth(rates.slice(), rank - 1);
  const position = rates.indexOf(value);
  const closing = intervalOf[position]!;
  const from = samples[closing - 1]!;
  const to = samples[closing]!;
  return {
    delta: counterDelta(from[field], to[field])!,
    ms: BigInt(instantMillis(to.at) - instantMillis(from.at)),
  };
}

/** The k-th smallest value (0-based) of `values`, which it reorders: Hoare's quickselect. */
export function selectKth(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const pivot = medianOfThree(values[left]!, values[(left + right) >>> 1]!, values[right]!);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k]!;
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Thousandths as decimal text with 3 places: 1234567n → "1234.567". */
function formatMilli(thousandths: bigint): string {
  const text = thousandths.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
}
