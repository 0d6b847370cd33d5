import { Temporal } from 'temporal-polyfill';
import { auditChange } from '../../platform/audit/index.ts';
import { operatorTimeZone } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError, quote } from '../../shared/errors/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import { SAMPLE_INTERVAL_SECONDS, ninetyFifthPercentile } from '../rules/ninety-fifth-percentile.ts';
import type {
  NinetyFifthPercentile,
  NinetyFifthPercentileFigures,
} from '../rules/ninety-fifth-percentile.ts';
import { findMeteredPort, findUsageRecord, insertUsageRecords, portSamplesFor } from '../store/usage.ts';
import type { MeteredPortRow } from '../store/usage.ts';

/** The rule's answer with the bit rates as decimal text, so it travels as JSON. */
export type PercentileView = Omit<NinetyFifthPercentile, 'inboundBps' | 'outboundBps'> & {
  readonly inboundBps: string;
  readonly outboundBps: string;
};

export interface PortBandwidthRating {
  readonly portId: string;
  readonly month: string;
  /** The month in the operator's time zone, as instants: intervals ending in (from, to] are its. */
  readonly from: string;
  readonly to: string;
  /** The 5-minute intervals the month has; fewer rated means gaps or restarts. */
  readonly expectedIntervals: number;
  readonly percentile: Explanation<PercentileView, NinetyFifthPercentileFigures>;
  /** The usage record that bills it (`p95:<port>:<month>`); null when the 95th percentile is 0. */
  readonly usageRecord: {
    readonly recordId: string;
    readonly quantity: string;
    readonly occurredOn: string;
    /** False when the month was rated before: the record stands as it was. */
    readonly added: boolean;
  } | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Rates a port's month by its 95th-percentile bandwidth (vn:7.1.4) and records it as usage for the
 * next bill run, once: the record `p95:<port>:<YYYY-MM>` is idempotent, so rating the month again
 * explains it again and adds nothing. A month is rated once it is over (in Europe/Amsterdam).
 */
export async function ratePortBandwidth(
  context: Context,
  portId: string,
  month: string,
): Promise<PortBandwidthRating> {
  const first = firstDayOf(month);
  const next = first.add({ months: 1 });
  const today = context.clock.today();
  if (Temporal.PlainDate.compare(today, next) < 0) {
    throw new ConflictError(`${month} is not over yet: rate it from ${next.toString()} on`);
  }
  const from = startOfDay(first);
  const to = startOfDay(next);
  return context.db.transaction(async (tx) => {
    const port = await findMeteredPort(tx, portId);
    if (!port) throw new NotFoundError('metered port', portId);
    const stored = await portSamplesFor(tx, port.id, from, to);
    const percentile = rate(port.id, month, stored);
    const lastDay = next.subtract({ days: 1 }).toString();
    const usageRecord =
      percentile.value.billedMbps === '0.000'
        ? null
        : await recordRating(tx, context, port, month, lastDay, percentile);
    return {
      portId: port.id,
      month,
      from,
      to,
      expectedIntervals: (Date.parse(to) - Date.parse(from)) / (SAMPLE_INTERVAL_SECONDS * 1000),
      percentile: { ...percentile, value: viewOf(percentile.value) },
      usageRecord,
    };
  });
}

function firstDayOf(month: string): Temporal.PlainDate {
  const match = typeof month === 'string' ? MONTH.exec(month) : null;
  if (!match)
    throw new InvalidInputError('month', `${quote(month)} is not a month: write YYYY-MM, e.g. 2026-10`);
  return new Temporal.PlainDate(Number(match[1]), Number(match[2]), 1);
}

function startOfDay(date: Temporal.PlainDate): string {
  return date.toZonedDateTime({ timeZone: operatorTimeZone }).toInstant().toString();
}

function rate(portId: string, month: string, stored: Awaited<ReturnType<typeof portSamplesFor>>) {
  try {
    return ninetyFifthPercentile(
      stored.map((s) => ({ at: s.at, inOctets: BigInt(s.inOctets), outOctets: BigInt(s.outOctets) })),
    );
  } catch (error) {
    if (!(error instanceof InvalidInputError && error.problems[0]?.field === 'samples')) throw error;
    throw new ConflictError(`port ${portId} cannot be rated for ${month}: ${error.problems[0].problem}`);
  }
}

async function recordRating(
  tx: Context['db'],
  context: Context,
  port: MeteredPortRow,
  month: string,
  occurredOn: string,
  percentile: Explanation<NinetyFifthPercentile, NinetyFifthPercentileFigures>,
): Promise<NonNullable<PortBandwidthRating['usageRecord']>> {
  const { billedMbps, direction } = percentile.value;
  const record = {
    recordId: `p95:${port.id}:${month}`,
    customerId: port.customerId,
    productId: port.productId,
    quantity: billedMbps,
    occurredOn,
    subscriptionId: port.subscriptionId,
    description: `${port.description}: 95th percentile ${month}, ${billedMbps} Mbit/s (${direction}bound)`,
  };
  const now = context.clock.now().toString();
  const added =
    (await insertUsageRecords(tx, port.sellerId, [{ record, because: percentile.because }], now)) === 1;
  if (added) {
    await auditChange(tx, context, {
      action: 'usage.rated',
      subject: { type: 'metered-port', id: port.id },
      details: {
        month,
        recordId: record.recordId,
        billedMbps,
        direction,
        intervals: percentile.value.intervals,
      },
    });
  }
  // As stored: a month rated before keeps its first record.
  const kept = (await findUsageRecord(tx, port.sellerId, record.recordId))!;
  return { recordId: record.recordId, quantity: kept.quantity, occurredOn: kept.occurredOn, added };
}

function viewOf(value: NinetyFifthPercentile): PercentileView {
  return { ...value, inboundBps: value.inboundBps.toString(), outboundBps: value.outboundBps.toString() };
}
