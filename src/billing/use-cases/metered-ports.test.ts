import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditTrailOf } from '../../platform/audit/index.ts';
import { ConflictError, NotFoundError } from '../../shared/errors/index.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { usageRecords } from '../schema.ts';
import { addMeteredPort } from './add-metered-port.ts';
import { ratePortBandwidth } from './rate-port-bandwidth.ts';
import { recordPortSamples } from './record-port-samples.ts';
import { contextOn, refusedFields, seedUsageFixture } from './usage-test-support.ts';
import type { UsageFixture } from './usage-test-support.ts';

/** 1 Mbit/s for 5 minutes, in octets. */
const MBPS_5MIN = 37_500_000n;
/** October 2026 in Amsterdam: from 2026-09-30T22:00Z (CEST) to 2026-10-31T23:00Z (CET). */
const OCTOBER_START = Date.parse('2026-09-30T22:00:00Z');
const at = (minutes: number) => new Date(OCTOBER_START + minutes * 60_000).toISOString();

/** Counters rising by the given Mbit/s per 5 minutes inbound, a steady 1 Mbit/s outbound, from `start`. */
function samples(mbps: readonly number[], start = 0) {
  let inOctets = 1_000_000n;
  let outOctets = 0n;
  return [
    { at: at(start), inOctets: inOctets.toString(), outOctets: outOctets.toString() },
    ...mbps.map((rate, i) => {
      inOctets += BigInt(rate) * MBPS_5MIN;
      outOctets += MBPS_5MIN;
      return { at: at(start + 5 * (i + 1)), inOctets: inOctets.toString(), outOctets: outOctets.toString() };
    }),
  ];
}

describeEachStore('metered ports', (database) => {
  let products: UsageFixture;
  const db = () => database().db;
  const port = (id: string) => ({
    id,
    sellerId: 'vitrumnet',
    customerId: 'CU-1',
    productId: products.bandwidth,
    description: `Transit ${id}`,
  });
  beforeAll(async () => {
    products = await seedUsageFixture(db(), 'MP');
  });

  it('adds a port billed by a bandwidth product of the seller, refusing anything else', async () => {
    const added = await addMeteredPort(contextOn(db()), port('ams1-sw3:xe-0/0/1'));
    expect(added).toMatchObject({ id: 'ams1-sw3:xe-0/0/1', customerId: 'CU-1', subscriptionId: null });
    const trail = await auditTrailOf(db(), { type: 'metered-port', id: added.id });
    expect(trail.map((e) => e.action)).toEqual(['metered-port.added']);
    await expect(addMeteredPort(contextOn(db()), port('ams1-sw3:xe-0/0/1'))).rejects.toThrow(
      /metered port ams1-sw3:xe-0\/0\/1 exists already/,
    );
    await expect(
      addMeteredPort(contextOn(db()), { ...port('p-2'), productId: products.traffic }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addMeteredPort(contextOn(db()), { ...port('p-2'), customerId: 'CU-404' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await refusedFields(
        addMeteredPort(contextOn(db()), { ...port('has space'), description: ' ', customerId: '' }),
      ),
    ).toEqual(['id', 'customerId', 'description']);
  });

  it('takes samples once each, naming bad ones by index', async () => {
    await addMeteredPort(contextOn(db()), port('p-samples'));
    const batch = samples([1, 2, 3]);
    expect(await recordPortSamples(contextOn(db()), 'p-samples', batch)).toEqual({
      received: 4,
      added: 4,
      duplicates: 0,
    });
    expect(await recordPortSamples(contextOn(db()), 'p-samples', batch)).toEqual({
      received: 4,
      added: 0,
      duplicates: 4,
    });
    const fields = await refusedFields(
      recordPortSamples(contextOn(db()), 'p-samples', [
        { at: '2026-10-01T00:00:00', inOctets: '1', outOctets: '1' },
        { at: at(60), inOctets: '18446744073709551616', outOctets: -1 },
        { at: at(65), inOctets: 12, outOctets: '7', extra: true },
      ]),
    );
    expect(fields).toEqual([
      'samples[0].at',
      'samples[1].inOctets',
      'samples[1].outOctets',
      'samples[2].extra',
    ]);
    await expect(recordPortSamples(contextOn(db()), 'nope', batch)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('rates a month by its 95th percentile and records it as usage once (vn:7.1.4)', async () => {
    await addMeteredPort(contextOn(db()), port('p-rate'));
    // 20 intervals of 1…20 Mbit/s from a minute into the month, then a restart and a gap.
    const month = samples(
      Array.from({ length: 20 }, (_, i) => i + 1),
      1,
    );
    const restarted = { at: at(106), inOctets: '5', outOctets: '5' };
    const afterGap = { at: at(151), inOctets: (5n + 99n * MBPS_5MIN).toString(), outOctets: '5' };
    // The reading before the month opens its first interval (6 minutes, 1,000,000 octets in); one
    // after the month is not October's.
    const before = { at: at(-5), inOctets: '0', outOctets: '0' };
    const november = { at: '2026-10-31T23:05:00Z', inOctets: '1', outOctets: '1' };
    await recordPortSamples(contextOn(db()), 'p-rate', [before, ...month, restarted, afterGap, november]);
    const rating = await ratePortBandwidth(contextOn(db()), 'p-rate', '2026-10');
    expect(rating).toMatchObject({
      portId: 'p-rate',
      month: '2026-10',
      from: '2026-09-30T22:00:00Z',
      to: '2026-10-31T23:00:00Z',
      expectedIntervals: 8940,
      percentile: {
        // 21 intervals: 1,000,000 octets in the first (0.022 Mbit/s) and 1…20 Mbit/s; rank ceil(19.95) = 20.
        value: {
          billedMbps: '19.000',
          inboundBps: '19000000',
          outboundBps: '1000000',
          direction: 'in',
          samples: 24,
          intervals: 21,
          gaps: [{ from: restarted.at, to: afterGap.at }],
          resets: [restarted.at],
        },
        because: ['vn:7.1.4'],
        figures: { rank: 20 },
      },
      usageRecord: {
        recordId: 'p95:p-rate:2026-10',
        quantity: '19.000000',
        occurredOn: '2026-10-31',
        added: true,
      },
    });
    const [row] = await db()
      .select()
      .from(usageRecords)
      .where(eq(usageRecords.recordId, 'p95:p-rate:2026-10'));
    expect(row).toMatchObject({
      sellerId: 'vitrumnet',
      customerId: 'CU-1',
      productId: products.bandwidth,
      because: ['vn:7.1.4'],
      description: 'Transit p-rate: 95th percentile 2026-10, 19.000 Mbit/s (inbound)',
    });
    const again = await ratePortBandwidth(contextOn(db()), 'p-rate', '2026-10');
    expect(again.usageRecord).toMatchObject({ added: false, quantity: '19.000000' });
  });

  it('refuses a month not over, a month without samples, and a malformed month', async () => {
    await addMeteredPort(contextOn(db()), port('p-empty'));
    await expect(ratePortBandwidth(contextOn(db(), '2026-10-31'), 'p-empty', '2026-10')).rejects.toThrow(
      '2026-10 is not over yet: rate it from 2026-11-01 on',
    );
    await expect(ratePortBandwidth(contextOn(db()), 'p-empty', '2026-10')).rejects.toThrow(
      /port p-empty cannot be rated for 2026-10: no interval to rate among 0 samples/,
    );
    expect(await refusedFields(ratePortBandwidth(contextOn(db()), 'p-empty', '2026-13'))).toEqual(['month']);
    await expect(ratePortBandwidth(contextOn(db()), 'nope', '2026-10')).rejects.toBeInstanceOf(NotFoundError);
  });
});
