import { FieldChecks, InvalidInputError, asRecord } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { instantMillis } from './instant-millis.ts';
import { throwProblems } from './usage-record.ts';

/** A reading as a collector sends it: counters as decimal text (64-bit values do not fit a JSON number). */
export interface PortSampleInput {
  readonly at: string;
  readonly inOctets: string | number;
  readonly outOctets: string | number;
}

/** A checked reading: the instant in UTC (`…T00:05:00.000Z`), the counters as decimal text. */
export interface CheckedSample {
  readonly at: string;
  readonly inOctets: string;
  readonly outOctets: string;
}

/** A month of 5-minute samples is at most 8,928 (8,940 in a month the clocks go back): one call. */
export const MAX_SAMPLE_BATCH = 10_000;
const COUNTER_TOP = 1n << 64n;
const COUNTER = /^\d{1,20}$/;

/** Checks a batch of samples, naming every problem as `samples[i].field`. */
export function readPortSamples(inputs: unknown, field = 'samples'): CheckedSample[] {
  if (!Array.isArray(inputs)) throw new InvalidInputError(field, 'must be a list of samples');
  if (inputs.length > MAX_SAMPLE_BATCH) {
    throw new InvalidInputError(
      field,
      `holds ${inputs.length} samples; send at most ${MAX_SAMPLE_BATCH} per batch`,
    );
  }
  const samples: CheckedSample[] = [];
  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) => {
    try {
      samples.push(readPortSample(input, `${field}[${i}].`));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.problems);
    }
  });
  throwProblems(problems, field);
  return samples;
}

function readPortSample(input: unknown, prefix: string): CheckedSample {
  const record = asRecord(input, prefix.slice(0, -1), 'a sample (an object)');
  const checks = new FieldChecks();
  checks.unknownFields(record, ['at', 'inOctets', 'outOctets'], prefix);
  const ms = instantMillis(record.at as string);
  if (Number.isNaN(ms)) checks.add(`${prefix}at`, 'must be an ISO 8601 instant with Z or an offset');
  const inOctets = counterOf(record.inOctets, `${prefix}inOctets`, checks);
  const outOctets = counterOf(record.outOctets, `${prefix}outOctets`, checks);
  checks.throwIfAny();
  return { at: new Date(ms).toISOString(), inOctets: inOctets!, outOctets: outOctets! };
}

function counterOf(value: unknown, field: string, checks: FieldChecks): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text === 'string' && COUNTER.test(text) && BigInt(text) < COUNTER_TOP) return text;
  checks.add(field, 'must be a 64-bit unsigned counter reading: whole octets from 0 to 2^64 − 1, as text');
  return undefined;
}
