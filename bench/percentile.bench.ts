import { performance } from 'node:perf_hooks';
import { instantMillis } from '../src/billing/rules/instant-millis.ts';
import { ninetyFifthPercentile } from '../src/billing/rules/ninety-fifth-percentile.ts';
import type { PortSample } from '../src/billing/rules/ninety-fifth-percentile.ts';
import { defineOneShotBenchmark } from './benchmark.ts';

/*
 * The 95th percentile (vn:7.1.4) of 1,000 ports over a 31-day month: 8,928 five-minute intervals
 * each (8,929 samples with the one before the month), target under 10 s in all. The floor is sorting
 * the same number of doubles: each port's 2 × 8,928 interval rates, inbound and outbound, as
 * Float64Arrays. Each port's samples are made before its timing starts (not measured), so the
 * figures are the rule's alone.
 */

const PORTS = 1000;
const INTERVALS = 31 * 288;
const TARGET_MS = 10_000;
const start = Date.parse('2026-09-30T23:55:00Z');
const instants = Array.from({ length: INTERVALS + 1 }, (_, i) => new Date(start + i * 300_000).toISOString());

export default defineOneShotBenchmark({
  name: `95th percentile: ${PORTS.toLocaleString('en')} ports × ${INTERVALS.toLocaleString('en')} intervals (31 days)`,
  once: async () => {
    let ruleMillis = 0;
    let floorMillis = 0;
    let rated = 0;
    let sorted = 0;
    for (let port = 0; port < PORTS; port++) {
      const samples = portMonth(port);
      const rates = intervalRates(samples);
      let started = performance.now();
      const result = ninetyFifthPercentile(samples);
      ruleMillis += performance.now() - started;
      rated += result.value.intervals;
      started = performance.now();
      rates.sort();
      sorted += rates.length;
      floorMillis += performance.now() - started;
    }
    console.log(
      `  rule   ${seconds(ruleMillis)}  ${(ruleMillis / PORTS).toFixed(2)} ms a port, ` +
        `${count(rated)} intervals rated (gaps and restarts dropped)`,
    );
    console.log(
      `  floor  ${seconds(floorMillis)}  sorting the ${count(sorted)} interval rates, in and out, per port`,
    );
    console.log(
      `  ratio  ${(ruleMillis / floorMillis).toFixed(1)}×   target < ${seconds(TARGET_MS)}: ${ruleMillis < TARGET_MS ? 'met' : 'MISSED'}`,
    );
  },
});

/** The floor's values: the port's interval rates in bit/s, inbound then outbound (not timed). */
function intervalRates(samples: readonly PortSample[]): Float64Array {
  const rates = new Float64Array(2 * (samples.length - 1));
  for (let i = 1; i < samples.length; i++) {
    const seconds = (instantMillis(samples[i]!.at) - instantMillis(samples[i - 1]!.at)) / 1000;
    rates[2 * (i - 1)] = (Number(samples[i]!.inOctets - samples[i - 1]!.inOctets) * 8) / seconds;
    rates[2 * i - 1] = (Number(samples[i]!.outOctets - samples[i - 1]!.outOctets) * 8) / seconds;
  }
  return rates;
}

/**
 * A month of a port's counters: a daily curve with bursts, the 64-bit counters starting anywhere
 * (one port in 50 close to the top, so it wraps), and one port in 100 with a 30-minute gap and a
 * restart of the device.
 */
function portMonth(port: number): PortSample[] {
  let seed = port * 2_654_435_761 + 1;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const peakMbps = 10 + (port % 90) * 10;
  let inOctets = port % 50 === 7 ? (1n << 64n) - 10n ** 12n : BigInt(Math.floor(random() * 1e15));
  let outOctets = BigInt(Math.floor(random() * 1e15));
  const samples: PortSample[] = [];
  for (let i = 0; i <= INTERVALS; i++) {
    if (port % 100 === 3 && i > 4000 && i <= 4006) continue;
    if (port % 100 === 3 && i === 6000) inOctets = outOctets = 0n;
    const daily = 0.5 + 0.5 * Math.sin(((i % 288) / 288) * 2 * Math.PI);
    const burst = random() < 0.03 ? 3 : 1;
    const mbps = peakMbps * (0.1 + 0.9 * daily) * burst * (0.8 + 0.4 * random());
    inOctets = (inOctets + BigInt(Math.floor(mbps * 37_500_000))) % (1n << 64n);
    outOctets = (outOctets + BigInt(Math.floor(mbps * 12_500_000))) % (1n << 64n);
    samples.push({ at: instants[i]!, inOctets, outOctets });
  }
  return samples;
}

const count = (value: number) => Math.round(value).toLocaleString('en');
const seconds = (millis: number) => `${(millis / 1000).toFixed(2)} s`;
